import { and, asc, desc, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { caseMatter, hallWindow, intakeCase, rating, ratingFollowUp, ratingRequest, staff, ticket } from '../schema';

export type RequestRow = typeof ratingRequest.$inferSelect;
export type RatingRow = typeof rating.$inferSelect;
export type FollowUpRow = typeof ratingFollowUp.$inferSelect;

export function insertRequest(db: HallDb, row: Omit<RequestRow, 'id' | 'endedAt' | 'syncVersion'>): string {
  const id = newId();
  db.insert(ratingRequest)
    .values({ ...row, id, endedAt: null })
    .run();
  return id;
}

export function findRequest(db: HallDb, id: string): RequestRow | undefined {
  return db.select().from(ratingRequest).where(eq(ratingRequest.id, id)).get();
}

export function openRequestOf(db: HallDb, windowId: string): RequestRow | undefined {
  return db
    .select()
    .from(ratingRequest)
    .where(and(eq(ratingRequest.windowId, windowId), isNull(ratingRequest.endedAt)))
    .orderBy(desc(ratingRequest.requestedAt))
    .get();
}

export function listOpenRequests(db: HallDb): RequestRow[] {
  return db.select().from(ratingRequest).where(isNull(ratingRequest.endedAt)).all();
}

export function endRequest(db: HallDb, id: string, at: number): void {
  db.update(ratingRequest).set({ endedAt: at }).where(eq(ratingRequest.id, id)).run();
}

/** A rating record as the service makes it; the id and the sync bookkeeping are the store's. */
export type NewRating = Omit<RatingRow, 'id' | 'syncVersion'>;

export function insertRating(db: HallDb, row: NewRating): string {
  const id = newId();
  db.insert(rating)
    .values({ ...row, id })
    .run();
  return id;
}

export function findRatingOfRequest(db: HallDb, requestId: string): RatingRow | undefined {
  return db.select().from(rating).where(eq(rating.requestId, requestId)).get();
}

export function findRating(db: HallDb, id: string): RatingRow | undefined {
  return db.select().from(rating).where(eq(rating.id, id)).get();
}

/** Whether the subject already has a real (not “not rated”) rating with this number at this step. */
export function hasRating(db: HallDb, subjectKey: string, step: RatingRow['step'], ratingNo: number): boolean {
  return (
    db
      .select({ id: rating.id })
      .from(rating)
      .where(and(eq(rating.subjectKey, subjectKey), eq(rating.step, step), eq(rating.ratingNo, ratingNo), isNotNull(rating.level)))
      .get() !== undefined
  );
}

export function lastTopRatingAt(db: HallDb, windowId: string): number | null {
  return (
    db
      .select({ at: rating.ratedAt })
      .from(rating)
      .where(and(eq(rating.windowId, windowId), eq(rating.level, 'verySatisfied')))
      .orderBy(desc(rating.ratedAt))
      .limit(1)
      .get()?.at ?? null
  );
}

export function ratingsBetween(db: HallDb, from: string, to: string): RatingRow[] {
  return db
    .select()
    .from(rating)
    .where(and(gte(rating.ratedDay, from), lte(rating.ratedDay, to)))
    .orderBy(asc(rating.ratedAt))
    .all();
}

/** The last ticket this window finished today, or is serving: what a rating without a case is about. */
export function lastServedTicket(db: HallDb, windowId: string, serviceDay: string) {
  return db
    .select({ id: ticket.id, number: ticket.number, status: ticket.status })
    .from(ticket)
    .where(and(eq(ticket.windowId, windowId), eq(ticket.serviceDay, serviceDay), sql`${ticket.status} IN ('serving', 'done')`))
    .orderBy(desc(sql`coalesce(${ticket.finishedAt}, ${ticket.startedAt})`))
    .limit(1)
    .get();
}

/** Served counts of a period: tickets finished per window, clerk and day, and cases per matter. */
export function servedBetween(db: HallDb, from: string, to: string) {
  const tickets = db
    .select({ windowId: ticket.windowId, windowName: hallWindow.name, staffId: ticket.staffId, clerkName: staff.name, day: ticket.serviceDay })
    .from(ticket)
    .leftJoin(hallWindow, eq(hallWindow.id, ticket.windowId))
    .leftJoin(staff, eq(staff.id, ticket.staffId))
    .where(and(eq(ticket.status, 'done'), gte(ticket.serviceDay, from), lte(ticket.serviceDay, to)))
    .all();
  const matters = db
    .select({ name: caseMatter.name, cases: sql<number>`count(*)` })
    .from(caseMatter)
    .innerJoin(intakeCase, eq(intakeCase.id, caseMatter.caseId))
    .where(and(gte(intakeCase.receivedDay, from), lte(intakeCase.receivedDay, to)))
    .groupBy(caseMatter.name)
    .all();
  return { tickets, matters };
}

export function insertFollowUp(db: HallDb, ratingId: string, due: { followUpDue: string; rectifyDue: string }, at: number): void {
  db.insert(ratingFollowUp)
    .values({ id: newId(), ratingId, ...due, createdAt: at })
    .run();
}

export function listFollowUps(db: HallDb, openOnly: boolean): FollowUpRow[] {
  return db
    .select()
    .from(ratingFollowUp)
    .where(openOnly ? isNull(ratingFollowUp.closedAt) : undefined)
    .orderBy(asc(ratingFollowUp.rectifyDue))
    .all();
}

export function findFollowUp(db: HallDb, id: string): FollowUpRow | undefined {
  return db.select().from(ratingFollowUp).where(eq(ratingFollowUp.id, id)).get();
}

export function updateFollowUp(
  db: HallDb,
  id: string,
  changes: Pick<FollowUpRow, 'verdict' | 'measure' | 'feedback' | 'followUpResult' | 'appeal' | 'followedUpAt' | 'closedAt'>,
): void {
  db.update(ratingFollowUp).set(changes).where(eq(ratingFollowUp.id, id)).run();
}

/** The newest case taken in from a ticket. */
export function caseOfTicket(db: HallDb, ticketId: string): string | null {
  return db.select({ id: intakeCase.id }).from(intakeCase).where(eq(intakeCase.ticketId, ticketId)).orderBy(desc(intakeCase.receivedAt)).limit(1).get()?.id ?? null;
}
