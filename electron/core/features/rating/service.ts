import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import { LEVEL_CODES, RATING_ERRORS, type FollowUp, type RatingRequest, type ratingFeature } from '../../../../shared/features/rating/contract';
import { isFollowUpOverdue, requestExpired } from '../../../../shared/features/rating/rules';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findCaseRow, listCaseMatters } from '../../../../db/hall/repositories/cases';
import { findWindow, getHallSettings } from '../../../../db/hall/repositories/hall';
import {
  findFollowUp,
  findRequest,
  findRating,
  findRatingOfRequest,
  caseOfTicket,
  hasRating,
  insertRequest,
  lastServedTicket,
  listFollowUps,
  listOpenRequests,
  openRequestOf,
  ratingsBetween,
  updateFollowUp,
  type FollowUpRow,
  type RequestRow,
} from '../../../../db/hall/repositories/ratings';
import { findClerk } from '../../../../db/hall/repositories/staff';
import { actorOf, signedIn, type CallContext } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { createRecording, toRecord } from './recording';
import { summarizeRatings } from './summary';

/** How often the host closes requests whose pad went away. */
const SWEEP_EVERY_MS = 5_000;

export function createRatingService(deps: HallDeps) {
  const { store, now, events } = deps;
  const db = store.db;
  const recording = createRecording(deps);
  const deviceOf = (ctx: CallContext) => ctx.device.id ?? store.deviceId;

  function view(request: RequestRow): RatingRequest {
    const window = findWindow(db, request.windowId);
    const caseRow = request.caseId ? findCaseRow(db, request.caseId) : undefined;
    return {
      id: request.id,
      windowId: request.windowId,
      windowName: window?.name ?? '',
      clerk: findClerk(db, request.staffId) ?? { id: request.staffId, name: '', jobNumber: '', photoVersion: null },
      step: request.step,
      ratingNo: request.ratingNo === 2 ? 2 : 1,
      caseNumber: caseRow?.number ?? null,
      matterNames: caseRow ? listCaseMatters(db, caseRow.id).map((m) => m.name) : [],
      ticketNumber: caseRow?.ticketNumber ?? null,
      requestedAt: request.requestedAt,
      timeoutSeconds: request.timeoutSeconds,
    };
  }

  /** What the window's pad should show: its open request, unless that is past its time and about to be swept. */
  function openFor(windowId: string): RatingRequest | null {
    const open = openRequestOf(db, windowId);
    return open && !requestExpired(open, now()) ? view(open) : null;
  }

  /** Requests nobody ended, past their time-out and a grace period: the pad went away or the host was down. */
  function sweep(): number {
    const expired = listOpenRequests(db).filter((r) => requestExpired(r, now()));
    for (const request of expired) {
      recording.end(request.id, { level: null, reasons: [], text: '', channel: null, notRatedReason: 'interrupted', deviceId: store.deviceId });
    }
    return expired.length;
  }

  function followUpView(row: FollowUpRow): FollowUp {
    return {
      id: row.id,
      rating: toRecord(findRating(db, row.ratingId)!),
      followUpDue: row.followUpDue,
      rectifyDue: row.rectifyDue,
      verdict: row.verdict,
      measure: row.measure,
      feedback: row.feedback,
      followUpResult: row.followUpResult,
      appeal: row.appeal,
      followedUpAt: row.followedUpAt,
      closedAt: row.closedAt,
      overdue: isFollowUpOverdue(row, hallDay(now())),
    };
  }

  const handlers: FeatureHandlers<typeof ratingFeature> = {
    request: (input, ctx) => {
      const { caseId, followUp } = input;
      const { session } = signedIn(ctx);
      if (!session.windowId) throw new HallError(RATING_ERRORS.noService, 'Sign in at a window to start a rating');
      if (openRequestOf(db, session.windowId)) throw new HallError(RATING_ERRORS.open, 'A rating is already waiting on this window’s pad');
      if (caseId && !findCaseRow(db, caseId)) throw new HallError(RATING_ERRORS.notFound, 'No such case', { caseId: '找不到该办件' });
      const served = caseId ? undefined : lastServedTicket(db, session.windowId, hallDay(now()));
      const servedCase = served ? caseOfTicket(db, served.id) : null;
      const subjectCase = caseId ?? servedCase;
      const caseRow = subjectCase ? findCaseRow(db, subjectCase) : undefined;
      const ticket = caseRow ? undefined : served;
      const subjectKey = caseRow?.id ?? ticket?.id;
      if (!subjectKey) throw new HallError(RATING_ERRORS.noService, 'Nothing has been served at this window today to rate');
      const window = findWindow(db, session.windowId);
      const step = input.step ?? (window?.kind === 'pickup' ? 'pickup' : caseRow ? 'intake' : 'reception');
      const ratingNo = followUp ? 2 : 1;
      if (hasRating(db, subjectKey, step, ratingNo)) throw new HallError(RATING_ERRORS.alreadyRated, 'This service already has its rating at this step');
      if (ratingNo === 2 && !hasRating(db, subjectKey, step, 1)) throw new HallError(RATING_ERRORS.noFirst, '追评 needs a first rating');
      const at = now();
      const id = db.transaction((tx) => {
        const requestId = insertRequest(tx, {
          windowId: session.windowId!,
          staffId: session.staff.id,
          step,
          ratingNo,
          caseId: caseRow?.id ?? null,
          ticketId: ticket?.id ?? caseRow?.ticketId ?? null,
          subjectKey,
          requestedAt: at,
          timeoutSeconds: getHallSettings(tx)?.ratingTimeoutSeconds ?? 60,
          deviceId: deviceOf(ctx),
        });
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'rating.request', caseRow?.id ?? ticket?.id ?? null, { requestId, step, ratingNo });
        return requestId;
      });
      const request = view(findRequest(db, id)!);
      events.emit('rating.requested', request);
      return request;
    },

    cancel: (_input, ctx) => {
      const windowId = signedIn(ctx).session.windowId;
      const open = windowId ? openRequestOf(db, windowId) : undefined;
      if (!open) throw new HallError(RATING_ERRORS.notFound, 'No rating is waiting at this window');
      recording.end(open.id, { level: null, reasons: [], text: '', channel: null, notRatedReason: 'cancelled', deviceId: deviceOf(ctx) });
      return { ok: true };
    },

    open: ({ windowId }) => openFor(windowId),

    submit: ({ requestId, level, reasons, text }, ctx) => {
      // The host's own screens include the pad on a second monitor; a call made with a clerk's session is the
      // clerk's screen, which may start a rating but never choose its level.
      if (ctx.session) throw new HallError(RATING_ERRORS.clerkCannotRate, 'Only the applicant’s pad or keypad submits a rating');
      return recording.end(requestId, { level, reasons, text, channel: 'pad', notRatedReason: null, deviceId: deviceOf(ctx) });
    },

    notRated: ({ requestId, reason }, ctx) => {
      try {
        return recording.end(requestId, { level: null, reasons: [], text: '', channel: 'pad', notRatedReason: reason, deviceId: deviceOf(ctx) });
      } catch (error) {
        // A pad that timed out while its answer was lost asks again: the record it made is the answer.
        const stored = error instanceof HallError && error.code === RATING_ERRORS.closed ? findRatingOfRequest(db, requestId) : undefined;
        if (stored && stored.notRatedReason === reason) return toRecord(stored);
        throw error;
      }
    },

    summary: ({ from, to }) => summarizeRatings(db, from, to),

    followUps: ({ open }) => {
      const items = listFollowUps(db, open).map(followUpView);
      return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.rectifyDue.localeCompare(b.rectifyDue));
    },

    recordFollowUp: (input, ctx) => {
      const item = findFollowUp(db, input.id);
      if (!item) throw new HallError(RATING_ERRORS.notFound, 'No such follow-up item');
      if (item.closedAt !== null) throw new HallError(RATING_ERRORS.closed, 'This follow-up item is closed');
      const at = now();
      db.transaction((tx) => {
        updateFollowUp(tx, item.id, {
          verdict: input.verdict,
          measure: input.measure,
          feedback: input.feedback,
          followUpResult: input.followUpResult,
          appeal: input.appeal,
          followedUpAt: item.followedUpAt ?? at,
          closedAt: input.close ? at : null,
        });
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'rating.followUp', item.id, { verdict: input.verdict, closed: input.close });
      });
      return followUpView(findFollowUp(db, item.id)!);
    },

    export: ({ from, to }) =>
      ratingsBetween(db, from, to).map((row) => ({
        ...toRecord(row),
        codeGbt39046: row.level ? LEVEL_CODES.gbt39046[row.level] : null,
        codeProvincial: row.level ? LEVEL_CODES.provincial[row.level] : null,
      })),
  };

  /** Sweeps once now (a restart may have left requests behind) and then every few seconds. */
  function startSweeping(): () => void {
    sweep();
    const timer = setInterval(sweep, SWEEP_EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
  }

  return { handlers, sweep, startSweeping, openFor, end: recording.end };
}

export type RatingService = ReturnType<typeof createRatingService>;
