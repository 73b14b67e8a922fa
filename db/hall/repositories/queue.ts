import { and, asc, desc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { CallEvent, QueueInfo, Ticket } from '../../../shared/features/queue/contract';
import { formatTicketNumber } from '../../../shared/features/queue/rules';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { hallQueue, hallWindow, ticket, windowQueue } from '../schema';

export function insertQueue(db: HallDb, queue: { prefix: string; name: string; sortOrder: number }, at: number): string {
  const id = newId();
  db.insert(hallQueue).values({ id, ...queue, createdAt: at }).run();
  return id;
}

export function findQueue(db: HallDb, id: string) {
  return db.select().from(hallQueue).where(eq(hallQueue.id, id)).get();
}

export function listQueues(db: HallDb, serviceDay: string): QueueInfo[] {
  const waiting = db
    .select({ queueId: ticket.queueId, count: sql<number>`count(*)` })
    .from(ticket)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.status, 'waiting')))
    .groupBy(ticket.queueId)
    .all();
  return db
    .select()
    .from(hallQueue)
    .orderBy(asc(hallQueue.sortOrder))
    .all()
    .map((q) => ({
      id: q.id,
      prefix: q.prefix,
      name: q.name,
      waiting: waiting.find((w) => w.queueId === q.id)?.count ?? 0,
    }));
}

const ticketColumns = {
  id: ticket.id,
  number: ticket.number,
  queueId: ticket.queueId,
  queueName: hallQueue.name,
  serviceDay: ticket.serviceDay,
  status: ticket.status,
  takenAt: ticket.takenAt,
  calledAt: ticket.calledAt,
  windowId: ticket.windowId,
  windowName: hallWindow.name,
};

function selectTickets(db: HallDb) {
  return db
    .select(ticketColumns)
    .from(ticket)
    .innerJoin(hallQueue, eq(hallQueue.id, ticket.queueId))
    .leftJoin(hallWindow, eq(hallWindow.id, ticket.windowId));
}

export function findTicket(db: HallDb, id: string): Ticket | undefined {
  return selectTickets(db).where(eq(ticket.id, id)).get();
}

/** Numbers the ticket inside the caller's transaction; the unique index makes a duplicate impossible. */
export function insertTicket(
  db: HallDb,
  queue: { id: string; prefix: string },
  serviceDay: string,
  takenAt: number,
  issuedBy: string,
): string {
  const last = db
    .select({ seq: max(ticket.seq) })
    .from(ticket)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.queueId, queue.id)))
    .get();
  const seq = (last?.seq ?? 0) + 1;
  const id = newId();
  db.insert(ticket)
    .values({
      id,
      serviceDay,
      queueId: queue.id,
      seq,
      number: formatTicketNumber(queue.prefix, seq),
      status: 'waiting',
      takenAt,
      issuedBy,
    })
    .run();
  return id;
}

export function countWaitingAhead(db: HallDb, queueId: string, serviceDay: string, takenAt: number): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(ticket)
    .where(
      and(
        eq(ticket.serviceDay, serviceDay),
        eq(ticket.queueId, queueId),
        eq(ticket.status, 'waiting'),
        sql`${ticket.takenAt} < ${takenAt}`,
      ),
    )
    .get();
  return row?.count ?? 0;
}

function windowQueueIds(db: HallDb, windowId: string): string[] {
  return db
    .select({ queueId: windowQueue.queueId })
    .from(windowQueue)
    .where(eq(windowQueue.windowId, windowId))
    .all()
    .map((r) => r.queueId);
}

/** Waiting tickets of the window's queues in calling order: first taken, first called. */
export function listWaitingForWindow(db: HallDb, windowId: string, serviceDay: string): Ticket[] {
  const queueIds = windowQueueIds(db, windowId);
  if (queueIds.length === 0) return [];
  return selectTickets(db)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.status, 'waiting'), inArray(ticket.queueId, queueIds)))
    .orderBy(asc(ticket.takenAt), asc(ticket.seq))
    .all();
}

export function findWindowCurrent(db: HallDb, windowId: string, serviceDay: string): Ticket | undefined {
  return selectTickets(db)
    .where(
      and(eq(ticket.serviceDay, serviceDay), eq(ticket.windowId, windowId), inArray(ticket.status, ['called', 'serving'])),
    )
    .orderBy(desc(ticket.calledAt))
    .get();
}

export function markCalled(db: HallDb, ticketId: string, windowId: string, staffId: string, at: number): void {
  db.update(ticket).set({ status: 'called', windowId, staffId, calledAt: at }).where(eq(ticket.id, ticketId)).run();
}

export function markDone(db: HallDb, ticketId: string): void {
  db.update(ticket).set({ status: 'done' }).where(eq(ticket.id, ticketId)).run();
}

export function listRecentCalls(db: HallDb, serviceDay: string, limit: number): CallEvent[] {
  return db
    .select({
      ticketId: ticket.id,
      number: ticket.number,
      windowNumber: hallWindow.number,
      windowName: hallWindow.name,
      calledAt: sql<number>`${ticket.calledAt}`,
    })
    .from(ticket)
    .innerJoin(hallWindow, eq(hallWindow.id, ticket.windowId))
    .where(and(eq(ticket.serviceDay, serviceDay), isNotNull(ticket.calledAt)))
    .orderBy(desc(ticket.calledAt))
    .limit(limit)
    .all()
    .map((c) => ({ ...c, recall: false }));
}
