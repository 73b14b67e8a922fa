import { HallError } from '../../../../shared/api/errors';
import type { devicesFeature } from '../../../../shared/features/devices/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import {
  findDeviceByTokenHash,
  insertPairedDevice,
  listPairedDevices,
  revokeDevice,
  touchDevice,
} from '../../../../db/hall/repositories/devices';
import type { CallerDevice } from '../../api/context';
import { actorOf } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { hashToken, newPairingCode, newToken } from '../../secrets';

const CODE_LIFETIME_MS = 10 * 60_000;
/** Wrong codes before the code is replaced: a 6-digit code cannot be guessed in so few tries. */
const MAX_WRONG_CODES = 5;
const TOUCH_INTERVAL_MS = 60_000;

export interface DevicesService {
  handlers: FeatureHandlers<typeof devicesFeature>;
  /** The paired device behind a LAN bearer token; null when unknown or revoked. */
  authenticate(token: string): CallerDevice | null;
}

export function createDevicesService(deps: HallDeps): DevicesService {
  const { store, now } = deps;
  let current = { code: newPairingCode(), expiresAt: 0 };
  let wrongTries = 0;

  function liveCode() {
    if (current.expiresAt <= now()) {
      current = { code: newPairingCode(), expiresAt: now() + CODE_LIFETIME_MS };
      wrongTries = 0;
    }
    return current;
  }

  function rotate() {
    current = { code: newPairingCode(), expiresAt: now() + CODE_LIFETIME_MS };
    wrongTries = 0;
  }

  const handlers: FeatureHandlers<typeof devicesFeature> = {
    whoami: (_input, ctx) => ({
      role: ctx.device.role,
      deviceId: ctx.device.id,
      name: ctx.device.name,
      needsPairing: ctx.device.role === null,
    }),

    pairingCode: () => liveCode(),

    pair: (input, ctx) => {
      const code = liveCode();
      if (input.code !== code.code) {
        wrongTries += 1;
        if (wrongTries >= MAX_WRONG_CODES) rotate();
        throw new HallError('devices/bad-code', 'Wrong or expired pairing code', { code: '配对码错误或已过期' });
      }
      rotate(); // single use
      const token = newToken();
      const at = now();
      const device = store.db.transaction((tx) => {
        const paired = insertPairedDevice(tx, { name: input.name, role: input.role, tokenHash: hashToken(token) }, at);
        recordActivity(tx, { ...actorOf(ctx, store.deviceId), deviceId: paired.id }, at, 'devices.pair', paired.id, {
          role: input.role,
        });
        return paired;
      });
      return { token, device };
    },

    list: () => listPairedDevices(store.db),

    revoke: (input, ctx) => {
      const at = now();
      return store.db.transaction((tx) => {
        const device = revokeDevice(tx, input.deviceId, at);
        if (!device) throw new HallError('devices/not-found', 'No such paired device');
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'devices.revoke', device.id);
        return device;
      });
    },
  };

  return {
    handlers,
    authenticate(token) {
      const device = findDeviceByTokenHash(store.db, hashToken(token));
      if (!device || device.revoked) return null;
      if ((device.lastSeenAt ?? 0) + TOUCH_INTERVAL_MS < now()) touchDevice(store.db, device.id, now());
      return { role: device.role, id: device.id, name: device.name };
    },
  };
}
