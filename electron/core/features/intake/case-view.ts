import { HallError } from '../../../../shared/api/errors';
import { addWorkingDays, type WorkCalendar } from '../../../../shared/domain/calendar';
import { caseClock, type Suspension } from '../../../../shared/domain/case-clock';
import { hallDay } from '../../../../shared/domain/clock';
import { maskIdNumber, maskName, maskPhone } from '../../../../shared/domain/masking';
import { INTAKE_ERRORS, type CaseDetail, type CaseSummary, type ClockView, type NoticeData } from '../../../../shared/features/intake/contract';
import { ID_TYPE_LABELS, type IdType } from '../../../../shared/features/intake/applicant';
import { effectiveStatus } from '../../../../shared/features/intake/supplement';
import {
  caseTimeline,
  decisionOf,
  findCaseRow,
  findDocument,
  listCaseDocuments,
  listCaseMaterials,
  listCaseMatters,
  listSuspensions,
  mattersOf,
  type CaseRow,
} from '../../../../db/hall/repositories/cases';
import { findWindow, getHallSettings } from '../../../../db/hall/repositories/hall';
import { findStaff } from '../../../../db/hall/repositories/staff';
import type { HallDeps } from '../../deps';

/** The clock runs only for accepted cases, from the acceptance day, over the longest promised limit. */
function clockOf(calendar: WorkCalendar, row: CaseRow, status: CaseDetail['status'], limits: readonly number[], suspensions: readonly Suspension[], today: string): ClockView | null {
  if (!row.acceptedDay || (status !== 'accepted' && status !== 'pendingMaterials') || limits.length === 0) return null;
  const limitDays = Math.max(...limits);
  return { limitDays, ...caseClock(calendar, { intakeDay: row.acceptedDay, limitDays, suspensions, today }) };
}

const asClockSuspension = (s: { startDay: string; endDay: string | null }): Suspension => ({ start: s.startDay, end: s.endDay });

function maskedKey(row: CaseRow): string {
  return row.applicantKind === 'person' ? maskIdNumber(row.applicantKey) : row.applicantKey;
}

/** Reading cases back: list rows and full cases, each with its status as of today and its clock. */
export function createCaseViews({ store, now, calendar }: HallDeps) {
  const db = store.db;
  const today = () => hallDay(now());

  function summaries(rows: readonly CaseRow[]): CaseSummary[] {
    const ids = rows.map((r) => r.id);
    const matters = mattersOf(db, ids);
    const suspensions = listSuspensions(db, ids);
    const day = today();
    const workCalendar = calendar();
    return rows.map((row) => {
      const status = effectiveStatus(row.status, decisionOf(row), day);
      const own = matters.get(row.id) ?? [];
      const clock = clockOf(
        workCalendar,
        row,
        status,
        own.map((m) => m.promisedLimitDays),
        suspensions.filter((s) => s.caseId === row.id).map(asClockSuspension),
        day,
      );
      return {
        id: row.id,
        number: row.number,
        status,
        decision: decisionOf(row).kind,
        applicantName: row.applicantName,
        applicantKey: maskedKey(row),
        phoneMasked: maskPhone(row.phone),
        projectName: row.projectName,
        stageName: row.stageName,
        matterNames: own.map((m) => m.name),
        receivedAt: row.receivedAt,
        acceptedDay: row.acceptedDay,
        clock,
        updatedAt: row.updatedAt,
      };
    });
  }

  function mustFind(caseId: string): CaseRow {
    const row = findCaseRow(db, caseId);
    if (!row) throw new HallError(INTAKE_ERRORS.notFound, 'No such case', { caseId: '找不到该办件' });
    return row;
  }

  function detail(caseId: string): CaseDetail {
    const row = mustFind(caseId);
    const [summary] = summaries([row]) as [CaseSummary];
    const suspensions = listSuspensions(db, [row.id]).map(({ caseId: _, ...s }) => s);
    const clerk = findStaff(db, row.staffId);
    const window = row.windowId ? findWindow(db, row.windowId) : undefined;
    const agent = row.agent as CaseDetail['applicant']['agent'];
    return {
      ...summary,
      applicant: {
        kind: row.applicantKind,
        name: row.applicantName,
        idType: row.idType,
        idNumber: row.applicantKind === 'person' ? row.applicantKey : null,
        creditCode: row.applicantKind === 'organisation' ? row.applicantKey : null,
        contactName: row.contactName,
        phone: row.phone,
        agent,
      },
      project: { name: row.projectName, code: row.projectCode, location: row.projectLocation, scale: row.projectScale },
      catalogVersion: row.catalogVersion,
      matters: listCaseMatters(db, row.id).map((m) => ({
        ...m,
        // The clock already counted the suspended working days; each matter's due day moves by the same.
        dueDay: summary.clock && row.acceptedDay ? addWorkingDays(calendar(), row.acceptedDay, m.promisedLimitDays + summary.clock.suspended).day : null,
      })),
      materials: listCaseMaterials(db, row.id),
      decisionDetail: decisionOf(row),
      delivery: { method: row.deliveryMethod, address: row.deliveryAddress },
      ticketNumber: row.ticketNumber,
      clerk: { name: clerk?.name ?? '', jobNumber: clerk?.jobNumber ?? '' },
      window: window ? { number: window.number, name: window.name } : null,
      documents: listCaseDocuments(db, row.id),
      suspensions,
      timeline: caseTimeline(db, row.id),
    };
  }

  /** A notice's content. Personal data is masked: the paper leaves the hall (DOMAIN §8). */
  function notice(documentId: string): NoticeData {
    const document = findDocument(db, documentId);
    if (!document) throw new HallError(INTAKE_ERRORS.notFound, 'No such notice', { documentId: '找不到该文书' });
    const c = detail(document.caseId);
    const settings = getHallSettings(db);
    const person = c.applicant.kind === 'person';
    const dueDays = c.matters.map((m) => m.dueDay).filter((d): d is string => d !== null);
    return {
      documentId: document.id,
      kind: document.kind,
      documentNumber: document.number,
      caseNumber: c.number,
      agencyName: settings?.agencyName || settings?.name || '',
      hallName: settings?.name ?? '',
      hallPhone: settings?.phone ?? '',
      supervisionPhone: '12345',
      applicant: {
        name: person ? maskName(c.applicant.name) : c.applicant.name,
        idLabel: person ? (ID_TYPE_LABELS[(c.applicant.idType ?? 'resident') as IdType] ?? '证件') : '统一社会信用代码',
        idMasked: c.applicantKey,
        contact: maskName(person ? c.applicant.name : (c.applicant.contactName ?? '')),
        phoneMasked: c.phoneMasked,
        agent: c.applicant.agent ? `${maskName(c.applicant.agent.name)}（${maskIdNumber(c.applicant.agent.idNumber)}）` : null,
      },
      project: c.project,
      stageName: c.stageName,
      matters: c.matters,
      materials: c.materials,
      receivedAt: c.receivedAt,
      acceptedDay: c.acceptedDay,
      expectedCompletionDay: dueDays.length ? dueDays.reduce((a, b) => (a > b ? a : b)) : null,
      beyondCalendar: c.clock?.beyondCalendar ?? false,
      decision: c.decisionDetail,
      delivery: c.delivery,
      clerk: c.clerk,
      window: c.window,
      issuedAt: document.issuedAt,
      prints: document.prints,
    };
  }

  return { summaries, detail, mustFind, notice, today };
}

export type CaseViews = ReturnType<typeof createCaseViews>;
