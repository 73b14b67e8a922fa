import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_2026 } from './calendar-2026';
import { addDays, addWorkingDays, expandDays, isWorkingDay, makeCalendar, workingDaysBetween } from './calendar';

const cal = makeCalendar(CALENDAR_2026);
const day2026 = fc.integer({ min: 0, max: 364 }).map((i) => addDays('2026-01-01', i));
const limit = fc.integer({ min: 0, max: 60 });

describe('the 2026 calendar', () => {
  it('knows the holidays and the make-up working weekends', () => {
    expect(isWorkingDay(cal, '2026-10-01')).toBe(false); // National Day, a Thursday
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // make-up Saturday
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // make-up Saturday before Spring Festival
    expect(isWorkingDay(cal, '2026-02-18')).toBe(false); // Spring Festival, a Wednesday
    expect(isWorkingDay(cal, '2026-11-21')).toBe(false); // an ordinary Saturday
    expect(isWorkingDay(cal, '2026-11-23')).toBe(true); // an ordinary Monday
    expect(expandDays(CALENDAR_2026.holidays)).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
  });

  it('counts the due date from the day after intake, across holidays', () => {
    expect(addWorkingDays(cal, '2026-09-30', 1).day).toBe('2026-10-08');
    expect(addWorkingDays(cal, '2026-09-30', 3).day).toBe('2026-10-10');
    expect(addWorkingDays(cal, '2026-02-13', 1).day).toBe('2026-02-14');
    expect(addWorkingDays(cal, '2026-02-14', 1).day).toBe('2026-02-24');
    expect(addWorkingDays(cal, '2026-11-20', 5).day).toBe('2026-11-27'); // Friday + 5 → next Friday
    expect(addWorkingDays(cal, '2026-11-23', 0)).toEqual({ day: '2026-11-23', beyondCalendar: false });
  });

  it('warns when a due date falls past the last known day', () => {
    expect(addWorkingDays(cal, '2026-12-24', 10)).toMatchObject({ day: '2027-01-07', beyondCalendar: true });
    expect(addWorkingDays(cal, '2026-12-24', 4).beyondCalendar).toBe(false);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays(cal, '2026-11-23', -1)).toThrow();
    expect(() => addWorkingDays(cal, '2026-11-23', 1.5)).toThrow();
  });
});

describe('working-day arithmetic (properties)', () => {
  it('lands on a working day n working days later, never earlier', () => {
    fc.assert(
      fc.property(day2026, fc.integer({ min: 1, max: 60 }), (day, n) => {
        const due = addWorkingDays(cal, day, n).day;
        expect(isWorkingDay(cal, due)).toBe(true);
        expect(workingDaysBetween(cal, day, due)).toBe(n);
        expect(workingDaysBetween(cal, day, addDays(due, -1))).toBe(n - 1);
      }),
    );
  });

  it('adds up: a + b working days is a, then b more', () => {
    fc.assert(
      fc.property(day2026, limit, limit, (day, a, b) => {
        const once = addWorkingDays(cal, day, a + b).day;
        const twice = addWorkingDays(cal, addWorkingDays(cal, day, a).day, b).day;
        // From a non-working start the first step lands on a working day, so both routes agree.
        expect(twice).toBe(once);
      }),
    );
  });

  it('grows with n, and never by less than a calendar day per working day', () => {
    fc.assert(
      fc.property(day2026, fc.integer({ min: 0, max: 59 }), (day, n) => {
        const a = addWorkingDays(cal, day, n).day;
        const b = addWorkingDays(cal, day, n + 1).day;
        expect(b > a).toBe(true);
      }),
    );
  });

  it('counts between two days as the sum of the parts', () => {
    fc.assert(
      fc.property(day2026, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), (from, x, y) => {
        const mid = addDays(from, x);
        const to = addDays(mid, y);
        expect(workingDaysBetween(cal, from, to)).toBe(workingDaysBetween(cal, from, mid) + workingDaysBetween(cal, mid, to));
      }),
    );
  });

  it('counts working days the same way as walking them one by one, over years and across the calendar’s edges', () => {
    const walked = (from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) n += 1;
      return n;
    };
    const anyDay = fc.integer({ min: 0, max: 4 * 365 }).map((i) => addDays('2024-06-01', i));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5, max: 800 }), (from, span) => {
        const to = addDays(from, span);
        expect(workingDaysBetween(cal, from, to)).toBe(walked(from, to));
      }),
    );
  });
});
