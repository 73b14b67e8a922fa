import { HallError } from '../../../../shared/api/errors';
import type { intakeFeature } from '../../../../shared/features/intake/contract';
import { INTAKE_ERRORS } from '../../../../shared/features/intake/contract';
import { classifySearch } from '../../../../shared/features/intake/search';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findAppointmentOfTicket } from '../../../../db/hall/repositories/appointments';
import { currentCatalog } from '../../../../db/hall/repositories/catalog';
import { blacklistReason, countCasesOf, countPrint, findDocument, latestCaseOf, searchCaseRows } from '../../../../db/hall/repositories/cases';
import { findQueue, findTicket } from '../../../../db/hall/repositories/queue';
import { actorOf, signedIn } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { createCaseViews } from './case-view';
import { createFollowUp } from './follow-up';
import { createSubmission } from './submit';

/** Intake at the comprehensive window: cases, their notices, 补正 and suspensions. */
export function createIntakeService(deps: HallDeps): FeatureHandlers<typeof intakeFeature> {
  const { store, now } = deps;
  const db = store.db;
  const views = createCaseViews(deps);
  const submit = createSubmission(deps, views);
  const followUp = createFollowUp(deps, views);

  return {
    prefill: ({ ticketId }) => {
      const ticket = findTicket(db, ticketId);
      if (!ticket) throw new HallError(INTAKE_ERRORS.notFound, 'No such ticket', { ticketId: '找不到该排队号' });
      const booking = ticket.appointment ? findAppointmentOfTicket(db, ticket.id) : undefined;
      // An appointment check-in waits in the appointment queue; the stage is that of the queue it was booked for.
      const stageCode = findQueue(db, booking?.queueId ?? ticket.queueId)?.stageCode ?? findQueue(db, ticket.queueId)?.stageCode;
      const stage = stageCode ? currentCatalog(db)?.stages.find((s) => s.code === stageCode) : undefined;
      return {
        ticketNumber: ticket.number,
        stageId: stage?.id ?? null,
        applicant: booking ? { name: booking.name, idNumber: booking.idNumber, phone: booking.phone } : null,
      };
    },

    lookupApplicant: ({ key }) => {
      const upper = key.toUpperCase();
      const latest = latestCaseOf(db, upper);
      const detail = latest ? views.detail(latest.id) : null;
      return {
        latest: detail ? { applicant: detail.applicant, project: detail.project } : null,
        cases: countCasesOf(db, upper),
        blacklisted: blacklistReason(db, upper),
      };
    },

    submit: (input, ctx) => submit(input, signedIn(ctx)),

    search: ({ q, from, to, limit }) => {
      const key = classifySearch(q);
      return { field: key.field, cases: views.summaries(searchCaseRows(db, key, from, to, limit)) };
    },

    /** The full case shows personal data in the clear, so every view is logged (DOMAIN §8). */
    get: ({ caseId }, ctx) => {
      views.mustFind(caseId);
      recordActivity(db, actorOf(ctx, store.deviceId), now(), 'intake.view', caseId);
      return views.detail(caseId);
    },

    notice: ({ documentId }) => views.notice(documentId),

    recordPrint: ({ documentId }, ctx) => {
      const document = findDocument(db, documentId);
      if (!document) throw new HallError(INTAKE_ERRORS.notFound, 'No such notice', { documentId: '找不到该文书' });
      const prints = db.transaction((tx) => {
        const count = countPrint(tx, documentId);
        recordActivity(tx, actorOf(ctx, store.deviceId), now(), count > 1 ? 'intake.reprint' : 'intake.print', document.caseId, {
          documentNumber: document.number,
          prints: count,
        });
        return count;
      });
      return { prints };
    },

    supplement: (input, ctx) => followUp.supplement(input, signedIn(ctx)),
    suspend: (input, ctx) => followUp.suspend(input, signedIn(ctx)),
    resume: (input, ctx) => followUp.resume(input, signedIn(ctx)),
  };
}
