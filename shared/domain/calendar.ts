/**
 * Working days (DOMAIN §3). Weekends are off and Monday–Friday work, except the published statutory holidays
 * (off) and make-up working weekends (调休, working). The calendar is data from the county; past its last
 * known day only weekends are known, so every answer that reaches past it says so.
 */
export interface WorkCalendar {
  /** First and last day the published calendar covers, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export interface CalendarData {
  from: string;
  to: string;
  holidays: readonly string[];
  workdays: readonly string[];
}

const DAY_MS = 86_400_000;

function toEpochDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromEpochDay(toEpochDay(day) + n);
}

export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Expands `['2026-01-01..2026-01-03', '2026-02-14']` into single days. */
export function expandDays(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const [start, end] = entry.split('..') as [string, string | undefined];
    if (!end) return [start];
    return Array.from({ length: daysBetween(start, end) + 1 }, (_, i) => addDays(start, i));
  });
}

export function makeCalendar(data: CalendarData): WorkCalendar {
  return { from: data.from, to: data.to, holidays: new Set(expandDays(data.holidays)), workdays: new Set(expandDays(data.workdays)) };
}

export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return isWeekday(toEpochDay(day));
}

export function isKnown(calendar: WorkCalendar, day: string): boolean {
  return day >= calendar.from && day <= calendar.to;
}

export interface DueDay {
  day: string;
  /** The answer counted days past the published calendar: holidays there are not known yet. */
  beyondCalendar: boolean;
}

/**
 * The n-th working day after `day`; the day itself is not counted (DOMAIN §3). n = 0 is the day itself
 * (即办件, done on the spot).
 */
export function addWorkingDays(calendar: WorkCalendar, day: string, n: number): DueDay {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0, not ${n}`);
  let current = day;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return { day: current, beyondCalendar: !isKnown(calendar, current) || !isKnown(calendar, day) };
}

/** Working days in (from, to]: how many working days have passed since `from` by the end of `to`. */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  if (to <= from) return 0;
  // Counted, not walked: a list of old cases computes this over years for every row.
  const first = toEpochDay(from) + 1;
  const last = toEpochDay(to);
  let count = weekdaysIn(first, last);
  const inRange = (day: string) => day > from && day <= to;
  for (const day of calendar.holidays) if (inRange(day) && !calendar.workdays.has(day) && isWeekday(toEpochDay(day))) count -= 1;
  for (const day of calendar.workdays) if (inRange(day) && !isWeekday(toEpochDay(day))) count += 1;
  return count;
}

/** 1970-01-01, epoch day 0, was a Thursday. */
function isWeekday(epochDay: number): boolean {
  const weekday = (((epochDay + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** Monday–Friday days in [first, last]. */
function weekdaysIn(first: number, last: number): number {
  const days = last - first + 1;
  let count = Math.floor(days / 7) * 5;
  for (let d = first + Math.floor(days / 7) * 7; d <= last; d++) if (isWeekday(d)) count += 1;
  return count;
}

/** One published year of the calendar, as the county sends it. */
export interface CalendarYearData extends CalendarData {
  year: number;
  /** Entered before the official list was published: a placeholder that screens flag. */
  sample: boolean;
}

/**
 * The years a hall holds, as one calendar: it is known from the first year's first day through the end of the
 * unbroken run of years that follows (a missing year ends what is known, whatever comes after it). No years: a
 * calendar that knows no day, so every due date says it was counted past the calendar.
 */
export function mergeCalendarYears(years: readonly CalendarYearData[]): CalendarData {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const run: CalendarYearData[] = [];
  for (const year of sorted) {
    const last = run.at(-1);
    if (last && addDays(last.to, 1) !== year.from) break;
    run.push(year);
  }
  if (run.length === 0) return { from: '9999-12-31', to: '0000-01-01', holidays: [], workdays: [] };
  return {
    from: run[0]!.from,
    to: run.at(-1)!.to,
    holidays: run.flatMap((y) => y.holidays),
    workdays: run.flatMap((y) => y.workdays),
  };
}
