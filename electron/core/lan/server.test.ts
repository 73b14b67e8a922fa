import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PIN } from '../demo/seed';
import { createTestHall, type TestHall } from '../test-hall';
import { isAllowedHost, isLoopback, startLanServer, type LanServer } from './server';

let t: TestHall;
let lan: LanServer;
let base: string;
let rendererDir: string;

beforeEach(async () => {
  t = await createTestHall();
  rendererDir = mkdtempSync(join(tmpdir(), 'onewindow-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>OneWindow</title>');
  // Every caller counts as a LAN device here, as a kiosk or tablet on the hall network would.
  lan = await startLanServer(t.hall, { port: 0, host: '127.0.0.1', rendererDir, isHostAddress: () => false });
  base = `http://127.0.0.1:${lan.port}`;
});

afterEach(async () => {
  await lan.close();
  t.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

async function post(method: string, input: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; value?: any; error?: { code: string } } };
}

/** The supervisor on the host's admin page. */
async function supervisor() {
  return t.as(t.hall.hostDevice, await t.signIn('8001', null));
}

async function pair(role: 'kiosk' | 'board' | 'window' | 'pad', name = `test ${role}`) {
  const { code } = await (await supervisor()).devices.pairingCode({});
  const result = await post('devices.pair', { code, role, name });
  expect(result.body.ok).toBe(true);
  return result.body.value.token as string;
}

function openEvents(token: string | null): Promise<{ ws: WebSocket; messages: Array<{ event: string; payload: any }> }> {
  const url = `ws://127.0.0.1:${lan.port}/api/events${token ? `?token=${token}` : ''}`;
  const ws = new WebSocket(url);
  const messages: Array<{ event: string; payload: any }> = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages }));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('LAN pairing', () => {
  it('refuses an unpaired device everything but whoami, status and pair', async () => {
    expect((await post('devices.whoami', {})).body.value).toMatchObject({ needsPairing: true });
    expect((await post('hall.status', {})).body.ok).toBe(true);
    const refused = await post('queue.queues', {});
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe('api/not-paired');
  });

  it('pairs with the host’s code once, and the token then works for the role’s methods only', async () => {
    const { code } = await (await supervisor()).devices.pairingCode({});
    const paired = await post('devices.pair', { code, role: 'kiosk', name: '东侧取号机' });
    expect(paired.body.value.device).toMatchObject({ role: 'kiosk', name: '东侧取号机', revoked: false });
    const auth = { Authorization: `Bearer ${paired.body.value.token}` };
    expect((await post('devices.whoami', {}, auth)).body.value).toMatchObject({ role: 'kiosk', needsPairing: false });
    const queues = (await post('queue.queues', {}, auth)).body.value as Array<{ id: string }>;
    expect((await post('queue.issueTicket', { queueId: queues[0]!.id }, auth)).body.value.number).toBe('A001');
    const forbidden = await post('staff.signIn', { jobNumber: '1001', pin: DEMO_PIN, windowId: null }, auth);
    expect([forbidden.status, forbidden.body.error?.code]).toEqual([403, 'api/forbidden-device']);
    // The code was used up.
    const again = await post('devices.pair', { code, role: 'kiosk', name: '第二台' });
    expect(again.body.error?.code).toBe('devices/bad-code');
  });

  it('replaces the code after a few wrong guesses', async () => {
    const { code } = await (await supervisor()).devices.pairingCode({});
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) expect((await post('devices.pair', { code: wrong, role: 'board', name: 'x' })).body.error?.code).toBe('devices/bad-code');
    expect((await post('devices.pair', { code, role: 'board', name: 'x' })).body.error?.code).toBe('devices/bad-code');
    expect((await (await supervisor()).devices.pairingCode({})).code).not.toBe(code);
  });

  it('stops a revoked device at once, over HTTP and WebSocket', async () => {
    const token = await pair('board');
    const manager = await supervisor();
    const devices = await manager.devices.list({});
    await manager.devices.revoke({ deviceId: devices[0]!.id });
    expect((await post('queue.board', {}, { Authorization: `Bearer ${token}` })).body.error?.code).toBe('api/not-paired');
    await expect(openEvents(token)).rejects.toThrow('HTTP 401');
  });

  it('lets a paired window PC sign a clerk in and call, attributed to that device', async () => {
    const auth = { Authorization: `Bearer ${await pair('window', '3号窗口电脑')}` };
    const windows = (await post('hall.windows', {}, auth)).body.value as Array<{ id: string; number: number }>;
    const signIn = await post('staff.signIn', { jobNumber: '1002', pin: DEMO_PIN, windowId: windows.find((w) => w.number === 1)!.id }, auth);
    const session = { ...auth, 'X-Hall-Session': signIn.body.value.token as string };
    await t.host.queue.issueTicket({ queueId: (await t.host.queue.queues({}))[0]!.id });
    const called = await post('queue.callNext', {}, session);
    expect(called.body.value.number).toBe('A001');
    const row = t.hall.store.sqlite
      .prepare("SELECT p.name FROM activity a JOIN paired_device p ON p.id = a.device_id WHERE a.kind = 'queue.call'")
      .get() as { name: string };
    expect(row.name).toBe('3号窗口电脑');
  });
});

describe('the host as the queue’s authority over HTTP', () => {
  it('gives every ticket to exactly one of many windows calling at once', async () => {
    const queueA = (await t.host.queue.queues({})).find((q) => q.prefix === 'A')!.id;
    for (let i = 0; i < 40; i++) await t.host.queue.issueTicket({ queueId: queueA });
    // Three paired window PCs at the windows that serve queue A (1, 2 and 4).
    const seats: Array<Record<string, string>> = [];
    for (const [job, number] of [['1001', 1], ['1002', 2], ['1003', 4]] as const) {
      const auth = { Authorization: `Bearer ${await pair('window', `${number}号窗口电脑`)}` };
      const windows = (await post('hall.windows', {}, auth)).body.value as Array<{ id: string; number: number }>;
      const signIn = await post('staff.signIn', { jobNumber: job, pin: DEMO_PIN, windowId: windows.find((w) => w.number === number)!.id }, auth);
      seats.push({ ...auth, 'X-Hall-Session': signIn.body.value.token as string });
    }
    const called: string[] = [];
    let empties = 0;
    // Every window calls as fast as it can; each call is settled by starting the ticket (the next call finishes it).
    await Promise.all(
      seats.map(async (seat) => {
        for (;;) {
          const result = await post('queue.callNext', {}, seat);
          if (!result.body.ok) {
            expect(result.body.error?.code).toBe('queue/empty');
            empties += 1;
            return;
          }
          called.push(result.body.value.id as string);
          expect((await post('queue.start', {}, seat)).body.ok).toBe(true);
        }
      }),
    );
    expect(called).toHaveLength(40);
    expect(new Set(called).size).toBe(40);
    expect(empties).toBe(3);
  });
});

describe('LAN events', () => {
  it('refuses a WebSocket without a paired token', async () => {
    await expect(openEvents(null)).rejects.toThrow('HTTP 401');
  });

  it('pushes calls to a paired board as they happen', async () => {
    const { ws, messages } = await openEvents(await pair('board'));
    try {
      await t.host.queue.issueTicket({ queueId: (await t.host.queue.queues({}))[0]!.id });
      await t.as(t.hall.hostDevice, await t.signIn('1001', 1)).queue.callNext({});
      await expect.poll(() => messages.map((m) => m.event)).toContain('queue.called');
      expect(messages.find((m) => m.event === 'queue.called')!.payload).toMatchObject({ number: 'A001', windowName: '1号窗口' });
    } finally {
      ws.close();
    }
  });
});

describe('HTTP hygiene', () => {
  it('serves pages with a strict CSP and refuses foreign Host names', async () => {
    const page = await fetch(`${base}/kiosk`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('OneWindow');
    expect(isAllowedHost('evil.example:4780', 'hallhost')).toBe(false);
    expect(isAllowedHost('192.168.1.20:4780', 'hallhost')).toBe(true);
    expect(isAllowedHost('HallHost:4780', 'hallhost')).toBe(true);
    expect(isAllowedHost('[::1]:4780', 'hallhost')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('192.168.1.2')).toBe(false);
  });

  it('refuses oversized bodies and still answers', async () => {
    const big = JSON.stringify({ queueId: 'x'.repeat(300 * 1024) });
    const response = await fetch(`${base}/api/queue.issueTicket`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/larger than/);
  });
});
