import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHall, type Hall } from '../core/hall';
import { DEMO_PIN, seedDemoHall } from '../core/demo/seed';
import { silentLogger } from '../core/log';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/channels';
import { registerIpc } from './ipc';

type CallHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

// The Electron binary is not installed here: `ipcMain` is a fake that keeps what is registered on it.
const fake = vi.hoisted(() => ({ handlers: new Map<string, CallHandler>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, handler: CallHandler) => {
      if (fake.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      fake.handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => fake.handlers.delete(channel)),
  },
}));

const MIGRATIONS = resolve(fileURLToPath(new URL('../../db/hall/migrations', import.meta.url)));
const TRUSTED = 'app://hall/window';

function eventFrom(url: string | undefined | null): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : url === undefined ? undefined : { url };
  return { senderFrame } as unknown as IpcMainInvokeEvent;
}

interface FakeContents {
  send: ReturnType<typeof vi.fn>;
  isDestroyed: () => boolean;
}

function fakeContents(destroyed = false): FakeContents {
  return { send: vi.fn(), isDestroyed: () => destroyed };
}

let dataDir: string;
let hall: Hall;
let windows: FakeContents[];
let dispose: (() => void) | null;

function call(url: string | undefined | null, method: unknown, input?: unknown, session?: unknown): Promise<unknown> {
  const handler = fake.handlers.get(CALL_CHANNEL);
  if (!handler) throw new Error('no handler registered for the call channel');
  return handler(eventFrom(url), method, input, session);
}

async function firstQueueId(): Promise<string> {
  const result = (await call(TRUSTED, 'queue.queues', {})) as { ok: true; value: Array<{ id: string; waiting: number }> };
  expect(result.ok).toBe(true);
  return result.value[0]!.id;
}

async function totalWaiting(): Promise<number> {
  const result = (await call(TRUSTED, 'queue.queues', {})) as { ok: true; value: Array<{ waiting: number }> };
  return result.value.reduce((sum, q) => sum + q.waiting, 0);
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'onewindow-ipc-'));
  hall = createHall({ dataDir, migrationsFolder: MIGRATIONS, log: silentLogger });
  windows = [];
  dispose = registerIpc(hall, () => windows as unknown as WebContents[]);
});

afterEach(() => {
  dispose?.();
  dispose = null;
  fake.handlers.clear();
  hall.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('registerIpc: who may call', () => {
  it('registers exactly one handler, on the call channel', () => {
    expect([...fake.handlers.keys()]).toEqual([CALL_CHANNEL]);
  });

  it('answers a frame of our own app://hall origin through the dispatcher, as the host device', async () => {
    await seedDemoHall(hall.deps);
    const spy = vi.spyOn(hall.dispatcher, 'call');
    const result = await call(TRUSTED, 'hall.status', {}, null);
    expect(result).toMatchObject({ ok: true, value: { configured: true, hall: { name: '云溪县政务服务中心' } } });
    expect(spy).toHaveBeenCalledWith(hall.hostDevice, null, 'hall.status', {});
  });

  it('answers the other role pages of the app origin too', async () => {
    for (const url of ['app://hall/kiosk', 'app://hall/board', 'app://hall/pad', 'app://hall/']) {
      expect(await call(url, 'hall.status', {})).toMatchObject({ ok: true, value: { configured: false } });
    }
  });

  it.each([
    ['a foreign https page', 'https://evil.example/'],
    ['a local file', 'file:///x'],
    ['another app:// host', 'app://other/window'],
    ['an http page named hall', 'http://hall/window'],
    ['a host that only starts with hall', 'app://hall.evil.example/window'],
    ['a malformed url', 'not a url'],
    ['an empty url', ''],
    ['an undefined senderFrame', undefined],
    ['a null senderFrame (frame gone)', null],
  ])('refuses %s with api/forbidden-device and never reaches the dispatcher', async (_what, url) => {
    const spy = vi.spyOn(hall.dispatcher, 'call');
    const result = await call(url, 'hall.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'api/forbidden-device' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('an untrusted sender cannot set the hall up: nothing changes', async () => {
    const setup = {
      hallName: '恶意大厅',
      areaCode: '110105',
      phone: '0571-1234567',
      admin: { jobNumber: '6666', name: '入侵者', pin: '123456' },
    };
    const refused = await call('https://evil.example/', 'hall.setup', setup);
    expect(refused).toMatchObject({ ok: false, error: { code: 'api/forbidden-device' } });
    expect(await call(TRUSTED, 'hall.status', {})).toMatchObject({ ok: true, value: { configured: false, hall: null } });
  });

  it('an untrusted sender cannot take a ticket: no ticket, no event', async () => {
    await seedDemoHall(hall.deps);
    const window = fakeContents();
    windows.push(window);
    const queueId = await firstQueueId();
    const before = await totalWaiting();
    for (const url of ['https://evil.example/', 'file:///x', undefined]) {
      expect(await call(url, 'queue.issueTicket', { queueId })).toMatchObject({
        ok: false,
        error: { code: 'api/forbidden-device' },
      });
    }
    expect(await totalWaiting()).toBe(before);
    expect(window.send).not.toHaveBeenCalled();
  });
});

describe('registerIpc: what may be called', () => {
  it.each([[42], [null], [undefined], [{ toString: () => 'hall.status' }], [['hall.status']]])(
    'refuses a non-string method %j without reaching the dispatcher',
    async (method) => {
      const spy = vi.spyOn(hall.dispatcher, 'call');
      const result = await call(TRUSTED, method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'api/unknown-method' } });
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it('refuses an unknown method name', async () => {
    expect(await call(TRUSTED, 'hall.dropDatabase', {})).toMatchObject({ ok: false, error: { code: 'api/unknown-method' } });
    expect(await call(TRUSTED, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'api/unknown-method' } });
  });

  it('refuses invalid input with api/invalid-input and changes nothing', async () => {
    await seedDemoHall(hall.deps);
    const before = await totalWaiting();
    const result = await call(TRUSTED, 'queue.issueTicket', { queueId: 'not-a-uuid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'api/invalid-input', fields: { queueId: expect.any(String) } } });
    expect(await call(TRUSTED, 'queue.issueTicket', 'A')).toMatchObject({ ok: false, error: { code: 'api/invalid-input' } });
    expect(await totalWaiting()).toBe(before);
  });

  it('passes a string session token through, and treats any other session value as none', async () => {
    await seedDemoHall(hall.deps);
    const signedIn = (await call(TRUSTED, 'staff.signIn', { jobNumber: '9001', pin: DEMO_PIN, windowId: null })) as {
      ok: true;
      value: { token: string };
    };
    expect(signedIn.ok).toBe(true);
    const token = signedIn.value.token;
    expect(await call(TRUSTED, 'staff.me', {}, token)).toMatchObject({ ok: true, value: { staff: { jobNumber: '9001' } } });
    for (const notAToken of [{ token }, [token], 1234, undefined]) {
      expect(await call(TRUSTED, 'staff.me', {}, notAToken)).toMatchObject({ ok: false, error: { code: 'api/not-signed-in' } });
    }
  });
});

describe('registerIpc: events', () => {
  it('sends hall events to every live window, and not to destroyed ones', async () => {
    await seedDemoHall(hall.deps);
    const first = fakeContents();
    const destroyed = fakeContents(true);
    const second = fakeContents();
    windows.push(first, destroyed, second);
    const queueId = await firstQueueId();

    const issued = await call(TRUSTED, 'queue.issueTicket', { queueId });
    expect(issued).toMatchObject({ ok: true, value: { queueId, status: 'waiting' } });

    for (const live of [first, second]) {
      expect(live.send).toHaveBeenCalledTimes(1);
      const [channel, name, payload] = live.send.mock.calls[0]!;
      expect(channel).toBe(EVENT_CHANNEL);
      expect(name).toBe('queue.changed');
      const queues = (payload as { queues: Array<{ id: string; waiting: number }> }).queues;
      expect(queues.find((q) => q.id === queueId)?.waiting).toBe(1);
    }
    expect(destroyed.send).not.toHaveBeenCalled();
  });

  it('asks for the window list at each event, so windows opened later hear events too', async () => {
    await seedDemoHall(hall.deps);
    const queueId = await firstQueueId();
    await call(TRUSTED, 'queue.issueTicket', { queueId });
    const late = fakeContents();
    windows.push(late);
    hall.events.emit('hall.changed', { what: 'windows' });
    expect(late.send).toHaveBeenCalledExactlyOnceWith(EVENT_CHANNEL, 'hall.changed', { what: 'windows' });
  });
});

describe('registerIpc: disposer', () => {
  it('removes the call handler and stops forwarding events', async () => {
    const window = fakeContents();
    windows.push(window);
    dispose!();
    dispose = null;
    expect(fake.handlers.has(CALL_CHANNEL)).toBe(false);
    hall.events.emit('hall.changed', { what: 'windows' });
    expect(window.send).not.toHaveBeenCalled();
    // Registering again works (Electron throws on a second handler for the same channel).
    dispose = registerIpc(hall, () => windows as unknown as WebContents[]);
    expect(await call(TRUSTED, 'hall.status', {})).toMatchObject({ ok: true });
  });
});
