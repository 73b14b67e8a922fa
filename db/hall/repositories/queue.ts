import { and, asc, desc, eq, inArray, isNotNull, isNull, max, or, sql } from 'drizzle-orm';
import type { Priority } from '../../../shared/features/queue/labels';
import type { CallEvent, QueueInfo, Ticket } from '../../../shared/features/queue/contract';
import { formatTicketNumber } from '../../../shared/features/queue/rules';
import type { StatTicket } from '../../../shared/features/queue/stats';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { hallQueue, hallWindow, staff, ticket, windowQueue } from '../schema';

export type QueueRow = typeof hallQueue.$inferSelect;

export function insertQueue(
  db: HallDb,
  queue: { prefix: string; name: string; sortOrder: number; role?: 'normal' | 'appointment'; defaultServiceMinutes?: number; stageCode?: string | null },
  at: number,
): string {
  const id = newId();
  db.insert(hallQueue).values({ id, ...queue, createdAt: at }).run();
  return id;
}

export function findQueue(db: HallDb, id: string): QueueRow | undefined {
  return db.select().from(hallQueue).where(eq(hallQueue.id, id)).get();
}

export function listQueueRows(db: HallDb): QueueRow[] {
  return db.select().from(hallQueue).orderBy(asc(hallQueue.sortOrder)).all();
}

export function findQueueByPrefix(db: HallDb, prefix: string): QueueRow | undefined {
  return db.select().from(hallQueue).where(eq(hallQueue.prefix, prefix)).get();
}

export function updateQueue(
  db: HallDb,
  id: string,
  queue: { prefix: string; name: string; role: 'normal' | 'appointment'; defaultServiceMinutes: number; stageCode: string | null },
): void {
  db.update(hallQueue).set(queue).where(eq(hallQueue.id, id)).run();
}

/** Whether the queue numbered any ticket on the day (its prefix is then part of that day's numbers). */
export function queueNumberedOn(db: HallDb, queueId: string, serviceDay: string): boolean {
  return db.select({ id: ticket.id }).from(ticket).where(and(eq(ticket.issuedQueueId, queueId), eq(ticket.serviceDay, serviceDay))).limit(1).get() !== undefined;
}

export function findAppointmentQueue(db: HallDb): QueueRow | undefined {
  return db.select().from(hallQueue).where(eq(hallQueue.role, 'appointment')).orderBy(asc(hallQueue.sortOrder)).get();
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
    .map((q) => ({ id: q.id, prefix: q.prefix, name: q.name, role: q.role, waiting: waiting.find((w) => w.queueId === q.id)?.count ?? 0 }));
}

const ticketColumns = {
  id: ticket.id,
  number: ticket.number,
  queueId: ticket.queueId,
  queueName: hallQueue.name,
  serviceDay: ticket.serviceDay,
  status: ticket.status,
  priority: ticket.priority,
  idMasked: ticket.idMasked,
  appointment: sql<boolean>`${ticket.appointmentId} is not null`.mapWith(Boolean),
  targetWindowId: ticket.targetWindowId,
  takenAt: ticket.takenAt,
  calledAt: ticket.calledAt,
  startedAt: ticket.startedAt,
  finishedAt: ticket.finishedAt,
  recalls: ticket.recalls,
  windowId: ticket.windowId,
  windowName: hallWindow.name,
  seq: ticket.seq,
};

export type TicketRow = Ticket & { seq: number };

function selectTickets(db: HallDb) {
  return db
    .select(ticketColumns)
    .from(ticket)
    .innerJoin(hallQueue, eq(hallQueue.id, ticket.queueId))
    .leftJoin(hallWindow, eq(hallWindow.id, ticket.windowId));
}

export function findTicket(db: HallDb, id: string): TicketRow | undefined {
  return selectTickets(db).where(eq(ticket.id, id)).get();
}

export function findTicketByNumber(db: HallDb, serviceDay: string, number: string): TicketRow | undefined {
  return selectTickets(db).where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.number, number))).get();
}

/** Numbers the ticket inside the caller's transaction; the unique indexes make a duplicate impossible. */
export function insertTicket(
  db: HallDb,
  queue: { id: string; prefix: string },
  fields: { serviceDay: string; takenAt: number; issuedBy: string; priority: Priority; idMasked: string | null; appointmentId: string | null },
): string {
  const last = db
    .select({ seq: max(ticket.seq) })
    .from(ticket)
    .where(and(eq(ticket.serviceDay, fields.serviceDay), eq(ticket.issuedQueueId, queue.id)))
    .get();
  const seq = (last?.seq ?? 0) + 1;
  const id = newId();
  db.insert(ticket)
    .values({ id, queueId: queue.id, issuedQueueId: queue.id, seq, number: formatTicketNumber(queue.prefix, seq), status: 'waiting', ...fields })
    .run();
  return id;
}

export function countWaitingAhead(db: HallDb, queueId: string, serviceDay: string, takenAt: number): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(ticket)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.queueId, queueId), eq(ticket.status, 'waiting'), sql`${ticket.takenAt} < ${takenAt}`))
    .get();
  return row?.count ?? 0;
}

export function windowQueueIds(db: HallDb, windowId: string): string[] {
  return db
    .select({ queueId: windowQueue.queueId })
    .from(windowQueue)
    .where(eq(windowQueue.windowId, windowId))
    .all()
    .map((r) => r.queueId);
}

/** Windows that are open (idle or serving) for a queue: they share its waiting line. */
export function countOpenWindowsFor(db: HallDb, queueId: string): number {
  const row = db
    .select({ count: sql<number>`count(*)` })
    .from(windowQueue)
    .innerJoin(hallWindow, eq(hallWindow.id, windowQueue.windowId))
    .where(and(eq(windowQueue.queueId, queueId), inArray(hallWindow.state, ['idle', 'serving'])))
    .get();
  return row?.count ?? 0;
}

/** Tickets a window may call: waiting in its queues and not sent to another window, or sent to it. */
export function listCallableForWindow(db: HallDb, windowId: string, serviceDay: string): TicketRow[] {
  const queueIds = windowQueueIds(db, windowId);
  const inMyQueues = queueIds.length > 0 ? and(inArray(ticket.queueId, queueIds), isNull(ticket.targetWindowId)) : sql`0`;
  return selectTickets(db)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.status, 'waiting'), or(inMyQueues, eq(ticket.targetWindowId, windowId))))
    .orderBy(asc(ticket.takenAt), asc(ticket.seq))
    .all();
}

/** The priority of every ticket the window called today, oldest first (for the anti-starvation run). */
export function windowCallPriorities(db: HallDb, windowId: string, serviceDay: string): Array<{ priority: Priority }> {
  return db
    .select({ priority: ticket.priority })
    .from(ticket)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.windowId, windowId), isNotNull(ticket.calledAt)))
    .orderBy(asc(ticket.calledAt))
    .all();
}

export function findWindowCurrent(db: HallDb, windowId: string, serviceDay: string): TicketRow | undefined {
  return selectTickets(db)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.windowId, windowId), inArray(ticket.status, ['called', 'serving'])))
    .orderBy(desc(ticket.calledAt))
    .get();
}

type TicketUpdate = Partial<Pick<typeof ticket.$inferInsert, 'status' | 'windowId' | 'staffId' | 'calledAt' | 'startedAt' | 'finishedAt' | 'queueId' | 'targetWindowId'>>;

export function updateTicket(db: HallDb, id: string, changes: TicketUpdate): void {
  db.update(ticket).set(changes).where(eq(ticket.id, id)).run();
}

export function countRecall(db: HallDb, id: string): void {
  db.update(ticket)
    .set({ recalls: sql`${ticket.recalls} + 1` })
    .where(eq(ticket.id, id))
    .run();
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
    .where(and(eq(ticket.serviceDay, serviceDay), isNotNull(ticket.calledAt), inArray(ticket.status, ['called', 'serving', 'done'])))
    .orderBy(desc(ticket.calledAt))
    .limit(limit)
    .all()
    .map((c) => ({ ...c, recall: false }));
}

/** Average service minutes of a queue today, from finished tickets; null before any. */
export function averageServiceMinutes(db: HallDb, queueId: string, serviceDay: string): number | null {
  const row = db
    .select({ avg: sql<number | null>`avg(${ticket.finishedAt} - ${ticket.startedAt})` })
    .from(ticket)
    .where(and(eq(ticket.serviceDay, serviceDay), eq(ticket.queueId, queueId), isNotNull(ticket.finishedAt), isNotNull(ticket.startedAt)))
    .get();
  return row?.avg == null ? null : row.avg / 60_000;
}

export function listStatTickets(db: HallDb, serviceDay: string): StatTicket[] {
  return db
    .select({
      status: ticket.status,
      queueKey: hallQueue.id,
      queueLabel: sql<string>`${hallQueue.prefix} || ' ' || ${hallQueue.name}`,
      windowKey: hallWindow.id,
      windowLabel: hallWindow.name,
      clerkKey: staff.id,
      clerkLabel: sql<string | null>`${staff.name} || '（' || ${staff.jobNumber} || '）'`,
      takenAt: ticket.takenAt,
      calledAt: ticket.calledAt,
      startedAt: ticket.startedAt,
      finishedAt: ticket.finishedAt,
    })
    .from(ticket)
    .innerJoin(hallQueue, eq(hallQueue.id, ticket.issuedQueueId))
    .leftJoin(hallWindow, eq(hallWindow.id, ticket.windowId))
    .leftJoin(staff, eq(staff.id, ticket.staffId))
    .where(eq(ticket.serviceDay, serviceDay))
    .all()
    .map((r) => ({
      status: r.status,
      queue: { key: r.queueKey, label: r.queueLabel },
      window: r.windowKey && r.windowLabel ? { key: r.windowKey, label: r.windowLabel } : null,
      clerk: r.clerkKey && r.clerkLabel ? { key: r.clerkKey, label: r.clerkLabel } : null,
      takenAt: r.takenAt,
      calledAt: r.calledAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
    }));
}
