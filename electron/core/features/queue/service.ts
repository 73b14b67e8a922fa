import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import type { queueFeature, Ticket } from '../../../../shared/features/queue/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findWindow, getHallInfo, setWindowState } from '../../../../db/hall/repositories/hall';
import {
  countWaitingAhead,
  findQueue,
  findTicket,
  findWindowCurrent,
  insertTicket,
  listQueues,
  listRecentCalls,
  listWaitingForWindow,
  markCalled,
  markDone,
} from '../../../../db/hall/repositories/queue';
import type { CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';

const BOARD_CALLS = 8;

/**
 * The hall host is the queue's authority: every ticket is numbered and every call decided here, inside one
 * SQLite transaction on one connection, so two kiosks or two windows acting at once are served one after
 * the other and never get the same number or ticket.
 */
export function createQueueService(deps: HallDeps): FeatureHandlers<typeof queueFeature> {
  const { store, now, events } = deps;
  const today = () => hallDay(now());

  function emitChanged(): void {
    events.emit('queue.changed', { queues: listQueues(store.db, today()) });
  }

  function seatOf(ctx: CallContext): { windowId: string; staffId: string } {
    const windowId = ctx.session?.windowId;
    if (!ctx.session || !windowId) throw new HallError('queue/no-window', 'Sign in at a window to call tickets');
    return { windowId, staffId: ctx.session.staff.id };
  }

  function mustFind(id: string): Ticket {
    const found = findTicket(store.db, id);
    if (!found) throw new HallError('queue/not-found', 'No such ticket');
    return found;
  }

  return {
    queues: () => listQueues(store.db, today()),

    issueTicket: (input, ctx) => {
      const hall = getHallInfo(store.db);
      if (!hall) throw new HallError('queue/hall-not-set-up', 'The hall is not set up yet');
      const queue = findQueue(store.db, input.queueId);
      if (!queue) throw new HallError('queue/not-found', 'No such queue', { queueId: '没有这个队列' });
      const at = now();
      const serviceDay = hallDay(at);
      const { id, ahead } = store.db.transaction((tx) => {
        const ticketId = insertTicket(tx, queue, serviceDay, at, ctx.device.id ?? store.deviceId);
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'queue.issue', ticketId);
        return { id: ticketId, ahead: countWaitingAhead(tx, queue.id, serviceDay, at) };
      });
      emitChanged();
      return { ...mustFind(id), ahead, hallName: hall.name, hallPhone: hall.phone };
    },

    waiting: (_input, ctx) => listWaitingForWindow(store.db, seatOf(ctx).windowId, today()),

    current: (_input, ctx) => findWindowCurrent(store.db, seatOf(ctx).windowId, today()) ?? null,

    callNext: (_input, ctx) => {
      const { windowId, staffId } = seatOf(ctx);
      const window = findWindow(store.db, windowId);
      if (!window) throw new HallError('queue/no-window', 'The window no longer exists');
      const at = now();
      const serviceDay = hallDay(at);
      const calledId = store.db.transaction((tx) => {
        const next = listWaitingForWindow(tx, windowId, serviceDay)[0];
        if (!next) throw new HallError('queue/empty', 'Nobody is waiting in this window’s queues');
        const previous = findWindowCurrent(tx, windowId, serviceDay);
        if (previous) markDone(tx, previous.id);
        markCalled(tx, next.id, windowId, staffId, at);
        setWindowState(tx, windowId, 'serving', staffId);
        recordActivity(tx, actorOf(ctx, store.deviceId), at, 'queue.call', next.id);
        return next.id;
      });
      const called = mustFind(calledId);
      events.emit('queue.called', {
        ticketId: called.id,
        number: called.number,
        windowNumber: window.number,
        windowName: window.name,
        calledAt: at,
        recall: false,
      });
      emitChanged();
      return called;
    },

    board: () => ({
      hallName: getHallInfo(store.db)?.name ?? '',
      calls: listRecentCalls(store.db, today(), BOARD_CALLS),
      queues: listQueues(store.db, today()),
    }),
  };
}
