import { asc, sql } from 'drizzle-orm';
import type { CalendarYearData } from '../../../shared/domain/calendar';
import type { HallDb } from '../open';
import { calendarYear } from '../schema';

/** Only the demo seed writes calendars on a hall PC, standing in for the county; otherwise they arrive by pull. */
export function saveCalendarYear(db: HallDb, year: CalendarYearData, at: number): void {
  const row = { fromDay: year.from, toDay: year.to, holidays: [...year.holidays], workdays: [...year.workdays], sample: year.sample, publishedAt: at };
  db.insert(calendarYear)
    .values({ year: year.year, ...row })
    .onConflictDoUpdate({ target: calendarYear.year, set: row })
    .run();
}

export function listCalendarYears(db: HallDb): CalendarYearData[] {
  return db
    .select()
    .from(calendarYear)
    .orderBy(asc(calendarYear.year))
    .all()
    .map((r) => ({ year: r.year, from: r.fromDay, to: r.toDay, holidays: r.holidays, workdays: r.workdays, sample: r.sample }));
}

/** Changes whenever a year is added or replaced: screens and caches key on it. */
export function calendarStamp(db: HallDb): string {
  const row = db.select({ n: sql<number>`count(*)`, at: sql<number>`coalesce(max(${calendarYear.publishedAt}), 0)` }).from(calendarYear).get();
  return `${row?.n ?? 0}:${row?.at ?? 0}`;
}
