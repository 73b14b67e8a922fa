import { hallDay } from '../../../../shared/domain/clock';
import type { queueFeature } from '../../../../shared/features/queue/contract';
import { callingOrder, trailingPriorityRun } from '../../../../shared/features/queue/rules';
import { summarizeDay } from '../../../../shared/features/queue/stats';
import { appointmentCounts } from '../../../../db/hall/repositories/appointments';
import { getHallSettings } from '../../../../db/hall/repositories/hall';
import { listCallableForWindow, listQueues, listRecentCalls, listStatTickets, windowCallPriorities } from '../../../../db/hall/repositories/queue';
import type { FeatureHandlers } from '../../api/handlers';
import type { HallDeps } from '../../deps';
import { createCalling } from './calling';
import { publicTicket, queueContext } from './context';
import { createIssuing } from './issuing';
import { createWindowState } from './window-state';
import { createHallConfig } from '../hall/config';
import type { Printing } from '../printers/service';
import { ticketPrintData } from './ticket-print';
import { ticketDocument } from '../../../../shared/print/ticket';

const BOARD_CALLS = 8;

/**
 * The hall host is the queue's authority: every ticket is numbered and every call decided here, inside one
 * SQLite transaction on one connection, so two kiosks or two windows acting at once are served one after
 * the other and never get the same number or ticket.
 */
export function createQueueService(deps: HallDeps, printing: Printing): FeatureHandlers<typeof queueFeature> {
  const { store, now } = deps;
  const q = queueContext(deps);
  const issuing = createIssuing(deps, q);
  const calling = createCalling(deps, q);
  const windowState = createWindowState(deps, q);
  const config = createHallConfig(deps);

  return {
    queues: () => listQueues(store.db, q.today()),
    configs: () => config.queueConfigs(),
    saveQueue: config.saveQueue,
    ...issuing,
    ...calling,
    ...windowState,

    waiting: (_input, ctx) => {
      const { window } = q.seatOf(ctx);
      const limit = getHallSettings(store.db)?.priorityRunLimit ?? 2;
      const run = trailingPriorityRun(windowCallPriorities(store.db, window.id, q.today()));
      return callingOrder(listCallableForWindow(store.db, window.id, q.today()), window.id, run, limit).map(publicTicket);
    },

    current: (_input, ctx) => {
      const found = q.currentOf(q.seatOf(ctx).window.id);
      return found ? publicTicket(found) : null;
    },

    printTicket: async ({ ticketId }, ctx) => {
      const doc = ticketDocument(ticketPrintData(deps, q.mustFind(ticketId)));
      return { printer: await printing.printFor(ctx, doc, 'queue.print', ticketId) };
    },

    board: () => ({
      hallName: q.hallName(),
      calls: listRecentCalls(store.db, q.today(), BOARD_CALLS),
      queues: listQueues(store.db, q.today()),
    }),

    stats: ({ day }) => {
      const dayIsOver = day < hallDay(now());
      return summarizeDay(day, listStatTickets(store.db, day), appointmentCounts(store.db, day, dayIsOver), now());
    },
  };
}
