import { HallError } from '../../../../shared/api/errors';
import type { HallWindow } from '../../../../shared/features/hall/contract';
import { pickNext, trailingPriorityRun } from '../../../../shared/features/queue/rules';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { findWindow, getHallSettings, setWindowState } from '../../../../db/hall/repositories/hall';
import {
  countRecall,
  findQueue,
  findTicketByNumber,
  listCallableForWindow,
  updateTicket,
  windowCallPriorities,
  type TicketRow,
} from '../../../../db/hall/repositories/queue';
import type { CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { HallDeps } from '../../deps';
import { publicTicket, type QueueContext } from './context';

/**
 * The window's calling actions. Each runs in one transaction on the host's single connection, so two windows
 * acting at the same instant are served one after the other: a ticket is never called twice.
 */
export function createCalling(deps: HallDeps, q: QueueContext) {
  const { store, now } = deps;
  const actor = (ctx: CallContext) => actorOf(ctx, store.deviceId);

  function ensureCalling(window: HallWindow): void {
    if (window.state === 'paused') throw new HallError('queue/window-paused', 'The window is paused; resume first');
    if (window.state === 'closed') throw new HallError('queue/window-closed', 'The window is closed; open it first');
  }

  /** A window may call while serving (that ticket is then finished), not while one it called is unanswered. */
  function settleCurrent(tx: typeof store.db, window: HallWindow, at: number): void {
    const current = q.currentOf(window.id);
    if (!current) return;
    if (current.status === 'called') {
      throw new HallError('queue/current-not-handled', `${current.number} was called but not started: start it, recall it or mark it absent`);
    }
    updateTicket(tx, current.id, { status: 'done', finishedAt: at });
  }

  function call(ctx: CallContext, choose: (tx: typeof store.db, window: HallWindow) => TicketRow) {
    const { window, staffId } = q.seatOf(ctx);
    ensureCalling(window);
    const at = now();
    const id = store.db.transaction((tx) => {
      settleCurrent(tx, window, at);
      const next = choose(tx, window);
      updateTicket(tx, next.id, { status: 'called', windowId: window.id, staffId, calledAt: at });
      setWindowState(tx, window.id, 'serving', staffId);
      recordActivity(tx, actor(ctx), at, 'queue.call', next.id);
      return next.id;
    });
    const called = q.mustFind(id);
    q.emitCalled(called, window, false);
    q.emitChanged();
    return publicTicket(called);
  }

  /** The current ticket in one of the given states, or a clear refusal. */
  function current(ctx: CallContext, states: Array<TicketRow['status']>, action: string) {
    const seat = q.seatOf(ctx);
    const ticket = q.currentOf(seat.window.id);
    if (!ticket || !states.includes(ticket.status)) {
      throw new HallError('queue/no-current', `No ${states.join(' or ')} ticket at this window to ${action}`);
    }
    return { ...seat, ticket };
  }

  return {
    callNext: (_input: object, ctx: CallContext) =>
      call(ctx, (tx, window) => {
        const limit = getHallSettings(tx)?.priorityRunLimit ?? 2;
        const run = trailingPriorityRun(windowCallPriorities(tx, window.id, q.today()));
        const next = pickNext(listCallableForWindow(tx, window.id, q.today()), window.id, run, limit);
        if (!next) throw new HallError('queue/empty', 'Nobody is waiting for this window');
        return next as TicketRow;
      }),

    callNumber: (input: { number: string }, ctx: CallContext) =>
      call(ctx, (tx, window) => {
        const wanted = findTicketByNumber(tx, q.today(), input.number);
        const callable = listCallableForWindow(tx, window.id, q.today()).some((t) => t.id === wanted?.id);
        if (!wanted || !callable) {
          throw new HallError('queue/not-callable', `${input.number} is not waiting for this window`, { number: '该号码不在本窗口等候队列中' });
        }
        return wanted;
      }),

    recall: (_input: object, ctx: CallContext) => {
      const { window, ticket } = current(ctx, ['called'], 'recall');
      store.db.transaction((tx) => {
        countRecall(tx, ticket.id);
        recordActivity(tx, actor(ctx), now(), 'queue.recall', ticket.id);
      });
      q.emitCalled(ticket, window, true);
      return publicTicket(q.mustFind(ticket.id));
    },

    start: (_input: object, ctx: CallContext) => {
      const { ticket } = current(ctx, ['called'], 'start');
      store.db.transaction((tx) => {
        updateTicket(tx, ticket.id, { status: 'serving', startedAt: now() });
        recordActivity(tx, actor(ctx), now(), 'queue.start', ticket.id);
      });
      return publicTicket(q.mustFind(ticket.id));
    },

    finish: (_input: object, ctx: CallContext) => {
      const { window, staffId, ticket } = current(ctx, ['serving'], 'finish');
      store.db.transaction((tx) => {
        updateTicket(tx, ticket.id, { status: 'done', finishedAt: now() });
        setWindowState(tx, window.id, 'idle', staffId);
        recordActivity(tx, actor(ctx), now(), 'queue.finish', ticket.id);
      });
      return publicTicket(q.mustFind(ticket.id));
    },

    noShow: (_input: object, ctx: CallContext) => {
      const { window, staffId, ticket } = current(ctx, ['called'], 'mark absent');
      store.db.transaction((tx) => {
        updateTicket(tx, ticket.id, { status: 'no_show' });
        setWindowState(tx, window.id, 'idle', staffId);
        recordActivity(tx, actor(ctx), now(), 'queue.noShow', ticket.id);
      });
      return publicTicket(q.mustFind(ticket.id));
    },

    transfer: (input: { queueId?: string | null; windowId?: string | null }, ctx: CallContext) => {
      const { window, staffId, ticket } = current(ctx, ['called', 'serving'], 'transfer');
      if (input.windowId && (input.windowId === window.id || !findWindow(store.db, input.windowId))) {
        throw new HallError('queue/bad-transfer', 'Choose another existing window', { windowId: '请选择其他窗口' });
      }
      if (input.queueId && !findQueue(store.db, input.queueId)) {
        throw new HallError('queue/bad-transfer', 'No such queue', { queueId: '没有这个队列' });
      }
      store.db.transaction((tx) => {
        // Back to waiting with its number and original take time, so it keeps its place.
        updateTicket(tx, ticket.id, {
          status: 'waiting',
          queueId: input.queueId ?? ticket.queueId,
          targetWindowId: input.windowId ?? null,
          windowId: null,
          staffId: null,
          startedAt: null,
        });
        setWindowState(tx, window.id, 'idle', staffId);
        recordActivity(tx, actor(ctx), now(), 'queue.transfer', ticket.id, { toQueueId: input.queueId ?? null, toWindowId: input.windowId ?? null });
      });
      q.emitChanged();
      return publicTicket(q.mustFind(ticket.id));
    },
  };
}
