import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, removeDataDir, startHall, type RunningHall } from '../support/hall-process';

/**
 * A power cut between a rating request and its result (DOMAIN §6): the host is killed with SIGKILL and
 * restarted on the same data. Afterwards each request has exactly one record: the rating, or “not rated”.
 */

let hall: RunningHall;
let dataDir: string;
let clerk: Record<string, string>;
let supervisor: Record<string, string>;
let windowId: string;
let day: string;

async function value<T>(method: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const { status, body } = await callApi<T>(hall.url, method, input, headers);
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  return body.value;
}

async function signIn(jobNumber: string, window: string | null): Promise<Record<string, string>> {
  const { token } = await value<{ token: string }>('staff.signIn', { jobNumber, pin: '123456', windowId: window });
  return { 'X-Hall-Session': token };
}

/** Serves one applicant at window 1 and starts a rating of it; returns the request id. */
async function serveAndRequest(): Promise<string> {
  const queues = await value<Array<{ id: string; prefix: string }>>('queue.queues', {});
  await value('queue.issueTicket', { queueId: queues.find((q) => q.prefix === 'A')!.id });
  await value('queue.callNext', {}, clerk);
  await value('queue.start', {}, clerk);
  await value('queue.finish', {}, clerk);
  return (await value<{ id: string }>('rating.request', { step: 'reception', caseId: null }, clerk)).id;
}

async function crashAndRestart(): Promise<void> {
  await hall.stop('SIGKILL');
  hall = await startHall({ dataDir, demo: true });
}

async function recordsOf(requestId: string) {
  const all = await value<Array<{ requestId: string; level: string | null; notRatedReason: string | null }>>('rating.export', { from: day, to: day }, supervisor);
  return all.filter((r) => r.requestId === requestId);
}

beforeAll(async () => {
  hall = await startHall({ demo: true });
  dataDir = hall.dataDir;
  day = (await value<{ serviceDay: string }>('hall.status', {})).serviceDay;
  const windows = await value<Array<{ id: string; number: number }>>('hall.windows', {});
  windowId = windows.find((w) => w.number === 1)!.id;
  clerk = await signIn('1001', windowId);
  supervisor = await signIn('8001', null);
  // A short pad time-out keeps the wait for an abandoned request short.
  const admin = await signIn('9001', null);
  const settings = await value<Record<string, unknown>>('hall.settings', {}, admin);
  await value('hall.saveSettings', { ...settings, ratingTimeoutSeconds: 5 }, admin);
}, 120_000);

afterAll(async () => {
  await hall?.stop();
  removeDataDir(dataDir);
});

describe('a host killed between a rating request and its result', () => {
  it('still shows the request on the pad after the restart, and stores exactly the one rating', async () => {
    const requestId = await serveAndRequest();
    await crashAndRestart();
    // The pad (a loopback page without a staff session) asks what to show, and the applicant rates.
    expect(await value<{ id: string } | null>('rating.open', { windowId })).toMatchObject({ id: requestId });
    await value('rating.submit', { requestId, level: 'satisfied', reasons: [], text: '' });
    expect(await recordsOf(requestId)).toMatchObject([{ level: 'satisfied', notRatedReason: null }]);
  }, 120_000);

  it('keeps exactly one rating when the host dies as the result arrives and the pad sends it again', async () => {
    const requestId = await serveAndRequest();
    const submit = { requestId, level: 'verySatisfied', reasons: [], text: '' };
    const inFlight = callApi(hall.url, 'rating.submit', submit).catch(() => null);
    await crashAndRestart();
    await inFlight;
    await value('rating.submit', submit);
    await value('rating.submit', submit);
    expect(await recordsOf(requestId)).toMatchObject([{ level: 'verySatisfied' }]);
  }, 120_000);

  it('records exactly one “not rated” when nobody comes back to the request', async () => {
    const requestId = await serveAndRequest();
    await crashAndRestart();
    // Time-out (5 s) and grace (10 s) after the request, the host closes it as interrupted.
    const until = Date.now() + 40_000;
    let records = await recordsOf(requestId);
    while (records.length === 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      records = await recordsOf(requestId);
    }
    expect(records).toMatchObject([{ level: null, notRatedReason: 'interrupted' }]);
    expect(await value('rating.open', { windowId })).toBeNull();
    const late = await callApi(hall.url, 'rating.submit', { requestId, level: 'satisfied', reasons: [], text: '' });
    expect(late.body).toMatchObject({ ok: false, error: { code: 'rating/closed' } });
    expect(await recordsOf(requestId)).toHaveLength(1);
  }, 120_000);
});
