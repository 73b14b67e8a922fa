import { z } from 'zod';
import { event, feature, method } from '../../api/define';
import { isoDay, epochMs, plainText } from '../../domain/text';
import { MaterialForm } from '../catalog/contract';
import { Applicant } from './applicant';

/**
 * Intake at the comprehensive window (一窗受理, DOMAIN §1–4): the clerk checks the materials of one stage's
 * matters against their checklists and takes one of the four decisions; each decision produces its notice.
 */

export const DECISIONS = ['accept', 'deficiency', 'oneTime', 'refuse'] as const;
export const DecisionKind = z.enum(DECISIONS);
export type DecisionKind = z.infer<typeof DecisionKind>;

/**
 * Where a case stands. `pendingMaterials`: accepted with deficiency, waiting for the promised materials;
 * `notAccepted`: a one-time notice was given, waiting for 补正; `terminated`: a 容缺 catch-up deadline passed.
 */
export const CASE_STATUSES = ['accepted', 'pendingMaterials', 'notAccepted', 'refused', 'terminated'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** received; missing; handed in but not in form (defective); 容缺 (may follow later, under a commitment). */
export const MATERIAL_STATUSES = ['received', 'missing', 'defective', 'deferred'] as const;
export const MaterialStatus = z.enum(MATERIAL_STATUSES);
export type MaterialStatus = z.infer<typeof MaterialStatus>;

export const SUSPENSION_TYPES = [
  'siteSurvey',
  'expertReview',
  'publicNotice',
  'hearing',
  'inspection',
  'technicalReview',
  'intermediary',
  'supplement',
] as const;
export const SuspensionType = z.enum(SUSPENSION_TYPES);
export type SuspensionType = z.infer<typeof SuspensionType>;

export const REFUSAL_REASONS = ['notCompetent', 'noPermitNeeded', 'other'] as const;
export const RefusalReason = z.enum(REFUSAL_REASONS);

/** 投资项目代码 of the national investment project platform: `2026-331002-47-03-012345`. */
export const projectCode = z
  .string()
  .trim()
  .refine((s) => s === '' || /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/.test(s), '投资项目代码格式应为 2026-331002-47-03-012345');

export const Project = z.object({
  name: plainText('项目名称', 100),
  code: projectCode,
  location: plainText('建设地点', 100),
  scale: plainText('建设规模', 200),
});
export type Project = z.output<typeof Project>;

/** One line of the checklist as the clerk marked it; `name` identifies the line within the union of checklists. */
export const MaterialMark = z.object({
  name: z.string().min(1).max(100),
  status: MaterialStatus,
  /** What was handed in, when something was. */
  form: z.enum(['original', 'copy']).nullable(),
  copies: z.number().int().min(0).max(99),
  /** What is wrong with a defective material, or a remark. */
  note: z.string().trim().max(200).refine((s) => !/[<>]/.test(s), '说明不能包含 < > 等标记字符'),
});
export type MaterialMark = z.output<typeof MaterialMark>;

export const Decision = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({
    kind: z.literal('deficiency'),
    /** The day the deferred materials are promised by; at most the promised limit after intake. */
    catchUpBy: isoDay,
    /** The applicant signed the 承诺书 (the clerk ticks it once the signed paper is in hand). */
    commitmentSigned: z.boolean(),
  }),
  z.object({ kind: z.literal('oneTime') }),
  z.object({
    kind: z.literal('refuse'),
    reason: RefusalReason,
    detail: plainText('不予受理理由', 500),
    /** The agency that is competent, when it is not this one. */
    competentAgency: z.string().trim().max(100).refine((s) => !/[<>]/.test(s), '有权机关名称不能包含 < > 等标记字符'),
  }),
]);
export type Decision = z.output<typeof Decision>;

export const Delivery = z.discriminatedUnion('method', [
  z.object({ method: z.literal('inPerson') }),
  z.object({ method: z.literal('ems'), address: plainText('邮寄地址', 200) }),
]);

export const IntakeSubmission = z.object({
  /** The ticket being served, when the intake started from one. */
  ticketId: z.string().uuid().nullable(),
  applicant: Applicant,
  project: Project,
  stageId: z.string().min(1, '请选择阶段'),
  matterIds: z.array(z.string()).min(1, '请至少选择一个事项').max(20),
  materials: z.array(MaterialMark).max(200),
  decision: Decision,
  delivery: Delivery,
});
export type IntakeSubmission = z.input<typeof IntakeSubmission>;

export const CaseMatter = z.object({
  matterId: z.string(),
  code: z.string(),
  name: z.string(),
  department: z.string(),
  legalLimitDays: z.number().int(),
  promisedLimitDays: z.number().int(),
  onTheSpot: z.boolean(),
  legalBasis: z.string(),
  /** The promised due day counted from the acceptance day, with suspensions; null while not accepted. */
  dueDay: isoDay.nullable(),
});
export type CaseMatter = z.infer<typeof CaseMatter>;

export const CaseMaterial = MaterialMark.extend({
  id: z.string(),
  requiredForm: MaterialForm,
  requiredCopies: z.number().int(),
  required: z.boolean(),
  deficiencyAllowed: z.boolean(),
  standard: z.string(),
  /** When a missing, defective or deferred material was handed in later (补正). */
  suppliedAt: epochMs.nullable(),
});
export type CaseMaterial = z.infer<typeof CaseMaterial>;

export const DOCUMENT_KINDS = ['accept', 'deficiency', 'oneTime', 'refuse'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const CaseDocument = z.object({
  id: z.string(),
  kind: DocumentKind,
  number: z.string(),
  issuedAt: epochMs,
  prints: z.number().int().nonnegative(),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export const CaseSuspension = z.object({
  id: z.string(),
  type: SuspensionType,
  reason: z.string(),
  approver: z.string(),
  startDay: isoDay,
  endDay: isoDay.nullable(),
});
export type CaseSuspension = z.infer<typeof CaseSuspension>;

export const ClockView = z.object({
  /** The promised limit the clock counts against: the longest of the case's matters. */
  limitDays: z.number().int(),
  dueDay: isoDay,
  elapsed: z.number().int(),
  remaining: z.number().int(),
  suspended: z.number().int(),
  colour: z.enum(['green', 'yellow', 'red']),
  beyondCalendar: z.boolean(),
});
export type ClockView = z.infer<typeof ClockView>;

export const TimelineEntry = z.object({
  at: epochMs,
  kind: z.string(),
  staffName: z.string().nullable(),
  jobNumber: z.string().nullable(),
  windowName: z.string().nullable(),
  deviceId: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A case in a result list: personal data masked, since lists are read over a clerk's shoulder. */
export const CaseSummary = z.object({
  id: z.string(),
  number: z.string(),
  status: CaseStatus,
  decision: DecisionKind,
  applicantName: z.string(),
  /** The masked ID number, or the credit code (not personal data). */
  applicantKey: z.string(),
  phoneMasked: z.string(),
  projectName: z.string(),
  stageName: z.string(),
  matterNames: z.array(z.string()),
  receivedAt: epochMs,
  acceptedDay: isoDay.nullable(),
  clock: ClockView.nullable(),
  /** When the case last changed: a screen that already shows this version need not reload it. */
  updatedAt: epochMs,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseDetail = CaseSummary.extend({
  applicant: z.object({
    kind: z.enum(['person', 'organisation']),
    name: z.string(),
    idType: z.string().nullable(),
    idNumber: z.string().nullable(),
    creditCode: z.string().nullable(),
    contactName: z.string().nullable(),
    phone: z.string(),
    agent: z.object({ name: z.string(), idNumber: z.string(), phone: z.string() }).nullable(),
  }),
  project: z.object({ name: z.string(), code: z.string(), location: z.string(), scale: z.string() }),
  catalogVersion: z.number().int(),
  matters: z.array(CaseMatter),
  materials: z.array(CaseMaterial),
  decisionDetail: Decision,
  delivery: z.object({ method: z.enum(['inPerson', 'ems']), address: z.string().nullable() }),
  ticketNumber: z.string().nullable(),
  clerk: z.object({ name: z.string(), jobNumber: z.string() }),
  window: z.object({ number: z.number().int(), name: z.string() }).nullable(),
  documents: z.array(CaseDocument),
  suspensions: z.array(CaseSuspension),
  timeline: z.array(TimelineEntry),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** Everything a printed notice shows (DOMAIN §2). Personal data is masked: the paper leaves the hall. */
export const NoticeData = z.object({
  documentId: z.string(),
  kind: DocumentKind,
  documentNumber: z.string(),
  caseNumber: z.string(),
  agencyName: z.string(),
  hallName: z.string(),
  hallPhone: z.string(),
  supervisionPhone: z.string(),
  applicant: z.object({
    name: z.string(),
    idLabel: z.string(),
    idMasked: z.string(),
    contact: z.string(),
    phoneMasked: z.string(),
    agent: z.string().nullable(),
  }),
  project: z.object({ name: z.string(), code: z.string(), location: z.string(), scale: z.string() }),
  stageName: z.string(),
  matters: z.array(CaseMatter),
  materials: z.array(CaseMaterial),
  receivedAt: epochMs,
  acceptedDay: isoDay.nullable(),
  /** The latest promised due day over the matters; null unless accepted. */
  expectedCompletionDay: isoDay.nullable(),
  beyondCalendar: z.boolean(),
  decision: Decision,
  delivery: z.object({ method: z.enum(['inPerson', 'ems']), address: z.string().nullable() }),
  clerk: z.object({ name: z.string(), jobNumber: z.string() }),
  window: z.object({ number: z.number().int(), name: z.string() }).nullable(),
  issuedAt: epochMs,
  /** 0 before the first print; a print after the first is a reprint with the same number. */
  prints: z.number().int().nonnegative(),
});
export type NoticeData = z.infer<typeof NoticeData>;

export const ApplicantHistory = z.object({
  /** The applicant and project of the newest earlier case, to prefill the form. */
  latest: z.object({ applicant: CaseDetail.shape.applicant, project: CaseDetail.shape.project }).nullable(),
  cases: z.number().int().nonnegative(),
  /** The credit blacklist entry's reason: such applicants may not be accepted with deficiency. */
  blacklisted: z.string().nullable(),
});
export type ApplicantHistory = z.infer<typeof ApplicantHistory>;

export const SEARCH_FIELDS = ['caseNumber', 'idNumber', 'creditCode', 'phone', 'name', 'recent'] as const;
export const SearchField = z.enum(SEARCH_FIELDS);
export type SearchField = z.infer<typeof SearchField>;

const STAFF = ['clerk', 'pickup', 'supervisor'] as const;
const INTAKE_STAFF = ['clerk', 'supervisor'] as const;
const SCREENS = ['host', 'window'] as const;
const caseId = z.object({ caseId: z.string().uuid() });

export const intakeFeature = feature({
  methods: {
    prefill: method({
      summary: 'What the ticket being served tells the intake form: the stage of its queue, an appointment’s applicant.',
      input: z.object({ ticketId: z.string().uuid() }),
      output: z.object({
        ticketNumber: z.string(),
        stageId: z.string().nullable(),
        applicant: z.object({ name: z.string(), idNumber: z.string(), phone: z.string() }).nullable(),
      }),
      devices: SCREENS,
      staff: INTAKE_STAFF,
    }),
    lookupApplicant: method({
      summary: 'An applicant’s earlier cases (by ID number or credit code) and any credit blacklist entry.',
      input: z.object({ key: z.string().trim().min(5).max(20) }),
      output: ApplicantHistory,
      devices: SCREENS,
      staff: INTAKE_STAFF,
    }),
    submit: method({
      summary: 'Take in a case with one of the four decisions; numbers it, starts its clock and issues its notice.',
      input: IntakeSubmission,
      output: CaseDetail,
      devices: SCREENS,
      staff: INTAKE_STAFF,
    }),
    search: method({
      summary: 'Find cases by case number, ID number, credit code, phone, applicant or project name, and day.',
      input: z.object({
        q: z.string().trim().max(60),
        from: isoDay.nullable(),
        to: isoDay.nullable(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
      output: z.object({ field: SearchField, cases: z.array(CaseSummary) }),
      devices: SCREENS,
      staff: STAFF,
    }),
    get: method({
      summary: 'One case with its matters, materials, documents, suspensions, clock and timeline (the view is logged).',
      input: caseId,
      output: CaseDetail,
      devices: SCREENS,
      staff: STAFF,
    }),
    notice: method({
      summary: 'The printable content of one notice.',
      input: z.object({ documentId: z.string().uuid() }),
      output: NoticeData,
      devices: SCREENS,
      staff: STAFF,
    }),
    recordPrint: method({
      summary: 'Log that a notice was printed; a print after the first is a reprint and keeps its number.',
      input: z.object({ documentId: z.string().uuid() }),
      output: z.object({ prints: z.number().int().positive() }),
      devices: SCREENS,
      staff: STAFF,
    }),
    supplement: method({
      summary: '补正: record materials handed in later; when all are in, the case is accepted as of today.',
      input: caseId.extend({
        materials: z
          .array(z.object({ name: z.string().min(1), form: z.enum(['original', 'copy']), copies: z.number().int().min(1).max(99) }))
          .min(1, '请至少选择一份补交的材料'),
      }),
      output: CaseDetail,
      devices: SCREENS,
      staff: INTAKE_STAFF,
    }),
    suspend: method({
      summary: '挂起: stop the case clock for a special procedure.',
      input: caseId.extend({
        type: SuspensionType,
        reason: plainText('挂起原因', 200),
        approver: plainText('批准人', 30),
        startDay: isoDay,
      }),
      output: CaseDetail,
      devices: SCREENS,
      staff: INTAKE_STAFF,
    }),
    resume: method({
      summary: 'End a suspension: the clock runs again from the next working day.',
      input: caseId.extend({ suspensionId: z.string().uuid(), endDay: isoDay }),
      output: CaseDetail,
      devices: SCREENS,
      staff: INTAKE_STAFF,
    }),
  },
  events: {
    caseChanged: event({
      summary: 'A case was taken in or changed.',
      payload: z.object({ caseId: z.string(), number: z.string(), updatedAt: epochMs }),
      devices: SCREENS,
    }),
  },
});

export const INTAKE_ERRORS = {
  notFound: 'intake/not-found',
  rules: 'intake/rules',
  blacklisted: 'intake/blacklisted',
  noTerminal: 'intake/no-terminal',
  noCatalog: 'intake/no-catalog',
  closed: 'intake/closed',
} as const;
