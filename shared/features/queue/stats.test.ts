import { describe, expect, it } from 'vitest';
import { summarizeDay, type StatTicket } from './stats';

const at = (h: number, m: number) => Date.UTC(2026, 10, 23, h - 8, m); // hall time (UTC+8)
const A = { key: 'qa', label: 'A' };
const W1 = { key: 'w1', label: '1号窗口' };
const C1 = { key: 's1', label: '王丽' };

const t = (taken: number, called: number | null, started: number | null, finished: number | null, status: StatTicket['status']): StatTicket => ({
  status,
  queue: A,
  window: called === null ? null : W1,
  clerk: called === null ? null : C1,
  takenAt: taken,
  calledAt: called,
  startedAt: started,
  finishedAt: finished,
});

describe('day statistics', () => {
  const tickets = [
    t(at(9, 0), at(9, 10), at(9, 11), at(9, 21), 'done'), // wait 10, service 10
    t(at(9, 5), at(9, 25), at(9, 26), at(9, 41), 'done'), // wait 20, service 15
    t(at(9, 30), at(10, 15), null, null, 'no_show'), // wait 45
    t(at(10, 0), null, null, null, 'waiting'),
  ];
  const stats = summarizeDay('2026-11-23', tickets, { booked: 3, checkedIn: 2, noShows: 1 }, at(10, 40));

  it('averages and takes the 90th percentile of waits and service times', () => {
    expect(stats.total.wait).toEqual({ count: 3, averageMinutes: 25, p90Minutes: 45 });
    expect(stats.total.service).toEqual({ count: 2, averageMinutes: 12.5, p90Minutes: 15 });
  });

  it('counts issued, served, no-shows, waiting and waits over 30 minutes (including one still waiting)', () => {
    expect(stats.total).toMatchObject({ issued: 4, served: 2, noShows: 1, waitingNow: 1, waitsOver30: 2 });
    expect(stats.noShowRate).toBeCloseTo(1 / 3, 3);
  });

  it('groups by hour of taking in hall time, by window and by clerk', () => {
    expect(stats.byHour.map((r) => [r.label, r.issued])).toEqual([
      ['09时', 3],
      ['10时', 1],
    ]);
    expect(stats.byWindow).toHaveLength(1);
    expect(stats.byWindow[0]).toMatchObject({ label: '1号窗口', issued: 3 });
    expect(stats.byClerk[0]).toMatchObject({ label: '王丽', served: 2 });
    expect(stats.appointments).toEqual({ booked: 3, checkedIn: 2, noShows: 1 });
  });

  it('has no averages on an empty day', () => {
    const empty = summarizeDay('2026-11-24', [], { booked: 0, checkedIn: 0, noShows: 0 }, at(12, 0));
    expect(empty.total.wait).toEqual({ count: 0, averageMinutes: null, p90Minutes: null });
    expect(empty.noShowRate).toBeNull();
  });
});
