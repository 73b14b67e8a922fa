import { HallError } from '../../../../shared/api/errors';
import type { HallSettings, WindowInput } from '../../../../shared/features/hall/contract';
import type { QueueInput } from '../../../../shared/features/queue/contract';
import { hallDay } from '../../../../shared/domain/clock';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { setTerminalNumber, terminalNumber } from '../../../../db/hall/repositories/devices';
import { findWindow, findWindowByNumber, getHallSettings, insertWindow, updateHallSettings, updateWindow } from '../../../../db/hall/repositories/hall';
import { findQueue, findQueueByPrefix, insertQueue, listQueueRows, listQueues, queueNumberedOn, updateQueue } from '../../../../db/hall/repositories/queue';
import type { CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { HallDeps } from '../../deps';

/** The hall's own configuration, kept by its admin: ticket hours, windows and the queues they serve. */
export function createHallConfig(deps: HallDeps) {
  const { store, now, events } = deps;
  const actor = (ctx: CallContext) => actorOf(ctx, store.deviceId);

  function settings(): HallSettings {
    const row = getHallSettings(store.db);
    if (!row) throw new HallError('hall/not-set-up', 'The hall is not set up yet');
    return {
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      priorityRunLimit: row.priorityRunLimit,
      appointmentMode: row.appointmentMode,
      agencyName: row.agencyName,
      shortName: row.shortName,
      terminalNo: terminalNumber(store.db, store.deviceId),
      ratingTimeoutSeconds: row.ratingTimeoutSeconds,
      followUpDays: row.followUpDays,
      rectifyDays: row.rectifyDays,
      burstSeconds: row.burstSeconds,
    };
  }

  function queueConfigs() {
    return listQueueRows(store.db).map((q) => ({
      id: q.id,
      prefix: q.prefix,
      name: q.name,
      role: q.role,
      defaultServiceMinutes: q.defaultServiceMinutes,
      stageCode: q.stageCode,
      sortOrder: q.sortOrder,
    }));
  }

  return {
    settings,

    saveSettings(input: HallSettings, ctx: CallContext): HallSettings {
      settings();
      store.db.transaction((tx) => {
        const { terminalNo, ...hallWide } = input;
        updateHallSettings(tx, hallWide);
        setTerminalNumber(tx, store.deviceId, terminalNo);
        recordActivity(tx, actor(ctx), now(), 'hall.saveSettings', null, { ...input });
      });
      return settings();
    },

    saveWindow(input: WindowInput, ctx: CallContext) {
      const sameNumber = findWindowByNumber(store.db, input.number);
      if (sameNumber && sameNumber !== input.id) {
        throw new HallError('hall/duplicate-window', 'Another window has that number', { number: '窗口编号已被使用' });
      }
      if (input.id && !findWindow(store.db, input.id)) throw new HallError('hall/not-found', 'No such window');
      const unknown = input.queueIds.find((id) => !findQueue(store.db, id));
      if (unknown) throw new HallError('hall/not-found', 'No such queue', { queueIds: '所选队列不存在' });
      const id = store.db.transaction((tx) => {
        const windowId = input.id ?? insertWindow(tx, input, now());
        if (input.id) updateWindow(tx, input.id, input);
        recordActivity(tx, actor(ctx), now(), 'hall.saveWindow', windowId);
        return windowId;
      });
      events.emit('hall.changed', { what: 'windows' });
      return findWindow(store.db, id)!;
    },

    queueConfigs,

    saveQueue(input: QueueInput, ctx: CallContext) {
      const samePrefix = findQueueByPrefix(store.db, input.prefix);
      if (samePrefix && samePrefix.id !== input.id) {
        throw new HallError('queue/duplicate-prefix', 'Another queue has that prefix', { prefix: '前缀已被其他队列使用' });
      }
      const existing = input.id ? findQueue(store.db, input.id) : undefined;
      if (input.id && !existing) throw new HallError('queue/not-found', 'No such queue');
      // Today's numbers carry the prefix: changing it mid-day could collide with another queue's numbers.
      if (existing && existing.prefix !== input.prefix && queueNumberedOn(store.db, existing.id, hallDay(now()))) {
        throw new HallError('queue/prefix-in-use', 'The queue has tickets today; change its prefix after the day', { prefix: '今日已有取号，请次日再修改前缀' });
      }
      const fields = {
        prefix: input.prefix,
        name: input.name,
        role: input.role,
        defaultServiceMinutes: input.defaultServiceMinutes,
        stageCode: input.stageCode || null,
      };
      const id = store.db.transaction((tx) => {
        const queueId = input.id ?? insertQueue(tx, { ...fields, sortOrder: queueConfigs().length + 1 }, now());
        if (input.id) updateQueue(tx, input.id, fields);
        recordActivity(tx, actor(ctx), now(), 'queue.saveQueue', queueId);
        return queueId;
      });
      events.emit('queue.changed', { queues: listQueues(store.db, hallDay(now())) });
      return queueConfigs().find((q) => q.id === id)!;
    },
  };
}
