import { HallError } from '../../../../shared/api/errors';
import type { WindowState } from '../../../../shared/features/hall/contract';
import { recordActivity } from '../../../../db/hall/repositories/activity';
import { setWindowState } from '../../../../db/hall/repositories/hall';
import type { CallContext } from '../../api/context';
import { actorOf } from '../../api/context';
import type { HallDeps } from '../../deps';
import type { QueueContext } from './context';

/** Open, pause (with a reason), resume and close a window; the pad and board follow through `hall.changed`. */
export function createWindowState(deps: HallDeps, q: QueueContext) {
  const { store, now } = deps;

  function change(ctx: CallContext, allowedFrom: WindowState[], to: WindowState, reason: string | null, kind: string) {
    const { window, staffId } = q.seatOf(ctx);
    if (!allowedFrom.includes(window.state)) {
      throw new HallError('queue/window-state', `The window is ${window.state}; it cannot be ${to} from there`);
    }
    if ((to === 'paused' || to === 'closed') && q.currentOf(window.id)) {
      throw new HallError('queue/current-not-handled', 'Finish, transfer or mark absent the current ticket first');
    }
    store.db.transaction((tx) => {
      setWindowState(tx, window.id, to, staffId, reason);
      recordActivity(tx, actorOf(ctx, store.deviceId), now(), kind, window.id, reason ? { reason } : undefined);
    });
    q.emitWindows();
    return { state: to };
  }

  return {
    open: (_input: object, ctx: CallContext) => change(ctx, ['closed'], 'idle', null, 'window.open'),
    pause: (input: { reason: string }, ctx: CallContext) => change(ctx, ['idle', 'serving'], 'paused', input.reason, 'window.pause'),
    resume: (_input: object, ctx: CallContext) => change(ctx, ['paused'], 'idle', null, 'window.resume'),
    close: (_input: object, ctx: CallContext) => change(ctx, ['idle', 'paused', 'serving'], 'closed', null, 'window.close'),
  };
}
