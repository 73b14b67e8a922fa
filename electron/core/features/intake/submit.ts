import type { z } from 'zod';
import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import type { Catalog, Matter } from '../../../../shared/features/catalog/contract';
import { materialChecklist } from '../../../../shared/features/intake/checklist';
import { INTAKE_ERRORS, type CaseDetail, type IntakeSubmission } from '../../../../shared/features/intake/contract';
import { decisionProblems, STATUS_AFTER } from '../../../../shared/features/intake/decision';
import { normalizeMobile } from '../../../../shared/domain/identifiers';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { currentCatalog } from '../../../../db/hall/repositories/catalog';
import { blacklistReason, insertCase, insertDocument } from '../../../../db/hall/repositories/cases';
import { terminalNumber } from '../../../../db/hall/repositories/devices';
import { getHallSettings } from '../../../../db/hall/repositories/hall';
import { findTicket } from '../../../../db/hall/repositories/queue';
import { actorOf, type StaffContext } from '../../api/context';
import type { HallDb } from '../../../../db/hall/open';
import type { HallDeps } from '../../deps';
import type { CaseViews } from './case-view';

type Submission = z.output<typeof IntakeSubmission>;

/** The short name that opens notice numbers: the configured one, else the hall name's first character. */
export function noticePrefix(settings: { shortName: string; name: string }): string {
  return settings.shortName || Array.from(settings.name)[0] || '受';
}

/**
 * How this PC numbers a notice issued today. Numbers carry the terminal the county assigned, so a PC without one
 * cannot number anything (DESIGN §4.1).
 */
export function noticeNumbering(db: HallDb, deviceId: string, day: string): { shortName: string; year: number; terminalNo: number } {
  const settings = getHallSettings(db);
  if (!settings) throw new HallError('hall/not-set-up', 'The hall is not set up yet');
  const terminalNo = terminalNumber(db, deviceId);
  if (terminalNo === null) throw new HallError(INTAKE_ERRORS.noTerminal, 'This PC has no terminal number from county enrolment');
  return { shortName: noticePrefix(settings), year: Number(day.slice(0, 4)), terminalNo };
}

function rulesError(fields: Record<string, string>): HallError {
  return new HallError(INTAKE_ERRORS.rules, 'The intake does not meet the rules of its decision', fields);
}

function chosenMatters(catalog: Catalog, input: Submission): { stageName: string; matters: Matter[] } {
  const stage = catalog.stages.find((s) => s.id === input.stageId);
  if (!stage) throw rulesError({ stageId: '所选阶段不在现行事项目录中，请重新选择' });
  const ids = [...new Set(input.matterIds)];
  const matters = ids.map((id) => stage.matters.find((m) => m.id === id));
  if (matters.some((m) => !m)) throw rulesError({ matterIds: '所选事项不属于该阶段或已停用，请重新选择' });
  return { stageName: stage.name, matters: matters as Matter[] };
}

/** Taking a case in: every rule is checked first, then the case, its notice and its log entry commit together. */
export function createSubmission(deps: HallDeps, views: CaseViews) {
  const { store, now, events } = deps;
  const db = store.db;

  return function submit(input: Submission, ctx: StaffContext): CaseDetail {
    const at = now();
    const day = hallDay(at);
    const numbering = noticeNumbering(db, store.deviceId, day);
    const settings = getHallSettings(db)!;
    const catalog = currentCatalog(db);
    if (!catalog) throw new HallError(INTAKE_ERRORS.noCatalog, 'No catalog of matters has been received');
    const { stageName, matters } = chosenMatters(catalog, input);
    const checklist = materialChecklist(matters);
    const { applicant } = input;
    const applicantKey = applicant.kind === 'person' ? applicant.idNumber : applicant.creditCode;
    const blacklisted = blacklistReason(db, applicantKey);
    const problems = decisionProblems({ decision: input.decision, marks: input.materials, checklist, matters, intakeDay: day, calendar: deps.calendar(), blacklisted });
    if (Object.keys(problems).length > 0) {
      if (blacklisted && problems['decision.kind']) throw new HallError(INTAKE_ERRORS.blacklisted, 'The applicant is on the credit blacklist', problems);
      throw rulesError(problems);
    }
    const ticket = input.ticketId ? findTicket(db, input.ticketId) : undefined;
    if (input.ticketId && !ticket) throw rulesError({ ticketId: '找不到该排队号' });
    const marks = new Map(input.materials.map((m) => [m.name, m]));

    const caseId = db.transaction((tx) => {
      const { id, number } = insertCase(
        tx,
        settings.areaCode,
        {
          terminalNo: numbering.terminalNo,
          catalogVersion: catalog.version,
          stageId: input.stageId,
          stageName,
          status: STATUS_AFTER[input.decision.kind],
          decision: input.decision,
          applicantKind: applicant.kind,
          applicantName: applicant.name,
          idType: applicant.kind === 'person' ? applicant.idType : null,
          applicantKey,
          contactName: applicant.kind === 'organisation' ? applicant.contactName : null,
          phone: applicant.phone,
          phoneDigits: normalizeMobile(applicant.phone) ?? applicant.phone.replace(/\D/g, ''),
          agent: applicant.agent,
          projectName: input.project.name,
          projectCode: input.project.code,
          projectLocation: input.project.location,
          projectScale: input.project.scale,
          deliveryMethod: input.delivery.method,
          deliveryAddress: input.delivery.method === 'ems' ? input.delivery.address : null,
          ticketId: ticket?.id ?? null,
          ticketNumber: ticket?.number ?? null,
          staffId: ctx.session.staff.id,
          windowId: ctx.session.windowId,
          deviceId: ctx.device.id ?? store.deviceId,
          receivedAt: at,
          receivedDay: day,
          acceptedDay: input.decision.kind === 'accept' || input.decision.kind === 'deficiency' ? day : null,
          updatedAt: at,
        },
        matters.map((m) => ({
          matterId: m.id,
          code: m.code,
          name: m.name,
          department: m.department,
          legalLimitDays: m.legalLimitDays,
          promisedLimitDays: m.promisedLimitDays,
          onTheSpot: m.onTheSpot,
          legalBasis: m.legalBasis,
        })),
        checklist.map((line) => {
          const mark = marks.get(line.name)!;
          const handedIn = mark.status === 'received' || mark.status === 'defective';
          return {
            name: line.name,
            requiredForm: line.form,
            requiredCopies: line.copies,
            required: line.required,
            deficiencyAllowed: line.deficiencyAllowed,
            standard: line.standard,
            status: mark.status,
            form: handedIn ? mark.form : null,
            copies: handedIn ? mark.copies : 0,
            note: mark.note,
            suppliedAt: null,
          };
        }),
      );
      const document = insertDocument(tx, id, input.decision.kind, numbering, at);
      recordActivity(tx, actorOf(ctx, store.deviceId), at, 'intake.submit', id, {
        decision: input.decision.kind,
        number,
        documentNumber: document.number,
        ticketNumber: ticket?.number ?? null,
      });
      return id;
    });
    const detail = views.detail(caseId);
    events.emit('intake.caseChanged', { caseId, number: detail.number, updatedAt: detail.updatedAt });
    return detail;
  };
}
