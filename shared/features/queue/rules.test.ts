import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Priority } from './labels';
import { callingOrder, estimateWaitMinutes, formatTicketNumber, pickNext, trailingPriorityRun, withinTicketHours, type Candidate } from './rules';

const ticket = (id: string, takenAt: number, priority: Priority = 'none', targetWindowId: string | null = null): Candidate => ({
  id,
  priority,
  takenAt,
  seq: takenAt,
  targetWindowId,
});

describe('ticket numbers', () => {
  it('pads to three digits and grows past 999', () => {
    expect([formatTicketNumber('A', 1), formatTicketNumber('B', 42), formatTicketNumber('C', 999), formatTicketNumber('D', 1000)]).toEqual([
      'A001',
      'B042',
      'C999',
      'D1000',
    ]);
  });
});

describe('calling order', () => {
  it('calls priority first, oldest first, and at most two in a row while a normal ticket waits', () => {
    const waiting = [ticket('n1', 1), ticket('n2', 2), ticket('p1', 3, 'military'), ticket('p2', 4, 'elderly'), ticket('p3', 5, 'appointment')];
    expect(callingOrder(waiting, 'w1', 0, 2).map((c) => c.id)).toEqual(['p1', 'p2', 'n1', 'p3', 'n2']);
  });

  it('counts the window’s previous calls toward the limit', () => {
    const waiting = [ticket('n1', 1), ticket('p1', 3, 'green')];
    expect(pickNext(waiting, 'w1', 2, 2)?.id).toBe('n1');
    expect(pickNext(waiting, 'w1', 1, 2)?.id).toBe('p1');
    expect(trailingPriorityRun([{ priority: 'none' }, { priority: 'green' }, { priority: 'elderly' }])).toBe(2);
    expect(trailingPriorityRun([{ priority: 'green' }, { priority: 'none' }])).toBe(0);
  });

  it('keeps calling priority tickets when no normal one waits', () => {
    expect(callingOrder([ticket('p1', 1, 'pregnant'), ticket('p2', 2, 'disabled'), ticket('p3', 3, 'military')], 'w1', 5, 2).map((c) => c.id)).toEqual([
      'p1',
      'p2',
      'p3',
    ]);
  });

  it('gives a ticket transferred to a window to that window first, and to no other window', () => {
    const waiting = [ticket('p1', 1, 'military'), ticket('t1', 5, 'none', 'w2')];
    expect(pickNext(waiting, 'w2', 0, 2)?.id).toBe('t1');
    expect(callingOrder(waiting, 'w1', 0, 2).map((c) => c.id)).toEqual(['p1']);
  });

  it('never lets a normal ticket wait behind more than `limit` later priority tickets (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (flags, limit) => {
          const waiting = flags.map((p, i) => ticket(`t${i}`, i, p ? 'elderly' : 'none'));
          const order = callingOrder(waiting, 'w', 0, limit);
          expect(order).toHaveLength(waiting.length);
          let run = 0;
          for (let i = 0; i < order.length; i++) {
            const isP = order[i]!.priority !== 'none';
            const normalLeft = order.slice(i).some((c) => c.priority === 'none');
            if (isP && normalLeft) expect(run).toBeLessThan(limit);
            run = isP ? run + 1 : 0;
          }
          // Within each kind, first taken, first called.
          for (const kind of [true, false]) {
            const times = order.filter((c) => (c.priority !== 'none') === kind).map((c) => c.takenAt);
            expect(times).toEqual([...times].sort((a, b) => a - b));
          }
        },
      ),
    );
  });
});

describe('ticket hours and estimates', () => {
  it('issues from opening up to (not at) closing', () => {
    expect(withinTicketHours('08:29:59', '08:30', '17:30')).toBe(false);
    expect(withinTicketHours('08:30:00', '08:30', '17:30')).toBe(true);
    expect(withinTicketHours('17:29:59', '08:30', '17:30')).toBe(true);
    expect(withinTicketHours('17:30:00', '08:30', '17:30')).toBe(false);
    expect(withinTicketHours('23:59:59', '00:00', '24:00')).toBe(true);
  });

  it('shares the wait among the windows open for the queue', () => {
    expect(estimateWaitMinutes(5, 8, 2)).toBe(20);
    expect(estimateWaitMinutes(3, 7, 2)).toBe(11);
    expect(estimateWaitMinutes(0, 8, 1)).toBe(0);
    expect(estimateWaitMinutes(4, 8, 0)).toBeNull();
  });
});
