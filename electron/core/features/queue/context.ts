import { HallError } from '../../../../shared/api/errors';
import { hallDay } from '../../../../shared/domain/clock';
import type { HallWindow } from '../../../../shared/features/hall/contract';
import { findWindow, getHallInfo } from '../../../../db/hall/repositories/hall';
import { findTicket, findWindowCurrent, listQueues, type TicketRow } from '../../../../db/hall/repositories/queue';
import type { CallContext } from '../../api/context';
import type { HallDeps } from '../../deps';

/** What the queue's handlers share: today's day, the caller's seat, lookups and the events they emit. */
export function queueContext(deps: HallDeps) {
  const { store, now, events } = deps;
  const today = () => hallDay(now());

  /** The window and clerk of a signed-in window session. */
  function seatOf(ctx: CallContext): { window: HallWindow; staffId: string } {
    const windowId = ctx.session?.windowId;
    if (!ctx.session || !windowId) throw new HallError('queue/no-window', 'Sign in at a window to call tickets');
    const window = findWindow(store.db, windowId);
    if (!window) throw new HallError('queue/no-window', 'The window no longer exists');
    return { window, staffId: ctx.session.staff.id };
  }

  function mustFind(id: string): TicketRow {
    const found = findTicket(store.db, id);
    if (!found) throw new HallError('queue/not-found', 'No such ticket');
    return found;
  }

  function currentOf(windowId: string): TicketRow | undefined {
    return findWindowCurrent(store.db, windowId, today());
  }

  function emitChanged(): void {
    events.emit('queue.changed', { queues: listQueues(store.db, today()) });
  }

  function emitCalled(ticket: TicketRow, window: HallWindow, recall: boolean): void {
    events.emit('queue.called', {
      ticketId: ticket.id,
      number: ticket.number,
      windowNumber: window.number,
      windowName: window.name,
      calledAt: now(),
      recall,
    });
  }

  function emitWindows(): void {
    events.emit('hall.changed', { what: 'windows' });
  }

  function hallName(): string {
    return getHallInfo(store.db)?.name ?? '';
  }

  return { today, seatOf, mustFind, currentOf, emitChanged, emitCalled, emitWindows, hallName };
}

export type QueueContext = ReturnType<typeof queueContext>;

/** A ticket as the contract shows it (without the numbering sequence). */
export function publicTicket({ seq: _seq, ...ticket }: TicketRow) {
  return ticket;
}
