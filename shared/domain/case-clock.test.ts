import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, makeCalendar } from './calendar';
import { CALENDAR_2026 } from './calendar-2026';
import { caseClock, suspendedWorkingDays } from './case-clock';

const cal = makeCalendar(CALENDAR_2026);

describe('the case clock', () => {
  it('runs green, turns yellow near the end and red once overdue', () => {
    // 10 working days from Monday 2026-11-09: due Monday 2026-11-23.
    const at = (today: string) => caseClock(cal, { intakeDay: '2026-11-09', limitDays: 10, suspensions: [], today });
    expect(at('2026-11-10')).toMatchObject({ dueDay: '2026-11-23', elapsed: 1, remaining: 9, colour: 'green' });
    expect(at('2026-11-18')).toMatchObject({ elapsed: 7, remaining: 3, colour: 'green' });
    expect(at('2026-11-19')).toMatchObject({ elapsed: 8, remaining: 2, colour: 'yellow' });
    expect(at('2026-11-23')).toMatchObject({ elapsed: 10, remaining: 0, colour: 'yellow' });
    expect(at('2026-11-24')).toMatchObject({ elapsed: 11, remaining: -1, colour: 'red' });
  });

  it('stops during a suspension and moves the due date out by its working days', () => {
    const clock = caseClock(cal, {
      intakeDay: '2026-11-09',
      limitDays: 10,
      // 现场踏勘 over Wednesday–Tuesday: 4 working days (the weekend does not count twice).
      suspensions: [{ start: '2026-11-11', end: '2026-11-16' }],
      today: '2026-11-20',
    });
    expect(clock).toMatchObject({ suspended: 4, elapsed: 5, remaining: 5, dueDay: '2026-11-27', colour: 'green' });
  });

  it('counts an open suspension up to today, and overlapping ones once', () => {
    expect(suspendedWorkingDays(cal, [{ start: '2026-11-19', end: null }], '2026-11-23')).toBe(3);
    expect(
      suspendedWorkingDays(cal, [{ start: '2026-11-16', end: '2026-11-18' }, { start: '2026-11-17', end: '2026-11-20' }], '2026-11-30'),
    ).toBe(5);
  });

  it('uses 20% of a long limit for yellow, and flags due dates past the calendar', () => {
    const after = (n: number) => caseClock(cal, { intakeDay: '2026-03-02', limitDays: 20, suspensions: [], today: addWorkingDays(cal, '2026-03-02', n).day });
    expect(after(15)).toMatchObject({ remaining: 5, colour: 'green' });
    // 4 left is 20% of 20: yellow, though more than the 2-day rule would wait for.
    expect(after(16)).toMatchObject({ remaining: 4, colour: 'yellow' });
    expect(caseClock(cal, { intakeDay: '2026-12-21', limitDays: 10, suspensions: [], today: '2026-12-22' }).beyondCalendar).toBe(true);
  });

  it('keeps elapsed + remaining equal to the limit, and the due date a working day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }).map((i) => addDays('2026-01-01', i)),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (intakeDay, limitDays, later) => {
          const today = addDays(intakeDay, later);
          const clock = caseClock(cal, { intakeDay, limitDays, suspensions: [], today });
          expect(clock.elapsed + clock.remaining).toBe(limitDays);
          expect(clock.dueDay).toBe(addWorkingDays(cal, intakeDay, limitDays).day);
          expect(clock.colour === 'red').toBe(today > clock.dueDay);
        },
      ),
    );
  });
});
