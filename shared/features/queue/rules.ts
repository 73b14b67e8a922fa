import type { Priority } from './labels';

/** `A` + 7 → `A007`: prefix letter and at least three digits (DOMAIN §4). */
export function formatTicketNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}

export interface Candidate {
  id: string;
  priority: Priority;
  takenAt: number;
  seq: number;
  targetWindowId: string | null;
}

const isPriority = (c: { priority: Priority }) => c.priority !== 'none';
const byAge = (a: Candidate, b: Candidate) => a.takenAt - b.takenAt || a.seq - b.seq;

/**
 * Which waiting ticket a window calls next (DOMAIN §5): tickets transferred to this window first; then
 * priority tickets (军人, elderly, disabled, pregnant, 绿色通道, appointments), oldest first, except that after
 * `limit` priority calls in a row a waiting normal ticket goes first (anti-starvation); then normal ones.
 * `priorityRun` is how many of the window's latest calls were priority tickets, back to its last normal one.
 */
export function pickNext(
  waiting: readonly Candidate[],
  windowId: string,
  priorityRun: number,
  limit: number,
): Candidate | undefined {
  const eligible = waiting.filter((c) => c.targetWindowId === null || c.targetWindowId === windowId);
  const targeted = eligible.filter((c) => c.targetWindowId === windowId).sort(byAge);
  if (targeted[0]) return targeted[0];
  const priority = eligible.filter(isPriority).sort(byAge);
  const normal = eligible.filter((c) => !isPriority(c)).sort(byAge);
  if (priority[0] && (priorityRun < limit || !normal[0])) return priority[0];
  return normal[0] ?? priority[0];
}

/** The whole waiting list in the order the window would call it, as the clerk sees it. */
export function callingOrder<C extends Candidate>(waiting: readonly C[], windowId: string, priorityRun: number, limit: number): C[] {
  const left = [...waiting];
  const order: C[] = [];
  let run = priorityRun;
  while (left.length > 0) {
    const next = pickNext(left, windowId, run, limit) as C | undefined;
    if (!next) break;
    order.push(next);
    left.splice(left.indexOf(next), 1);
    run = isPriority(next) ? run + 1 : 0;
  }
  return order;
}

/** Priority calls in a row at the end of a window's calls (oldest first), back to its last normal call. */
export function trailingPriorityRun(calls: ReadonlyArray<{ priority: Priority }>): number {
  let run = 0;
  for (let i = calls.length - 1; i >= 0 && isPriority(calls[i]!); i--) run++;
  return run;
}

/** `HH:MM` → minutes after midnight; `24:00` is the end of the day. */
export function minutesOfClock(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`Not a HH:MM time: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Whether a hall-local time `HH:MM:SS` lies within the ticket hours [opensAt, closesAt). */
export function withinTicketHours(hallClock: string, opensAt: string, closesAt: string): boolean {
  const now = minutesOfClock(hallClock.slice(0, 5));
  return now >= minutesOfClock(opensAt) && now < minutesOfClock(closesAt);
}

/** People ahead × the queue's average service time, shared among the windows open for it. */
export function estimateWaitMinutes(ahead: number, averageServiceMinutes: number, openWindows: number): number | null {
  if (openWindows <= 0) return null;
  return Math.ceil((ahead * averageServiceMinutes) / openWindows);
}
