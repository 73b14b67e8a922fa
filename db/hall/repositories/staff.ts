import { and, asc, eq, isNull } from 'drizzle-orm';
import type { StaffRole } from '../../../shared/api/roles';
import type { StaffMember } from '../../../shared/features/staff/contract';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { staff, staffSession } from '../schema';

type StaffRow = typeof staff.$inferSelect;

function toMember(row: StaffRow): StaffMember {
  return { id: row.id, jobNumber: row.jobNumber, name: row.name, role: row.role, active: row.active };
}

export function listStaff(db: HallDb): StaffMember[] {
  return db.select().from(staff).orderBy(asc(staff.jobNumber)).all().map(toMember);
}

export function findStaffByJobNumber(db: HallDb, jobNumber: string): (StaffMember & { pinHash: string }) | undefined {
  const row = db.select().from(staff).where(eq(staff.jobNumber, jobNumber)).get();
  return row ? { ...toMember(row), pinHash: row.pinHash } : undefined;
}

export function findStaff(db: HallDb, id: string): StaffMember | undefined {
  const row = db.select().from(staff).where(eq(staff.id, id)).get();
  return row ? toMember(row) : undefined;
}

export function insertStaff(
  db: HallDb,
  member: { jobNumber: string; name: string; role: StaffRole; pinHash: string },
  at: number,
): StaffMember {
  const id = newId();
  db.insert(staff).values({ id, ...member, active: true, createdAt: at }).run();
  return { id, jobNumber: member.jobNumber, name: member.name, role: member.role, active: true };
}

export interface SessionRow {
  staffId: string;
  windowId: string | null;
  deviceId: string;
  createdAt: number;
}

export function insertSession(db: HallDb, tokenHash: string, session: SessionRow): void {
  db.insert(staffSession).values({ tokenHash, ...session }).run();
}

export function findOpenSession(db: HallDb, tokenHash: string): SessionRow | undefined {
  return db
    .select({
      staffId: staffSession.staffId,
      windowId: staffSession.windowId,
      deviceId: staffSession.deviceId,
      createdAt: staffSession.createdAt,
    })
    .from(staffSession)
    .where(and(eq(staffSession.tokenHash, tokenHash), isNull(staffSession.endedAt)))
    .get();
}

/** Ends the open sessions at a window (a window has one clerk at a time). */
export function endWindowSessions(db: HallDb, windowId: string, at: number): void {
  db.update(staffSession)
    .set({ endedAt: at })
    .where(and(eq(staffSession.windowId, windowId), isNull(staffSession.endedAt)))
    .run();
}

export function endSession(db: HallDb, tokenHash: string, at: number): void {
  db.update(staffSession).set({ endedAt: at }).where(eq(staffSession.tokenHash, tokenHash)).run();
}
