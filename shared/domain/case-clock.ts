import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkCalendar } from './calendar';

/** A suspension (挂起) of the case clock: working days from `start` to `end` inclusive do not count. */
export interface Suspension {
  start: string;
  /** Null while it lasts: it counts up to today. */
  end: string | null;
}

export interface ClockWarnings {
  /** Yellow when at most this many working days remain… */
  yellowDays: number;
  /** …or at most this share of the limit. */
  yellowShare: number;
}

export const DEFAULT_WARNINGS: ClockWarnings = { yellowDays: 2, yellowShare: 0.2 };

export type ClockColour = 'green' | 'yellow' | 'red';

export interface ClockStatus {
  dueDay: string;
  elapsed: number;
  remaining: number;
  suspended: number;
  colour: ClockColour;
  /** The due date was counted past the published calendar; it may move when next year's calendar arrives. */
  beyondCalendar: boolean;
}

/** Working days a set of suspensions covers, up to `today` for an open one; overlaps count once. */
export function suspendedWorkingDays(calendar: WorkCalendar, suspensions: readonly Suspension[], today: string): number {
  const days = new Set<string>();
  for (const s of suspensions) {
    const end = s.end === null || s.end > today ? today : s.end;
    for (let d = s.start; d <= end; d = addWorkingDays(calendar, d, 1).day) {
      if (isWorkingDay(calendar, d)) days.add(d);
    }
  }
  return days.size;
}

/**
 * Where a case stands against its limit (DOMAIN §3): elapsed = working days from intake to today minus
 * suspended ones; the due date moves out by the suspended working days; yellow near the end, red when overdue.
 */
export function caseClock(
  calendar: WorkCalendar,
  input: { intakeDay: string; limitDays: number; suspensions: readonly Suspension[]; today: string },
  warnings: ClockWarnings = DEFAULT_WARNINGS,
): ClockStatus {
  const suspended = suspendedWorkingDays(calendar, input.suspensions, input.today);
  const elapsed = Math.max(0, workingDaysBetween(calendar, input.intakeDay, input.today) - suspended);
  const due = addWorkingDays(calendar, input.intakeDay, input.limitDays + suspended);
  const remaining = input.limitDays - elapsed;
  const overdue = input.today > due.day;
  const near = remaining <= warnings.yellowDays || remaining <= input.limitDays * warnings.yellowShare;
  return {
    dueDay: due.day,
    elapsed,
    remaining,
    suspended,
    colour: overdue ? 'red' : near ? 'yellow' : 'green',
    beyondCalendar: due.beyondCalendar,
  };
}
