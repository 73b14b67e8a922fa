import { and, eq, sql } from 'drizzle-orm';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { appointment } from '../schema';

export type AppointmentRow = typeof appointment.$inferSelect;

export function insertAppointment(
  db: HallDb,
  fields: { code: string; serviceDay: string; queueId: string; name: string; idNumber: string; phone: string },
  at: number,
): string {
  const id = newId();
  db.insert(appointment).values({ id, ...fields, createdAt: at }).run();
  return id;
}

export function findBookedAppointment(db: HallDb, serviceDay: string, by: { code?: string | null; idNumber?: string | null }) {
  const key = by.code ? eq(appointment.code, by.code.toUpperCase()) : eq(appointment.idNumber, (by.idNumber ?? '').toUpperCase());
  return db.select().from(appointment).where(and(eq(appointment.serviceDay, serviceDay), key)).get();
}

export function markCheckedIn(db: HallDb, id: string, ticketId: string, at: number): void {
  db.update(appointment).set({ status: 'checked_in', ticketId, checkedInAt: at }).where(eq(appointment.id, id)).run();
}

/** Booked, checked in, and (for a day that is over) not come. */
export function appointmentCounts(db: HallDb, serviceDay: string, dayIsOver: boolean) {
  const rows = db
    .select({ status: appointment.status, count: sql<number>`count(*)` })
    .from(appointment)
    .where(eq(appointment.serviceDay, serviceDay))
    .groupBy(appointment.status)
    .all();
  const count = (s: string) => rows.find((r) => r.status === s)?.count ?? 0;
  const booked = count('booked') + count('checked_in');
  return { booked, checkedIn: count('checked_in'), noShows: dayIsOver ? count('booked') : 0 };
}

/** The appointment a ticket was issued for at check-in. */
export function findAppointmentOfTicket(db: HallDb, ticketId: string): AppointmentRow | undefined {
  return db.select().from(appointment).where(eq(appointment.ticketId, ticketId)).get();
}
