import { addWorkingDays, type WorkCalendar } from '../../domain/calendar';
import { BAD_LEVELS, type Anomaly, type Level, type Reason } from './contract';

export type Bucket = 'good' | 'neutral' | 'bad';

export function bucketOf(level: Level): Bucket {
  if (level === 'verySatisfied' || level === 'satisfied') return 'good';
  return level === 'basic' ? 'neutral' : 'bad';
}

/** A bad rating needs at least one reason or a text (DOMAIN §6); the message is shown on the pad. */
export function ratingProblem(level: Level, reasons: readonly Reason[], text: string): string | null {
  if (BAD_LEVELS.includes(level) && reasons.length === 0 && !text.trim()) return '请至少选择一项不满意的原因，或填写意见';
  return null;
}

/**
 * Flags for the supervisor, never a refusal: a top rating within `burstSeconds` of the window's previous top
 * rating (ratings are not supposed to come in a rush), and any rating while the window is paused.
 */
export function anomaliesOf(input: {
  level: Level | null;
  at: number;
  windowPaused: boolean;
  previousTopAt: number | null;
  burstSeconds: number;
}): Anomaly[] {
  const flags: Anomaly[] = [];
  if (input.level === 'verySatisfied' && input.previousTopAt !== null && input.at - input.previousTopAt < input.burstSeconds * 1000) flags.push('burst');
  if (input.level !== null && input.windowPaused) flags.push('whilePaused');
  return flags;
}

/** Follow-up (回访) and rectification (整改) deadlines, in working days after the rating day. */
export function followUpDeadlines(calendar: WorkCalendar, day: string, followUpDays: number, rectifyDays: number) {
  return { followUpDue: addWorkingDays(calendar, day, followUpDays).day, rectifyDue: addWorkingDays(calendar, day, rectifyDays).day };
}

export function isFollowUpOverdue(item: { followUpDue: string; rectifyDue: string; followedUpAt: number | null; closedAt: number | null }, today: string): boolean {
  if (item.closedAt !== null) return false;
  return (item.followedUpAt === null && today > item.followUpDue) || today > item.rectifyDue;
}

/** A request nobody ended (the pad went away, the host restarted past it) is closed as interrupted this long after its time-out. */
export const INTERRUPTED_GRACE_MS = 10_000;

export function requestExpired(request: { requestedAt: number; timeoutSeconds: number }, now: number): boolean {
  return now > request.requestedAt + request.timeoutSeconds * 1000 + INTERRUPTED_GRACE_MS;
}
