import { asc, eq } from 'drizzle-orm';
import { HallError } from '../../../../shared/api/errors';
import type { KeypadConfig, KeypadStatus, keypadsFeature } from '../../../../shared/features/keypads/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findWindow } from '../../../../db/hall/repositories/hall';
import { keypadConfig } from '../../../../db/hall/schema';
import { actorOf } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { startKeypad, type KeypadDriver } from '../../devices/keypad/driver';
import type { KeypadRatings } from '../../devices/keypad/session';

/**
 * The host's button keypads: each configured port gets a driver that keeps (re)opening it, so a keypad can be
 * plugged in after the host started. Drivers run only in a hall with background work on.
 */
export function createKeypads(deps: HallDeps, ratings: KeypadRatings, run: boolean) {
  const { store, now, log } = deps;
  const db = store.db;
  const drivers = new Map<string, KeypadDriver>();

  const configs = () => db.select().from(keypadConfig).orderBy(asc(keypadConfig.path)).all();

  function start(config: KeypadConfig): void {
    if (run) drivers.set(config.path, startKeypad({ ...config, ratings, log }));
  }

  async function stop(path: string): Promise<void> {
    await drivers.get(path)?.close();
    drivers.delete(path);
  }

  function list(): KeypadStatus[] {
    return configs().map((c) => ({
      path: c.path,
      windowId: c.windowId,
      baudRate: c.baudRate as KeypadConfig['baudRate'],
      windowName: findWindow(db, c.windowId)?.name ?? '',
      connected: drivers.get(c.path)?.connected() ?? false,
    }));
  }

  const handlers: FeatureHandlers<typeof keypadsFeature> = {
    list,
    save: async (input, ctx) => {
      if (!findWindow(db, input.windowId)) throw new HallError('keypads/no-window', 'No such window', { windowId: '没有这个窗口' });
      await stop(input.path);
      db.transaction((tx) => {
        tx.insert(keypadConfig)
          .values({ ...input, updatedAt: now() })
          .onConflictDoUpdate({ target: keypadConfig.path, set: { windowId: input.windowId, baudRate: input.baudRate, updatedAt: now() } })
          .run();
        recordActivity(tx, actorOf(ctx, store.deviceId), now(), 'keypads.save', null, { path: input.path, windowId: input.windowId });
      });
      start(input);
      return list();
    },
    remove: async ({ path }, ctx) => {
      await stop(path);
      db.transaction((tx) => {
        tx.delete(keypadConfig).where(eq(keypadConfig.path, path)).run();
        recordActivity(tx, actorOf(ctx, store.deviceId), now(), 'keypads.remove', null, { path });
      });
      return list();
    },
  };

  for (const c of configs()) start({ path: c.path, windowId: c.windowId, baudRate: c.baudRate as KeypadConfig['baudRate'] });

  return {
    handlers,
    close: async () => {
      await Promise.all([...drivers.keys()].map(stop));
    },
  };
}
