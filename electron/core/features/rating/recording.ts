import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import { maskIdNumber, maskName } from '../../../../shared/domain/masking';
import { BAD_LEVELS, RATING_ERRORS, type Level, type RatingRecord, type Reason } from '../../../../shared/features/rating/contract';
import { anomaliesOf, followUpDeadlines, ratingProblem } from '../../../../shared/features/rating/rules';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findCaseRow, listCaseMatters } from '../../../../db/hall/repositories/cases';
import { findWindow, getHallSettings } from '../../../../db/hall/repositories/hall';
import {
  endRequest,
  findRating,
  findRatingOfRequest,
  findRequest,
  hasRating,
  insertFollowUp,
  insertRating,
  lastTopRatingAt,
  type NewRating,
  type RatingRow,
  type RequestRow,
} from '../../../../db/hall/repositories/ratings';
import { findStaff } from '../../../../db/hall/repositories/staff';
import type { HallDeps } from '../../deps';

/** The result as it came from the pad or keypad; a null level is “not rated”. */
export interface RatingResult {
  level: Level | null;
  reasons: Reason[];
  text: string;
  channel: 'pad' | 'keypad' | null;
  notRatedReason: RatingRow['notRatedReason'];
  deviceId: string;
}

export function toRecord(row: RatingRow): RatingRecord {
  return {
    id: row.id,
    requestId: row.requestId,
    caseNumber: row.caseNumber,
    matterNames: row.matterNames,
    departments: row.departments,
    windowName: row.windowName,
    clerk: { name: row.clerkName, jobNumber: row.jobNumber },
    channel: row.channel,
    step: row.step,
    level: row.level,
    notRatedReason: row.notRatedReason,
    reasons: row.reasons as Reason[],
    text: row.text,
    raterMasked: row.raterName ? `${maskName(row.raterName)}${row.raterKey ? `（${maskIdNumber(row.raterKey)}）` : ''}` : null,
    realName: row.realName,
    ratedAt: row.ratedAt,
    ratingNo: row.ratingNo,
    deviceId: row.deviceId,
    anomalies: row.anomalies as RatingRecord['anomalies'],
  };
}

/** Who rates: the person the case names (applicant, or the agent who came), so the rating is real-name. */
function raterOf(caseRow: ReturnType<typeof findCaseRow>): { raterName: string | null; raterKey: string | null; realName: boolean } {
  if (!caseRow) return { raterName: null, raterKey: null, realName: false };
  const agent = caseRow.agent as { name: string; idNumber: string } | null;
  if (agent) return { raterName: agent.name, raterKey: agent.idNumber, realName: true };
  if (caseRow.applicantKind === 'person') return { raterName: caseRow.applicantName, raterKey: caseRow.applicantKey, realName: true };
  return { raterName: caseRow.contactName, raterKey: null, realName: true };
}

/**
 * Ends a request with its one record, in one transaction: the record, the request closed, the log entry and,
 * for a real-name bad rating, its follow-up item. Repeating the same result (a pad retrying after a lost
 * answer) returns the record already stored; anything else after the end is refused.
 */
export function createRecording(deps: HallDeps) {
  const { store, now, events } = deps;
  const db = store.db;

  function end(requestId: string, result: RatingResult): RatingRecord {
    const request = findRequest(db, requestId);
    if (!request) throw new HallError(RATING_ERRORS.notFound, 'No such rating request');
    const stored = findRatingOfRequest(db, requestId);
    if (stored) {
      if (stored.level === result.level && result.level !== null) return toRecord(stored);
      throw new HallError(RATING_ERRORS.closed, 'This rating request has already ended');
    }
    if (result.level) {
      const problem = ratingProblem(result.level, result.reasons, result.text);
      if (problem) throw new HallError(RATING_ERRORS.reasonRequired, 'A bad rating needs a reason or a text', { reasons: problem });
      if (hasRating(db, request.subjectKey, request.step, request.ratingNo)) {
        throw new HallError(RATING_ERRORS.alreadyRated, 'This service already has its rating at this step');
      }
    }
    const row = recordRow(request, result);
    const id = db.transaction((tx) => {
      const ratingId = insertRating(tx, row);
      endRequest(tx, request.id, row.ratedAt);
      recordActivity(tx, { deviceId: result.deviceId, staffId: null, windowId: request.windowId }, row.ratedAt, result.level ? 'rating.rated' : 'rating.notRated', request.caseId ?? request.ticketId, {
        requestId: request.id,
        level: result.level,
        reason: result.notRatedReason,
      });
      if (result.level && BAD_LEVELS.includes(result.level) && row.realName) {
        const settings = getHallSettings(tx);
        insertFollowUp(tx, ratingId, followUpDeadlines(deps.calendar(), row.ratedDay, settings?.followUpDays ?? 1, settings?.rectifyDays ?? 15), row.ratedAt);
      }
      return ratingId;
    });
    events.emit('rating.ended', { requestId: request.id, windowId: request.windowId, level: result.level });
    return toRecord(findRating(db, id)!);
  }

  function recordRow(request: RequestRow, result: RatingResult): NewRating {
    const at = now();
    const caseRow = request.caseId ? findCaseRow(db, request.caseId) : undefined;
    const matters = caseRow ? listCaseMatters(db, caseRow.id) : [];
    const window = findWindow(db, request.windowId);
    const clerk = findStaff(db, request.staffId);
    const settings = getHallSettings(db);
    return {
      requestId: request.id,
      subjectKey: request.subjectKey,
      caseId: request.caseId,
      caseNumber: caseRow?.number ?? null,
      matterNames: matters.map((m) => m.name),
      departments: [...new Set(matters.map((m) => m.department))],
      windowId: request.windowId,
      windowName: window?.name ?? '',
      staffId: request.staffId,
      clerkName: clerk?.name ?? '',
      jobNumber: clerk?.jobNumber ?? '',
      channel: result.channel,
      step: request.step,
      level: result.level,
      notRatedReason: result.notRatedReason,
      reasons: result.reasons,
      text: result.text,
      ...raterOf(caseRow),
      ratedAt: at,
      ratedDay: hallDay(at),
      ratingNo: request.ratingNo,
      deviceId: result.deviceId,
      anomalies: anomaliesOf({
        level: result.level,
        at,
        windowPaused: window?.state === 'paused',
        previousTopAt: lastTopRatingAt(db, request.windowId),
        burstSeconds: settings?.burstSeconds ?? 15,
      }),
    };
  }

  return { end };
}
