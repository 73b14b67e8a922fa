import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
beforeEach(async () => {
  t = await createTestHall();
});
afterEach(() => t.dispose());

const queueId = async (prefix: string) => (await t.host.queue.queues({})).find((q) => q.prefix === prefix)!.id;

describe('issuing tickets', () => {
  it('numbers tickets per queue per day, says how many wait ahead, and counts them as waiting', async () => {
    const a = await queueId('A');
    const b = await queueId('B');
    const first = await t.host.queue.issueTicket({ queueId: a });
    t.clock.advance(1000);
    const second = await t.host.queue.issueTicket({ queueId: a });
    const other = await t.host.queue.issueTicket({ queueId: b });
    expect([first.number, second.number, other.number]).toEqual(['A001', 'A002', 'B001']);
    expect([first.ahead, second.ahead, other.ahead]).toEqual([0, 1, 0]);
    expect(first).toMatchObject({ hallName: '云溪县政务服务中心', queueName: '立项用地规划', status: 'waiting', serviceDay: '2026-11-23' });
    const queues = await t.host.queue.queues({});
    expect(queues.find((q) => q.prefix === 'A')!.waiting).toBe(2);
  });

  it('starts again at 001 on the next hall day (in the hall’s time zone, not UTC)', async () => {
    const a = await queueId('A');
    await t.host.queue.issueTicket({ queueId: a });
    // 23:59 hall time is still the same day; 00:01 the next.
    t.clock.now = Date.UTC(2026, 10, 23, 15, 59);
    expect((await t.host.queue.issueTicket({ queueId: a })).number).toBe('A002');
    t.clock.now = Date.UTC(2026, 10, 23, 16, 1);
    const next = await t.host.queue.issueTicket({ queueId: a });
    expect(next).toMatchObject({ number: 'A001', serviceDay: '2026-11-24' });
  });

  it('gives many kiosks issuing at the same instant distinct consecutive numbers', async () => {
    const a = await queueId('A');
    const kiosks = Array.from({ length: 5 }, (_, i) => t.as({ role: 'kiosk', id: `kiosk-${i}`, name: `k${i}` }));
    const tickets = await Promise.all(Array.from({ length: 60 }, (_, i) => kiosks[i % 5]!.queue.issueTicket({ queueId: a })));
    const numbers = tickets.map((x) => x.number).sort();
    expect(new Set(numbers).size).toBe(60);
    expect(numbers[0]).toBe('A001');
    expect(numbers[59]).toBe('A060');
  });

  it('refuses an unknown queue and writes nothing', async () => {
    const error = await refusal(t.host.queue.issueTicket({ queueId: '01930000-0000-7000-8000-000000000000' }));
    expect(error.code).toBe('queue/not-found');
    expect((t.hall.store.sqlite.prepare('SELECT count(*) AS n FROM ticket').get() as { n: number }).n).toBe(0);
  });
});

describe('calling', () => {
  it('calls in taking order across the window’s queues, and only its queues', async () => {
    const [a, c, e] = [await queueId('A'), await queueId('C'), await queueId('E')];
    await t.host.queue.issueTicket({ queueId: c });
    t.clock.advance(1000);
    await t.host.queue.issueTicket({ queueId: e });
    t.clock.advance(1000);
    await t.host.queue.issueTicket({ queueId: a });
    const window2 = t.as(t.hall.hostDevice, await t.signIn('1001', 2)); // serves A B C Y V
    expect((await window2.queue.waiting({})).map((x) => x.number)).toEqual(['C001', 'A001']);
    expect((await window2.queue.callNext({})).number).toBe('C001');
    expect((await window2.queue.callNext({})).number).toBe('A001');
    expect((await refusal(window2.queue.callNext({}))).code).toBe('queue/empty');
    expect((await window2.queue.current({}))?.number).toBe('A001');
  });

  it('never gives the same ticket to two windows calling at the same instant', async () => {
    const a = await queueId('A');
    for (let i = 0; i < 30; i++) await t.host.queue.issueTicket({ queueId: a });
    const windows = [
      t.as(t.hall.hostDevice, await t.signIn('1001', 1)),
      t.as(t.hall.hostDevice, await t.signIn('1002', 2)),
      t.as(t.hall.hostDevice, await t.signIn('1003', 4)),
    ];
    const calls = await Promise.allSettled(Array.from({ length: 36 }, (_, i) => windows[i % 3]!.queue.callNext({})));
    const called = calls.filter((c) => c.status === 'fulfilled').map((c) => (c as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(called).toHaveLength(30);
    expect(new Set(called).size).toBe(30);
    const refused = calls.filter((c) => c.status === 'rejected').map((c) => (c as PromiseRejectedResult).reason.code);
    expect(refused).toEqual(Array(6).fill('queue/empty'));
  });

  it('announces each call to the board as an event and records who called', async () => {
    const a = await queueId('A');
    await t.host.queue.issueTicket({ queueId: a });
    const events: Array<[string, unknown]> = [];
    t.hall.events.subscribe('board', (name, payload) => events.push([name, payload]));
    const window1 = t.as(t.hall.hostDevice, await t.signIn('1001', 1));
    const ticket = await window1.queue.callNext({});
    expect(events.find(([name]) => name === 'queue.called')?.[1]).toMatchObject({
      number: 'A001',
      windowNumber: 1,
      windowName: '1号窗口',
      recall: false,
    });
    const board = await t.as({ role: 'board', id: 'b', name: 'board' }).queue.board({});
    expect(board.calls.map((c) => c.number)).toEqual(['A001']);
    const activity = t.hall.store.sqlite
      .prepare("SELECT a.staff_id, a.window_id, s.job_number FROM activity a JOIN staff s ON s.id = a.staff_id WHERE kind = 'queue.call' AND subject_id = ?")
      .get(ticket.id) as { job_number: string; window_id: string };
    expect(activity.job_number).toBe('1001');
    expect(activity.window_id).toBe(ticket.windowId);
  });

  it('needs a window: a manager signed in without one cannot call', async () => {
    const supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
    expect((await refusal(supervisor.queue.callNext({}))).code).toBe('queue/no-window');
  });
});
