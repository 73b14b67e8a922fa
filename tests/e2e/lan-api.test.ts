import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { hallContract } from '../../shared/api/contract';
import { listEvents, listMethods } from '../../shared/api/define';
import { callApi, removeDataDir, startHall, type RunningHall } from '../support/hall-process';
import type { QueueInfo, Ticket } from '../../shared/features/queue/contract';

/** The LAN API as a plain HTTP client sees it (another vendor's kiosk, a script), against the demo hall. */

interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}
type Body<T> = { ok: true; value: T } | { ok: false; error: ApiError };
interface HallWindow {
  id: string;
  name: string;
  number: number;
}

let hall: RunningHall | undefined;
const sockets: WebSocket[] = [];

async function post(method: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: Body<unknown> }> {
  const response = await fetch(`${hall!.url}/api/${method}`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Body<unknown> };
}

async function value<T>(method: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const { status, body } = await callApi<T>(hall!.url, method, input, headers);
  if (!body.ok) throw new Error(`${method} → HTTP ${status} ${JSON.stringify(body.error)}`);
  expect(status).toBe(200);
  return body.value;
}

function errorOf(body: Body<unknown>): ApiError {
  if (body.ok) throw new Error(`expected a refusal, got ${JSON.stringify(body.value)}`);
  return body.error;
}

async function queue(prefix: string): Promise<QueueInfo> {
  const found = (await value<QueueInfo[]>('queue.queues', {})).find((q) => q.prefix === prefix);
  if (!found) throw new Error(`no queue ${prefix}`);
  return found;
}

async function window(name: string): Promise<HallWindow> {
  const found = (await value<HallWindow[]>('hall.windows', {})).find((w) => w.name === name);
  if (!found) throw new Error(`no window ${name}`);
  return found;
}

async function signIn(jobNumber: string, windowName: string | null): Promise<string> {
  const windowId = windowName ? (await window(windowName)).id : null;
  return (await value<{ token: string }>('staff.signIn', { jobNumber, pin: '123456', windowId })).token;
}

/** A raw request with a Host header of our choosing (fetch does not let a caller set Host). */
function rawGet(path: string, host: string): Promise<{ status: number; body: string }> {
  const url = new URL(hall!.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET', headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

/** Opens the event socket and collects every message it gets. */
async function openEvents(headers: Record<string, string> = {}): Promise<{ ws: WebSocket; messages: Array<{ event: string; payload: unknown }> }> {
  const ws = new WebSocket(hall!.url.replace('http', 'ws') + '/api/events', { headers });
  sockets.push(ws);
  const messages: Array<{ event: string; payload: unknown }> = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data)) as { event: string; payload: unknown }));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('WebSocket did not open')), 10_000);
    ws.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return { ws, messages };
}

beforeAll(async () => {
  hall = await startHall({ demo: true });
});

afterAll(async () => {
  for (const ws of sockets) ws.terminate();
  await hall?.stop();
  if (hall) removeDataDir(hall.dataDir);
});

describe('the LAN API', () => {
  it('GET /api describes every method and event of the contract with JSON Schemas', async () => {
    const response = await fetch(`${hall!.url}/api`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const described = (await response.json()) as {
      methods: Array<{ name: string; devices: string[]; input: Record<string, unknown>; output: Record<string, unknown> }>;
      events: Array<{ name: string; payload: Record<string, unknown> }>;
    };

    const expected = listMethods(hallContract).map(([name]) => name);
    expect(expected.length).toBeGreaterThan(10);
    expect(described.methods.map((m) => m.name)).toEqual(expected);
    expect(described.events.map((e) => e.name)).toEqual(listEvents(hallContract).map(([name]) => name));

    for (const m of described.methods) {
      expect(m.input, `${m.name} input`).toMatchObject({ $schema: expect.stringContaining('json-schema.org') as unknown });
      expect(m.output, `${m.name} output`).toMatchObject({ $schema: expect.stringContaining('json-schema.org') as unknown });
      // Every input is an object schema; an output may be anything but must say what it is.
      expect(m.input.type, `${m.name} input type`).toBe('object');
      expect(m.output.type ?? m.output.anyOf ?? m.output.oneOf, `${m.name} output type`).toBeDefined();
      expect(m.devices.length, `${m.name} devices`).toBeGreaterThan(0);
    }
    // Spot-check that a schema says something real: issueTicket needs a uuid queueId.
    const issue = described.methods.find((m) => m.name === 'queue.issueTicket')!;
    expect(issue.input).toMatchObject({ required: ['queueId'], properties: { queueId: { type: 'string', format: 'uuid' } } });
  });

  it('refuses an unknown method with 404 api/unknown-method', async () => {
    for (const name of ['queue.noSuchMethod', 'nothing', 'hall.', '.status', 'queue.issueTicket.extra']) {
      const { status, body } = await callApi(hall!.url, name, {});
      expect(status, name).toBe(404);
      expect(errorOf(body).code, name).toBe('api/unknown-method');
    }
  });

  it('refuses a body that is not JSON, and a wrong Content-Type, with 400 api/invalid-input', async () => {
    const notJson = await post('queue.queues', '{"queueId": ', { 'Content-Type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(errorOf(notJson.body).code).toBe('api/invalid-input');

    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const wrongType = await post('queue.queues', '{}', { 'Content-Type': type });
      expect(wrongType.status, type).toBe(400);
      expect(errorOf(wrongType.body).code, type).toBe('api/invalid-input');
    }

    const get = await fetch(`${hall!.url}/api/queue.queues`);
    expect(get.status).toBe(405);
  });

  it('refuses a staff method without a sign-in (401), and a bad session token the same way', async () => {
    const attempts: Array<Record<string, string>> = [{}, { 'X-Hall-Session': 'not-a-real-session-token' }];
    for (const headers of attempts) {
      const { status, body } = await callApi(hall!.url, 'queue.callNext', {}, headers);
      expect(status).toBe(401);
      expect(errorOf(body).code).toBe('api/not-signed-in');
    }
  });

  it('refuses a wrong PIN and an unknown job number alike with staff/bad-credentials', async () => {
    const w = await window('3号窗口');
    for (const input of [
      { jobNumber: '1003', pin: '654321', windowId: w.id },
      { jobNumber: '7777', pin: '123456', windowId: w.id },
    ]) {
      const { status, body } = await callApi(hall!.url, 'staff.signIn', input);
      expect(status).toBe(409);
      expect(errorOf(body).code).toBe('staff/bad-credentials');
    }
  });

  it('refuses an invalid queue id with 400 and the field that is wrong', async () => {
    for (const input of [{ queueId: 'not-a-uuid' }, { queueId: 42 }, {}]) {
      const { status, body } = await callApi(hall!.url, 'queue.issueTicket', input);
      expect(status, JSON.stringify(input)).toBe(400);
      const error = errorOf(body);
      expect(error.code).toBe('api/invalid-input');
      expect(Object.keys(error.fields ?? {})).toEqual(['queueId']);
    }
    // A well-formed id of no queue is a different refusal.
    const { body } = await callApi(hall!.url, 'queue.issueTicket', { queueId: '01900000-0000-7000-8000-000000000000' });
    expect(errorOf(body).code).toBe('queue/not-found');
  });

  it('signs in, calls with the session token, and a WebSocket client hears queue.called', async () => {
    const { messages } = await openEvents();
    const a = await queue('A');
    const ticket = await value<Ticket>('queue.issueTicket', { queueId: a.id });
    expect(ticket.number).toMatch(/^A\d{3}$/);

    const token = await signIn('1001', '2号窗口');
    const session = { 'X-Hall-Session': token };
    expect(await value<{ staff: { jobNumber: string }; window: { name: string } }>('staff.me', {}, session)).toMatchObject({
      staff: { jobNumber: '1001' },
      window: { name: '2号窗口' },
    });
    const called = await value<Ticket>('queue.callNext', {}, session);
    expect(called).toMatchObject({ id: ticket.id, number: ticket.number, status: 'called' });
    expect(await value<Ticket | null>('queue.current', {}, session)).toMatchObject({ id: ticket.id });

    await expect
      .poll(() => messages.find((m) => m.event === 'queue.called'), { timeout: 10_000 })
      .toMatchObject({ event: 'queue.called', payload: { ticketId: ticket.id, number: ticket.number, windowNumber: 2, windowName: '2号窗口', recall: false } });
    // The ticket being taken was announced too, with the new waiting counts.
    expect(messages.find((m) => m.event === 'queue.changed')).toBeDefined();

    // The called applicant must be started (or marked absent) before calling on.
    const unhandled = await callApi(hall!.url, 'queue.callNext', {}, session);
    expect(errorOf(unhandled.body).code).toBe('queue/current-not-handled');
    expect(await value<Ticket>('queue.start', {}, session)).toMatchObject({ id: ticket.id, status: 'serving' });

    // Nobody else is waiting in 2号窗口's queues now.
    const empty = await callApi(hall!.url, 'queue.callNext', {}, session);
    expect(empty.status).toBe(409);
    expect(errorOf(empty.body).code).toBe('queue/empty');

    // A clerk may not do a manager's job.
    const forbidden = await callApi(hall!.url, 'staff.list', {}, session);
    expect(forbidden.status).toBe(403);
    expect(errorOf(forbidden.body).code).toBe('api/forbidden-role');

    // After sign-out the token no longer works.
    await value('staff.signOut', {}, session);
    const after = await callApi(hall!.url, 'queue.callNext', {}, session);
    expect(after.status).toBe(401);
  });

  it('gives 20 concurrent issueTicket calls on one queue 20 distinct, consecutive numbers', async () => {
    const e = await queue('E');
    const before = await value<Ticket>('queue.issueTicket', { queueId: e.id });
    const first = Number(before.number.slice(1));

    const results = await Promise.all(Array.from({ length: 20 }, () => callApi<Ticket>(hall!.url, 'queue.issueTicket', { queueId: e.id })));
    const numbers = results.map(({ status, body }) => {
      expect(status).toBe(200);
      if (!body.ok) throw new Error(JSON.stringify(body.error));
      return body.value.number;
    });
    expect(new Set(numbers).size).toBe(20);
    const sequence = numbers.map((n) => Number(n.slice(1))).sort((x, y) => x - y);
    expect(sequence).toEqual(Array.from({ length: 20 }, (_, i) => first + 1 + i));
    expect(numbers.every((n) => /^E\d{3}$/.test(n))).toBe(true);
    expect((await queue('E')).waiting).toBe(21);
  });

  it('refuses a request whose Host is not this PC (DNS rebinding) with 421, and its WebSocket too', async () => {
    const evil = await rawGet('/api', 'evil.example');
    expect(evil.status).toBe(421);
    expect((JSON.parse(evil.body) as Body<unknown>).ok).toBe(false);
    const evilPage = await rawGet('/kiosk', 'evil.example:80');
    expect(evilPage.status).toBe(421);
    // The same request with the loopback address is served.
    const fine = await rawGet('/api', `127.0.0.1:${new URL(hall!.url).port}`);
    expect(fine.status).toBe(200);

    await expect(openEvents({ Host: 'evil.example' })).rejects.toThrow();
  });
});
