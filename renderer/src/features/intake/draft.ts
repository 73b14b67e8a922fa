import type { z } from 'zod';
import { ID_TYPES, type IdType } from '../../../../shared/features/intake/applicant';
import type { ChecklistLine } from '../../../../shared/features/intake/checklist';
import type {
  ApplicantHistory,
  DecisionKind,
  IntakeSubmission,
  MaterialMark,
  MaterialStatus,
  RefusalReason,
  intakeFeature,
} from '../../../../shared/features/intake/contract';

/**
 * What the clerk has typed so far, field by field as the screen shows it. It becomes an `IntakeSubmission`
 * only when checked or sent, so switching between person and organisation, or between decisions, keeps
 * what was typed for the other one.
 */
export interface Draft {
  applicant: ApplicantDraft;
  project: { name: string; code: string; location: string; scale: string };
  stageId: string;
  matterIds: string[];
  /** By material name: a line keeps its mark when another matter that lists it is added or removed. */
  marks: Record<string, MaterialMark>;
  decision: DecisionDraft;
  delivery: { method: 'inPerson' | 'ems'; address: string };
}

export interface ApplicantDraft {
  kind: 'person' | 'organisation';
  name: string;
  idType: IdType;
  idNumber: string;
  creditCode: string;
  contactName: string;
  phone: string;
  hasAgent: boolean;
  agent: { name: string; idNumber: string; phone: string };
}

export interface DecisionDraft {
  /** None until the clerk decides: a preset decision would be taken by whoever does not look. */
  kind: DecisionKind | null;
  /** Null follows the latest day the rules allow, which moves as materials are marked 容缺. */
  catchUpBy: string | null;
  commitmentSigned: boolean;
  reason: z.infer<typeof RefusalReason>;
  detail: string;
  competentAgency: string;
}

export type Prefill = z.output<(typeof intakeFeature)['methods']['prefill']['output']>;

export function draftFrom(prefill: Prefill | null): Draft {
  const booked = prefill?.applicant;
  return {
    applicant: {
      kind: 'person',
      name: booked?.name ?? '',
      idType: 'resident',
      idNumber: booked?.idNumber ?? '',
      creditCode: '',
      contactName: '',
      phone: booked?.phone ?? '',
      hasAgent: false,
      agent: { name: '', idNumber: '', phone: '' },
    },
    project: { name: '', code: '', location: '', scale: '' },
    stageId: prefill?.stageId ?? '',
    matterIds: [],
    marks: {},
    decision: { kind: null, catchUpBy: null, commitmentSigned: false, reason: 'notCompetent', detail: '', competentAgency: '' },
    delivery: { method: 'inPerson', address: '' },
  };
}

/** The applicant and project of the applicant's latest case, over what was typed. */
export function withHistory(draft: Draft, latest: NonNullable<ApplicantHistory['latest']>): Draft {
  const earlier = latest.applicant;
  const idType = ID_TYPES.find((t) => t === earlier.idType) ?? 'resident';
  return {
    ...draft,
    applicant: {
      kind: earlier.kind,
      name: earlier.name,
      idType,
      idNumber: earlier.idNumber ?? '',
      creditCode: earlier.creditCode ?? '',
      contactName: earlier.contactName ?? '',
      phone: earlier.phone,
      hasAgent: earlier.agent !== null,
      agent: earlier.agent ?? { name: '', idNumber: '', phone: '' },
    },
    project: { ...latest.project },
  };
}

/** The key the host files an applicant's cases under, when what is typed is a valid one. */
export function applicantKey(applicant: ApplicantDraft): string {
  return (applicant.kind === 'person' ? applicant.idNumber : applicant.creditCode).trim().toUpperCase();
}

const HANDED_IN: ReadonlySet<MaterialStatus> = new Set(['received', 'defective']);

/** A line marked with a status; what was handed in defaults to what the checklist asks for. */
export function markAs(line: ChecklistLine, current: MaterialMark | undefined, status: MaterialStatus): MaterialMark {
  const note = current?.note ?? '';
  if (!HANDED_IN.has(status)) return { name: line.name, status, form: null, copies: 0, note };
  return {
    name: line.name,
    status,
    form: current?.form ?? (line.form === 'copy' ? 'copy' : 'original'),
    copies: current && current.copies > 0 ? current.copies : Math.max(line.copies, 1),
    note,
  };
}

export function isHandedIn(mark: MaterialMark | undefined): boolean {
  return mark !== undefined && HANDED_IN.has(mark.status);
}

/** An unmarked line goes as missing; the checks refuse it first unless the case is refused outright. */
export function marksFor(checklist: readonly ChecklistLine[], marks: Draft['marks']): MaterialMark[] {
  return checklist.map((line) => marks[line.name] ?? { name: line.name, status: 'missing', form: null, copies: 0, note: '' });
}

export function toSubmission(draft: Draft, checklist: readonly ChecklistLine[], ticketId: string | null, catchUpDefault: string | null): IntakeSubmission {
  const { applicant: a, decision: d } = draft;
  const agent = a.hasAgent ? a.agent : null;
  return {
    ticketId,
    applicant:
      a.kind === 'person'
        ? { kind: 'person', name: a.name, idType: a.idType, idNumber: a.idNumber, phone: a.phone, agent }
        : { kind: 'organisation', name: a.name, creditCode: a.creditCode, contactName: a.contactName, phone: a.phone, agent },
    project: draft.project,
    stageId: draft.stageId,
    matterIds: draft.matterIds,
    materials: marksFor(checklist, draft.marks),
    decision:
      d.kind === 'deficiency'
        ? { kind: d.kind, catchUpBy: d.catchUpBy ?? catchUpDefault ?? '', commitmentSigned: d.commitmentSigned }
        : d.kind === 'refuse'
          ? { kind: d.kind, reason: d.reason, detail: d.detail, competentAgency: d.competentAgency }
          : { kind: d.kind ?? 'accept' },
    delivery: draft.delivery.method === 'ems' ? { method: 'ems', address: draft.delivery.address } : { method: 'inPerson' },
  };
}
