import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HallClient } from '../../shared/api/contract';
import { hallContract } from '../../shared/api/contract';
import { createClient } from '../../shared/api/client';
import { HallError } from '../../shared/api/errors';
import type { CallerDevice } from './api/context';
import { DEMO_PIN, seedDemoHall } from './demo/seed';
import { createHall, type Hall } from './hall';
import { silentLogger } from './log';

/** A real hall on a temp SQLite file, with a clock the test moves. */
export interface TestHall {
  hall: Hall;
  clock: { now: number; advance(ms: number): void };
  /** A typed client that calls the dispatcher as the given device, with the given session token. */
  as(device: CallerDevice, session?: string | null): HallClient;
  host: HallClient;
  signIn(jobNumber: string, windowNumber: number | null): Promise<string>;
  dispose(): void;
}

export async function createTestHall(options: { demo?: boolean; start?: number; background?: boolean } = {}): Promise<TestHall> {
  const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-core-'));
  // 2026-11-23 09:00 in the hall's time zone (UTC+8)
  const clock = {
    now: options.start ?? Date.UTC(2026, 10, 23, 1, 0, 0),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const hall = createHall({ dataDir, migrationsFolder: join(process.cwd(), 'db', 'hall', 'migrations'), now: () => clock.now, log: silentLogger, background: options.background ?? false });
  if (options.demo !== false) await seedDemoHall(hall.deps);

  // The shared client over an in-process transport: the same path as IPC, minus Electron.
  const as = (device: CallerDevice, session: string | null = null): HallClient => {
    const client = createClient(hallContract, {
      call: (method, input, token) => hall.dispatcher.call(device, token, method, input),
      subscribe: (listener) => hall.events.subscribe(device.role ?? 'kiosk', listener),
      onConnection: (listener) => {
        listener(true);
        return () => {};
      },
    });
    client.setSession(session);
    return client.api;
  };
  const host = as(hall.hostDevice);

  return {
    hall,
    clock,
    as,
    host,
    async signIn(jobNumber, windowNumber) {
      const windows = await host.hall.windows({});
      const windowId = windowNumber === null ? null : windows.find((w) => w.number === windowNumber)!.id;
      return (await host.staff.signIn({ jobNumber, pin: DEMO_PIN, windowId })).token;
    },
    dispose() {
      hall.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The error a call was refused with. */
export async function refusal(promise: Promise<unknown>): Promise<HallError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HallError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
