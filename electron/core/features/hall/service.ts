import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import type { hallFeature, HallStatus } from '../../../../shared/features/hall/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { getHallInfo, insertHallInfo, listWindows } from '../../../../db/hall/repositories/hall';
import { insertStaff } from '../../../../db/hall/repositories/staff';
import { actorOf } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { hashPin } from '../../secrets';
import { createHallConfig } from './config';

export function hallStatus({ store, now }: HallDeps): HallStatus {
  const hall = getHallInfo(store.db);
  const at = now();
  return { configured: hall !== null, hall, serviceDay: hallDay(at), serverTime: at };
}

export function createHallService(deps: HallDeps): FeatureHandlers<typeof hallFeature> {
  const { store, now, events } = deps;
  const config = createHallConfig(deps);
  return {
    status: () => hallStatus(deps),
    settings: () => config.settings(),
    saveSettings: config.saveSettings,
    saveWindow: config.saveWindow,

    setup: async (input, ctx) => {
      const pinHash = await hashPin(input.admin.pin);
      store.db.transaction((tx) => {
        if (getHallInfo(tx)) throw new HallError('hall/already-set-up', 'The hall is already set up');
        const at = now();
        insertHallInfo(tx, { name: input.hallName, areaCode: input.areaCode, phone: input.phone }, at);
        const admin = insertStaff(tx, { jobNumber: input.admin.jobNumber, name: input.admin.name, role: 'admin', pinHash }, at);
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'hall.setup', admin.id);
      });
      events.emit('hall.changed', { what: 'setup' });
      return hallStatus(deps);
    },

    windows: () => listWindows(store.db),
  };
}
