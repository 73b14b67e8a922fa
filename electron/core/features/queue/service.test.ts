import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APPOINTMENTS } from '../../demo/seed';
import { createTestHall, refusal, type TestHall } from '../../test-hall';
import type { HallClient } from '../../../../shared/api/contract';

let t: TestHall;
beforeEach(async () => {
  t = await createTestHall();
});
afterEach(() => t.dispose());

const queueId = async (prefix: string) => (await t.host.queue.queues({})).find((q) => q.prefix === prefix)!.id;
const windowId = async (n: number) => (await t.host.hall.windows({})).find((w) => w.number === n)!.id;
const atWindow = async (job: string, n: number) => t.as(t.hall.hostDevice, await t.signIn(job, n));
const take = async (prefix: string, extra: { priority?: 'military' | 'elderly' | 'green'; idNumber?: string } = {}) => {
  t.clock.advance(1000);
  return t.host.queue.issueTicket({ queueId: await queueId(prefix), ...extra });
};
const count = (sql: string, ...args: unknown[]) => (t.hall.store.sqlite.prepare(sql).get(...args) as { n: number }).n;
/** Calls, starts and finishes: one full service at a window. */
const serve = async (w: HallClient) => {
  const called = await w.queue.callNext({});
  await w.queue.start({});
  t.clock.advance(5 * 60_000);
  await w.queue.finish({});
  return called.number;
};

describe('issuing tickets', () => {
  it('numbers tickets per queue per day, says how many wait ahead and estimates the wait', async () => {
    await atWindow('1001', 1); // one window open for A
    const first = await take('A');
    const second = await take('A');
    const other = await take('B');
    expect([first.number, second.number, other.number]).toEqual(['A001', 'A002', 'B001']);
    expect([first.ahead, second.ahead]).toEqual([0, 1]);
    // Before any service today, the queue's default of 10 minutes a person, over the one open window.
    expect([first.estimatedWaitMinutes, second.estimatedWaitMinutes]).toEqual([0, 10]);
    expect(first).toMatchObject({ hallName: '云溪县政务服务中心', queueName: '立项用地规划', status: 'waiting', serviceDay: '2026-11-23' });
    expect((await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.waiting).toBe(2);
  });

  it('has no estimate when no window is open for the queue', async () => {
    expect((await take('D')).estimatedWaitMinutes).toBeNull();
  });

  it('starts again at 001 on the next hall day (in the hall’s time zone, not UTC)', async () => {
    await take('A');
    t.clock.now = Date.UTC(2026, 10, 23, 15, 59); // 23:59 hall time
    expect((await take('A')).number).toBe('A002');
    t.clock.now = Date.UTC(2026, 10, 23, 16, 1); // 00:01 the next day
    expect(await take('A')).toMatchObject({ number: 'A001', serviceDay: '2026-11-24' });
  });

  it('keeps only the masked ID, refuses an invalid one, and marks priority', async () => {
    const ticket = await take('C', { idNumber: '11010519491231002x', priority: 'military' });
    expect(ticket).toMatchObject({ idMasked: '1101**********002X', priority: 'military' });
    const stored = JSON.stringify(t.hall.store.sqlite.prepare('SELECT * FROM ticket').all());
    expect(stored).not.toContain('11010519491231002');
    const outbox = JSON.stringify(t.hall.store.sqlite.prepare('SELECT payload FROM outbox').all());
    expect(outbox).not.toContain('11010519491231002');
    const error = await refusal(take('C', { idNumber: '110105194912310021' }));
    expect([error.code, error.fields?.idNumber]).toEqual(['api/invalid-input', '身份证号码校验位不正确']);
  });

  it('gives many kiosks issuing at the same instant distinct consecutive numbers', async () => {
    const a = await queueId('A');
    const kiosks = Array.from({ length: 5 }, (_, i) => t.as({ role: 'kiosk', id: `kiosk-${i}`, name: `k${i}` }));
    const tickets = await Promise.all(Array.from({ length: 60 }, (_, i) => kiosks[i % 5]!.queue.issueTicket({ queueId: a })));
    const numbers = tickets.map((x) => x.number).sort();
    expect(new Set(numbers).size).toBe(60);
    expect([numbers[0], numbers[59]]).toEqual(['A001', 'A060']);
  });

  it('issues only within the hall’s ticket hours', async () => {
    t.hall.store.sqlite.prepare("UPDATE hall_settings SET opens_at = '08:30', closes_at = '17:30'").run();
    t.clock.now = Date.UTC(2026, 10, 23, 0, 15); // 08:15 hall time
    expect((await refusal(take('A'))).code).toBe('queue/closed');
    t.clock.now = Date.UTC(2026, 10, 23, 0, 30); // 08:30
    expect((await take('A')).number).toBe('A001');
  });

  it('refuses an unknown queue and writes nothing', async () => {
    const error = await refusal(t.host.queue.issueTicket({ queueId: '01930000-0000-7000-8000-000000000000' }));
    expect(error.code).toBe('queue/not-found');
    expect(count('SELECT count(*) AS n FROM ticket')).toBe(0);
  });
});

describe('appointments', () => {
  it('checks in by code or by ID into the appointment queue, once', async () => {
    const byCode = await t.host.queue.checkIn({ code: DEMO_APPOINTMENTS[0].code });
    expect(byCode).toMatchObject({ number: 'Y001', priority: 'appointment', appointment: true, queueName: '预约' });
    expect(byCode.idMasked).toMatch(/^1101\*+\d{3}[\dX]$/);
    const id = DEMO_APPOINTMENTS[1].first17;
    const row = t.hall.store.sqlite.prepare("SELECT id_number FROM appointment WHERE code = '100002'").get() as { id_number: string };
    expect(row.id_number.startsWith(id)).toBe(true);
    expect((await t.host.queue.checkIn({ idNumber: row.id_number })).number).toBe('Y002');
    expect((await refusal(t.host.queue.checkIn({ code: DEMO_APPOINTMENTS[0].code }))).code).toBe('queue/already-checked-in');
    expect((await refusal(t.host.queue.checkIn({ code: 'NOPE99' }))).code).toBe('queue/appointment-not-found');
    expect((await refusal(t.host.queue.checkIn({}))).code).toBe('api/invalid-input');
  });

  it('puts a check-in into its booked queue with priority when the hall is set so', async () => {
    t.hall.store.sqlite.prepare("UPDATE hall_settings SET appointment_mode = 'priority'").run();
    expect(await t.host.queue.checkIn({ code: '100001' })).toMatchObject({ number: 'C001', priority: 'appointment' });
  });

  it('counts appointments not checked in as no-shows once their day is over', async () => {
    await t.host.queue.checkIn({ code: '100001' });
    const supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
    expect((await supervisor.queue.stats({ day: '2026-11-23' })).appointments).toEqual({ booked: 3, checkedIn: 1, noShows: 0 });
    t.clock.now = Date.UTC(2026, 10, 24, 1, 0);
    expect((await supervisor.queue.stats({ day: '2026-11-23' })).appointments).toEqual({ booked: 3, checkedIn: 1, noShows: 2 });
  });
});

describe('calling', () => {
  it('calls in taking order across the window’s queues, and only its queues', async () => {
    await take('C');
    await take('E');
    await take('A');
    const window2 = await atWindow('1001', 2); // serves A B C Y V
    expect((await window2.queue.waiting({})).map((x) => x.number)).toEqual(['C001', 'A001']);
    expect(await serve(window2)).toBe('C001');
    expect(await serve(window2)).toBe('A001');
    expect((await refusal(window2.queue.callNext({}))).code).toBe('queue/empty');
  });

  it('calls priority tickets first, at most two in a row while others wait', async () => {
    await take('A');
    await take('A');
    await take('A', { priority: 'military' });
    await take('A', { priority: 'elderly' });
    await take('A', { priority: 'green' });
    const window1 = await atWindow('1001', 1);
    expect((await window1.queue.waiting({})).map((x) => x.number)).toEqual(['A003', 'A004', 'A001', 'A005', 'A002']);
    const called = [];
    for (let i = 0; i < 5; i++) called.push(await serve(window1));
    expect(called).toEqual(['A003', 'A004', 'A001', 'A005', 'A002']);
  });

  it('refuses to call on while the called applicant has not been started or marked absent', async () => {
    await take('A');
    await take('A');
    const window1 = await atWindow('1001', 1);
    await window1.queue.callNext({});
    expect((await refusal(window1.queue.callNext({}))).code).toBe('queue/current-not-handled');
    await window1.queue.noShow({});
    expect((await window1.queue.callNext({})).number).toBe('A002');
    await window1.queue.start({});
    // Calling on while serving finishes the one being served.
    await take('A');
    expect((await window1.queue.callNext({})).number).toBe('A003');
    expect(count("SELECT count(*) AS n FROM ticket WHERE number = 'A002' AND status = 'done' AND finished_at IS NOT NULL")).toBe(1);
  });

  it('never gives the same ticket to two windows calling at the same instant', async () => {
    const a = await queueId('A');
    for (let i = 0; i < 30; i++) await t.host.queue.issueTicket({ queueId: a });
    const windows = [await atWindow('1001', 1), await atWindow('1002', 2), await atWindow('1003', 4)];
    const called: string[] = [];
    const refused: string[] = [];
    // Each round, the three windows call at once, then start and finish what they got.
    for (let round = 0; round < 12; round++) {
      const results = await Promise.allSettled(windows.map((w) => w.queue.callNext({})));
      for (const [i, r] of results.entries()) {
        if (r.status === 'fulfilled') {
          called.push(r.value.id);
          await windows[i]!.queue.start({});
          await windows[i]!.queue.finish({});
        } else refused.push((r.reason as { code: string }).code);
      }
    }
    expect(called).toHaveLength(30);
    expect(new Set(called).size).toBe(30);
    expect(refused).toEqual(Array(6).fill('queue/empty'));
  });

  it('calls a specific waiting number, but not one of another window’s queues', async () => {
    await take('A');
    await take('A');
    await take('E');
    const window1 = await atWindow('1001', 1);
    expect((await window1.queue.callNumber({ number: 'a002' })).number).toBe('A002');
    await window1.queue.noShow({});
    const error = await refusal(window1.queue.callNumber({ number: 'E001' }));
    expect([error.code, error.fields?.number]).toEqual(['queue/not-callable', '该号码不在本窗口等候队列中']);
  });

  it('announces calls and recalls to the board, and records who called', async () => {
    const ticket = await take('A');
    const events: Array<[string, any]> = [];
    t.hall.events.subscribe('board', (name, payload) => events.push([name, payload]));
    const window1 = await atWindow('1001', 1);
    await window1.queue.callNext({});
    await window1.queue.recall({});
    await window1.queue.recall({});
    const calls = events.filter(([name]) => name === 'queue.called').map(([, p]) => [p.number, p.windowName, p.recall]);
    expect(calls).toEqual([
      ['A001', '1号窗口', false],
      ['A001', '1号窗口', true],
      ['A001', '1号窗口', true],
    ]);
    expect((await window1.queue.current({}))?.recalls).toBe(2);
    const board = await t.as({ role: 'board', id: 'b', name: 'board' }).queue.board({});
    expect(board.calls.map((c) => c.number)).toEqual(['A001']);
    const who = t.hall.store.sqlite
      .prepare("SELECT s.job_number AS job FROM activity a JOIN staff s ON s.id = a.staff_id WHERE kind = 'queue.call' AND subject_id = ?")
      .get(ticket.id) as { job: string };
    expect(who.job).toBe('1001');
  });

  it('transfers to another queue keeping the number and the place, or to one window only', async () => {
    await take('A');
    await take('C');
    const window1 = await atWindow('1001', 1);
    const window3 = await atWindow('1002', 3); // serves C D Y V
    const moved = await window1.queue.callNext({});
    await window1.queue.start({});
    const transferred = await window1.queue.transfer({ queueId: await queueId('C') });
    expect(transferred).toMatchObject({ number: 'A001', status: 'waiting', queueName: '施工许可', takenAt: moved.takenAt });
    // Taken before C001, it is first in C.
    expect((await window3.queue.waiting({})).map((x) => x.number)).toEqual(['A001', 'C001']);
    await window3.queue.callNext({});
    await window3.queue.transfer({ windowId: await windowId(4) });
    expect((await window1.queue.waiting({})).map((x) => x.number)).toEqual([]);
    const window4 = await atWindow('1003', 4);
    expect((await window4.queue.callNext({})).number).toBe('A001');
  });
});

describe('the window’s state', () => {
  it('pauses with a reason, refuses calls while paused, resumes and closes', async () => {
    await take('A');
    const window1 = await atWindow('1001', 1);
    await window1.queue.pause({ reason: '系统维护' });
    const shown = (await t.host.hall.windows({})).find((w) => w.number === 1)!;
    expect(shown).toMatchObject({ state: 'paused', pauseReason: '系统维护' });
    expect((await refusal(window1.queue.callNext({}))).code).toBe('queue/window-paused');
    await window1.queue.resume({});
    await window1.queue.callNext({});
    expect((await refusal(window1.queue.pause({ reason: '午休' }))).code).toBe('queue/current-not-handled');
    await window1.queue.noShow({});
    await window1.queue.close({});
    expect((await refusal(window1.queue.callNext({}))).code).toBe('queue/window-closed');
    await window1.queue.open({});
    expect((await t.host.hall.windows({})).find((w) => w.number === 1)!.state).toBe('idle');
  });

  it('needs a window: a manager signed in without one cannot call', async () => {
    const supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
    expect((await refusal(supervisor.queue.callNext({}))).code).toBe('queue/no-window');
  });
});

describe('statistics', () => {
  it('match a scripted day', async () => {
    const window1 = await atWindow('1001', 1);
    const window2 = await atWindow('1002', 2);
    // 09:00 two A tickets and a B; waits of 10 and 20 minutes, services of 5 and 15; one no-show.
    t.clock.now = Date.UTC(2026, 10, 23, 1, 0);
    const a = await queueId('A');
    const b = await queueId('B');
    await t.host.queue.issueTicket({ queueId: a });
    await t.host.queue.issueTicket({ queueId: a });
    await t.host.queue.issueTicket({ queueId: b });
    t.clock.now = Date.UTC(2026, 10, 23, 1, 10);
    await window1.queue.callNext({}); // A001 after 10 min
    await window1.queue.start({});
    t.clock.now = Date.UTC(2026, 10, 23, 1, 15);
    await window1.queue.finish({});
    t.clock.now = Date.UTC(2026, 10, 23, 1, 20);
    await window2.queue.callNext({}); // A002 after 20 min
    await window2.queue.start({});
    t.clock.now = Date.UTC(2026, 10, 23, 1, 35);
    await window2.queue.finish({});
    t.clock.now = Date.UTC(2026, 10, 23, 1, 45);
    await window1.queue.callNext({}); // B001 after 45 min, absent
    await window1.queue.noShow({});
    const supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
    const stats = await supervisor.queue.stats({ day: '2026-11-23' });
    expect(stats.total).toMatchObject({ issued: 3, served: 2, noShows: 1, waitingNow: 0, waitsOver30: 1 });
    expect(stats.total.wait).toEqual({ count: 3, averageMinutes: 25, p90Minutes: 45 });
    expect(stats.total.service).toEqual({ count: 2, averageMinutes: 10, p90Minutes: 15 });
    expect(stats.noShowRate).toBeCloseTo(1 / 3, 3);
    expect(stats.byQueue.map((r) => [r.label, r.issued])).toEqual([
      ['A 立项用地规划', 2],
      ['B 工程建设许可', 1],
    ]);
    expect(stats.byWindow.find((r) => r.label === '1号窗口')).toMatchObject({ served: 1, noShows: 1 });
    expect(stats.byClerk.find((r) => r.label === '李强（1002）')).toMatchObject({ served: 1 });
    expect(stats.byHour.map((r) => r.label)).toEqual(['09时']);
    expect((await refusal(window1.queue.stats({ day: '2026-11-23' }))).code).toBe('api/forbidden-role');
  });
});
