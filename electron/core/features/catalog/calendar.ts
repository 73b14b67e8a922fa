import { makeCalendar, mergeCalendarYears, type WorkCalendar } from '../../../../shared/domain/calendar';
import { calendarStamp, listCalendarYears } from '../../../../db/hall/repositories/calendar';
import type { HallDb } from '../../../../db/hall/open';

/**
 * The hall's working-day calendar as the county sent it (DOMAIN §3), rebuilt only when a year arrives or changes:
 * lists of cases count time limits for every row.
 */
export function createHallCalendar(db: HallDb): () => WorkCalendar {
  let cached: { stamp: string; calendar: WorkCalendar } | null = null;
  return () => {
    const stamp = calendarStamp(db);
    if (cached?.stamp !== stamp) cached = { stamp, calendar: makeCalendar(mergeCalendarYears(listCalendarYears(db))) };
    return cached.calendar;
  };
}
