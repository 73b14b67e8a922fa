import { PRIORITY_LABELS } from '../../../../shared/features/queue/labels';
import { estimateWaitMinutes } from '../../../../shared/features/queue/rules';
import type { TicketPrintData } from '../../../../shared/print/ticket';
import { getHallInfo } from '../../../../db/hall/repositories/hall';
import { averageServiceMinutes, countOpenWindowsFor, countWaitingAhead, findQueue, type TicketRow } from '../../../../db/hall/repositories/queue';
import type { HallDeps } from '../../deps';

/** The estimated wait of someone with `ahead` people before them in a queue, today. */
export function estimatedWait({ store }: HallDeps, queueId: string, serviceDay: string, ahead: number): number | null {
  const average = averageServiceMinutes(store.db, queueId, serviceDay) ?? findQueue(store.db, queueId)?.defaultServiceMinutes ?? 10;
  return estimateWaitMinutes(ahead, average, countOpenWindowsFor(store.db, queueId));
}

/** What a printed ticket says, as of now: a reprint shows the people still ahead. */
export function ticketPrintData(deps: HallDeps, ticket: TicketRow): TicketPrintData {
  const { store } = deps;
  const hall = getHallInfo(store.db);
  const ahead = ticket.status === 'waiting' ? countWaitingAhead(store.db, ticket.queueId, ticket.serviceDay, ticket.takenAt) : 0;
  return {
    hallName: hall?.name ?? '',
    hallPhone: hall?.phone ?? '',
    queueName: ticket.queueName,
    number: ticket.number,
    ahead,
    estimatedWaitMinutes: estimatedWait(deps, ticket.queueId, ticket.serviceDay, ahead),
    takenAt: ticket.takenAt,
    maskedId: ticket.idMasked,
    appointment: ticket.appointment,
    priorityLabel: ticket.priority === 'none' || ticket.priority === 'appointment' ? null : PRIORITY_LABELS[ticket.priority],
    ticketId: ticket.id,
  };
}
