import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallClient } from '../../../../shared/api/contract';
import { sampleSubmission } from '../../../../shared/features/intake/sample';
import { createTestHall, refusal, type TestHall } from '../../test-hall';

let t: TestHall;
let clerk: HallClient;
let pad: HallClient;
let supervisor: HallClient;
let windowId: string;
beforeEach(async () => {
  t = await createTestHall();
  clerk = t.as(t.hall.hostDevice, await t.signIn('1001', 1));
  supervisor = t.as(t.hall.hostDevice, await t.signIn('8001', null));
  pad = t.as({ role: 'pad', id: 'pad-1', name: '1号窗口评价器' });
  windowId = (await t.host.hall.windows({})).find((w) => w.number === 1)!.id;
});
afterEach(() => t.dispose());

const SECOND = 1000;
const count = (sql: string) => (t.hall.store.sqlite.prepare(sql).get() as { n: number }).n;
const serveOne = async () => {
  const queueId = (await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.id;
  await t.host.queue.issueTicket({ queueId });
  await clerk.queue.callNext({});
  await clerk.queue.start({});
  t.clock.advance(60 * SECOND);
  return clerk.queue.finish({});
};
/** A case taken in from a person, so its ratings are real-name. */
const personCase = async () => {
  const catalog = (await clerk.catalog.current({}))!;
  return clerk.intake.submit({
    ...sampleSubmission(catalog),
    applicant: { kind: 'person', name: '张伟', idType: 'resident', idNumber: '11010519491231002X', phone: '13812345678', agent: null },
  });
};

describe('a rating at the window', () => {
  it('is started by the clerk, shown on the window’s pad, and submitted only by the pad', async () => {
    const finished = await serveOne();
    const request = await clerk.rating.request({ step: 'reception', caseId: null });
    expect(request).toMatchObject({ windowId, step: 'reception', ratingNo: 1, clerk: { name: '王丽', jobNumber: '1001' }, timeoutSeconds: 60 });
    expect(await pad.rating.open({ windowId })).toEqual(request);
    // The clerk's screen can never choose a level.
    expect((await refusal(clerk.rating.submit({ requestId: request.id, level: 'verySatisfied', reasons: [], text: '' }))).code).toBe('rating/clerk-cannot-rate');
    const windowPc = t.as({ role: 'window', id: 'w-2', name: '2号窗口电脑' }, await t.signIn('1002', 2));
    expect((await refusal(windowPc.rating.submit({ requestId: request.id, level: 'verySatisfied', reasons: [], text: '' }))).code).toBe('api/forbidden-device');
    const record = await pad.rating.submit({ requestId: request.id, level: 'satisfied', reasons: [], text: '' });
    expect(record).toMatchObject({ level: 'satisfied', channel: 'pad', step: 'reception', ratingNo: 1, realName: false, deviceId: 'pad-1', caseNumber: null });
    expect(await pad.rating.open({ windowId })).toBeNull();
    expect(t.hall.store.sqlite.prepare('SELECT level FROM rating').get()).toEqual({ level: 'satisfied' });
    expect(finished.status).toBe('done');
  });

  it('rates the case taken in from the ticket just served, at the intake step, when the clerk names neither', async () => {
    const queueId = (await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.id;
    const ticket = await t.host.queue.issueTicket({ queueId });
    await clerk.queue.callNext({});
    await clerk.queue.start({});
    const catalog = (await clerk.catalog.current({}))!;
    const c = await clerk.intake.submit({ ...sampleSubmission(catalog), ticketId: ticket.id });
    await clerk.queue.finish({});
    const request = await clerk.rating.request({ step: null, caseId: null });
    expect(request).toMatchObject({ step: 'intake', caseNumber: c.number, matterNames: ['建筑工程施工许可证'], ticketNumber: ticket.number });
    await clerk.rating.cancel({});
    // Without a case, the ticket itself at reception.
    await serveOne();
    expect(await clerk.rating.request({ step: null, caseId: null })).toMatchObject({ step: 'reception', caseNumber: null });
  });

  it('stores the request before the pad sees it, and the level as text', async () => {
    await serveOne();
    const request = await clerk.rating.request({ step: 'reception', caseId: null });
    expect(count(`SELECT count(*) AS n FROM rating_request WHERE id = '${request.id}' AND ended_at IS NULL`)).toBe(1);
    await pad.rating.submit({ requestId: request.id, level: 'veryDissatisfied', reasons: ['attitude'], text: '' });
    expect(t.hall.store.sqlite.prepare('SELECT level, reasons FROM rating').get()).toEqual({ level: 'veryDissatisfied', reasons: '["attitude"]' });
  });

  it('refuses a bad rating without a reason or text, and keeps the request open for a proper one', async () => {
    await serveOne();
    const request = await clerk.rating.request({ step: 'reception', caseId: null });
    const error = await refusal(pad.rating.submit({ requestId: request.id, level: 'dissatisfied', reasons: [], text: '' }));
    expect(error.code).toBe('rating/reason-required');
    expect(error.fields).toEqual({ reasons: '请至少选择一项不满意的原因，或填写意见' });
    expect(count('SELECT count(*) AS n FROM rating')).toBe(0);
    await expect(pad.rating.submit({ requestId: request.id, level: 'dissatisfied', reasons: [], text: '等候太久' })).resolves.toMatchObject({ text: '等候太久' });
  });

  it('returns the same record when the pad repeats a submit whose answer was lost; refuses a different one', async () => {
    await serveOne();
    const request = await clerk.rating.request({ step: 'reception', caseId: null });
    const first = await pad.rating.submit({ requestId: request.id, level: 'satisfied', reasons: [], text: '' });
    expect(await pad.rating.submit({ requestId: request.id, level: 'satisfied', reasons: [], text: '' })).toEqual(first);
    expect((await refusal(pad.rating.submit({ requestId: request.id, level: 'basic', reasons: [], text: '' }))).code).toBe('rating/closed');
    expect(count('SELECT count(*) AS n FROM rating')).toBe(1);
  });

  it('allows one first rating per case and step, a second only as 追评', async () => {
    const c = await personCase();
    const first = await clerk.rating.request({ step: 'intake', caseId: c.id });
    await pad.rating.submit({ requestId: first.id, level: 'satisfied', reasons: [], text: '' });
    expect((await refusal(clerk.rating.request({ step: 'intake', caseId: c.id }))).code).toBe('rating/already-rated');
    const followUp = await clerk.rating.request({ step: 'intake', caseId: c.id, followUp: true });
    expect(followUp.ratingNo).toBe(2);
    await pad.rating.submit({ requestId: followUp.id, level: 'verySatisfied', reasons: [], text: '' });
    expect((await refusal(clerk.rating.request({ step: 'intake', caseId: c.id, followUp: true }))).code).toBe('rating/already-rated');
    // Another step of the same case is rated on its own.
    await expect(clerk.rating.request({ step: 'pickup', caseId: c.id })).resolves.toMatchObject({ ratingNo: 1 });
    await clerk.rating.cancel({});
    const other = await personCase();
    expect((await refusal(clerk.rating.request({ step: 'intake', caseId: other.id, followUp: true }))).code).toBe('rating/no-first-rating');
  });

  it('records “not rated” on a time-out, and lets a later request be the first rating', async () => {
    const c = await personCase();
    const request = await clerk.rating.request({ step: 'intake', caseId: c.id });
    expect(await pad.rating.notRated({ requestId: request.id, reason: 'timeout' })).toMatchObject({ level: null, notRatedReason: 'timeout' });
    expect(await pad.rating.notRated({ requestId: request.id, reason: 'timeout' })).toMatchObject({ notRatedReason: 'timeout' });
    const again = await clerk.rating.request({ step: 'intake', caseId: c.id });
    await expect(pad.rating.submit({ requestId: again.id, level: 'basic', reasons: [], text: '' })).resolves.toMatchObject({ ratingNo: 1 });
  });

  it('closes a request whose pad went away as interrupted, once past its time-out', async () => {
    await serveOne();
    const request = await clerk.rating.request({ step: 'reception', caseId: null });
    t.clock.advance(65 * SECOND);
    expect(t.hall.sweepRatings()).toBe(0);
    t.clock.advance(10 * SECOND);
    expect(t.hall.sweepRatings()).toBe(1);
    expect(t.hall.store.sqlite.prepare('SELECT level, not_rated_reason AS reason FROM rating').all()).toEqual([{ level: null, reason: 'interrupted' }]);
    expect((await refusal(pad.rating.submit({ requestId: request.id, level: 'satisfied', reasons: [], text: '' }))).code).toBe('rating/closed');
  });

  it('has one open request per window, and nothing to rate before anyone was served', async () => {
    expect((await refusal(clerk.rating.request({ step: 'reception', caseId: null }))).code).toBe('rating/no-service');
    await serveOne();
    await clerk.rating.request({ step: 'reception', caseId: null });
    expect((await refusal(clerk.rating.request({ step: 'reception', caseId: null }))).code).toBe('rating/request-open');
    await clerk.rating.cancel({});
    expect(t.hall.store.sqlite.prepare('SELECT not_rated_reason AS reason FROM rating').get()).toEqual({ reason: 'cancelled' });
  });
});

describe('what the supervisor sees', () => {
  it('opens a follow-up item for a real-name bad rating, with working-day deadlines, overdue when missed', async () => {
    const c = await personCase(); // Monday 2026-11-23
    const request = await clerk.rating.request({ step: 'intake', caseId: c.id });
    const record = await pad.rating.submit({ requestId: request.id, level: 'veryDissatisfied', reasons: ['efficiency', 'attitude'], text: '材料说明不清' });
    expect(record).toMatchObject({ realName: true, raterMasked: '张*（1101**********002X）', caseNumber: c.number, matterNames: ['建筑工程施工许可证'], departments: ['住建'] });
    const [item] = await supervisor.rating.followUps({});
    expect(item).toMatchObject({ followUpDue: '2026-11-24', rectifyDue: '2026-12-14', overdue: false, rating: { id: record.id } });
    t.clock.advance(2 * 24 * 3_600_000);
    expect((await supervisor.rating.followUps({}))[0]!.overdue).toBe(true);
    const done = await supervisor.rating.recordFollowUp({
      id: item!.id,
      verdict: 'partlyTrue',
      measure: '一次性告知材料清单',
      feedback: '已向申请人说明',
      followUpResult: '申请人表示理解',
      appeal: '',
      close: true,
    });
    expect(done).toMatchObject({ verdict: 'partlyTrue', overdue: false });
    expect(done.closedAt).not.toBeNull();
    expect(await supervisor.rating.followUps({})).toEqual([]);
    expect((await refusal(clerk.rating.followUps({}))).code).toBe('api/forbidden-role');
  });

  it('does not open a follow-up for an anonymous bad rating', async () => {
    await serveOne();
    const request = await clerk.rating.request({ step: 'reception', caseId: null });
    await pad.rating.submit({ requestId: request.id, level: 'dissatisfied', reasons: ['efficiency'], text: '' });
    expect(await supervisor.rating.followUps({})).toEqual([]);
  });

  it('flags top ratings seconds apart and a rating while the window is paused', async () => {
    const rate = async (level: 'verySatisfied' | 'satisfied') => {
      const request = await clerk.rating.request({ step: 'intake', caseId: (await personCase()).id });
      return pad.rating.submit({ requestId: request.id, level, reasons: [], text: '' });
    };
    expect((await rate('verySatisfied')).anomalies).toEqual([]);
    t.clock.advance(20 * SECOND);
    expect((await rate('verySatisfied')).anomalies).toEqual([]);
    t.clock.advance(5 * SECOND);
    expect((await rate('verySatisfied')).anomalies).toEqual(['burst']);
    t.clock.advance(5 * SECOND);
    expect((await rate('satisfied')).anomalies).toEqual([]);
    const request = await clerk.rating.request({ step: 'intake', caseId: (await personCase()).id });
    await clerk.queue.pause({ reason: '临时离开' });
    expect((await pad.rating.submit({ requestId: request.id, level: 'satisfied', reasons: [], text: '' })).anomalies).toEqual(['whilePaused']);
    const summary = await supervisor.rating.summary({ from: '2026-11-23', to: '2026-11-23' });
    expect(summary.anomalies.map((r) => r.anomalies)).toEqual([['burst'], ['whilePaused']]);
  });

  it('sums satisfaction and the rating rate by window, clerk, matter and day, and exports both numeric codes', async () => {
    await serveOne();
    const a = await clerk.rating.request({ step: 'reception', caseId: null });
    await pad.rating.submit({ requestId: a.id, level: 'verySatisfied', reasons: [], text: '' });
    await serveOne();
    const b = await clerk.rating.request({ step: 'reception', caseId: null });
    await pad.rating.notRated({ requestId: b.id, reason: 'declined' });
    const summary = await supervisor.rating.summary({ from: '2026-11-23', to: '2026-11-23' });
    expect(summary.total).toMatchObject({ served: 2, rated: 1, notRated: 1, good: 1, ratingRate: 0.5, satisfaction: 1 });
    expect(summary.byWindow).toMatchObject([{ label: '1号窗口', served: 2, rated: 1 }]);
    expect(summary.byClerk).toMatchObject([{ label: '王丽（1001）', served: 2, rated: 1, ratingRate: 0.5 }]);
    expect(summary.byDay).toMatchObject([{ key: '2026-11-23', served: 2, rated: 1 }]);
    const exported = await supervisor.rating.export({ from: '2026-11-23', to: '2026-11-23' });
    expect(exported.map((r) => [r.level, r.codeGbt39046, r.codeProvincial])).toEqual([
      ['verySatisfied', 1, 5],
      [null, null, null],
    ]);
  });
});
