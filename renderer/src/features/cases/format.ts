import { hallDay, hallTime } from '../../../../shared/domain/clock';
import type { ClockView } from '../../../../shared/features/intake/contract';
import { casesText as t } from './text';

/** Day and minute in the hall's time zone: seconds mean nothing to a clerk reading a case. */
export function dayAndMinute(at: number): [day: string, minute: string] {
  return [hallDay(at), hallTime(at).slice(0, 5)];
}

export function when(at: number | null): string {
  return at === null ? t.none : dayAndMinute(at).join(' ');
}

/** Where the clock stands in words. A due day on a weekend can be past while no working day is yet over. */
export function clockWords(clock: ClockView): string {
  if (clock.remaining > 0) return t.remaining(clock.remaining);
  if (clock.remaining < 0) return t.overdue(-clock.remaining);
  return clock.colour === 'red' ? t.pastDue : t.dueToday;
}
