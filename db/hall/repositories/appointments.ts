import { and, eq, sql } from 'drizzle-orm';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { appointment, appointmentCheckIn } from '../schema';

export type AppointmentRow = typeof appointment.$inferSelect;

/** A booking as the hall sees it: the county's row and whether this hall has checked it in. */
export type Booking = AppointmentRow & { checkedIn: boolean };

/** Bookings are the county's; only the demo seed (standing in for the county) writes them on a hall PC. */
export function insertAppointment(
  db: HallDb,
  fields: { id?: string; code: string; serviceDay: string; queueId: string; name: string; idNumber: string; phone: string },
  at: number,
): string {
  const id = fields.id ?? newId();
  db.insert(appointment).values({ ...fields, id, createdAt: at }).run();
  return id;
}

export function findBookedAppointment(db: HallDb, serviceDay: string, by: { code?: string | null; idNumber?: string | null }): Booking | undefined {
  const key = by.code ? eq(appointment.code, by.code.toUpperCase()) : eq(appointment.idNumber, (by.idNumber ?? '').toUpperCase());
  const row = db
    .select({ a: appointment, checkInId: appointmentCheckIn.id })
    .from(appointment)
    .leftJoin(appointmentCheckIn, eq(appointmentCheckIn.appointmentId, appointment.id))
    .where(and(eq(appointment.serviceDay, serviceDay), eq(appointment.status, 'booked'), key))
    .get();
  return row && { ...row.a, checkedIn: row.checkInId !== null };
}

export function markCheckedIn(db: HallDb, appointmentId: string, ticketId: string, deviceId: string, at: number): void {
  db.insert(appointmentCheckIn).values({ id: newId(), appointmentId, ticketId, checkedInAt: at, deviceId }).run();
}

/** Booked (not cancelled), checked in, and (for a day that is over) not come. */
export function appointmentCounts(db: HallDb, serviceDay: string, dayIsOver: boolean) {
  const row = db
    .select({
      booked: sql<number>`count(*)`,
      notCome: sql<number>`coalesce(sum(case when ${appointmentCheckIn.id} is null then 1 else 0 end), 0)`,
    })
    .from(appointment)
    .leftJoin(appointmentCheckIn, eq(appointmentCheckIn.appointmentId, appointment.id))
    .where(and(eq(appointment.serviceDay, serviceDay), eq(appointment.status, 'booked')))
    .get() ?? { booked: 0, notCome: 0 };
  return { booked: row.booked, checkedIn: row.booked - row.notCome, noShows: dayIsOver ? row.notCome : 0 };
}

/** The appointment a ticket was issued for at check-in. */
export function findAppointmentOfTicket(db: HallDb, ticketId: string): AppointmentRow | undefined {
  return db
    .select({ a: appointment })
    .from(appointmentCheckIn)
    .innerJoin(appointment, eq(appointment.id, appointmentCheckIn.appointmentId))
    .where(eq(appointmentCheckIn.ticketId, ticketId))
    .get()?.a;
}

