import { and, asc, eq, isNull } from 'drizzle-orm';
import type { StaffRole } from '../../../shared/api/roles';
import type { ClerkOnDuty, StaffEntry, StaffMember } from '../../../shared/features/staff/contract';
import { PHOTO_PREFIX, type StaffPhoto } from '../../../shared/features/staff/photo';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { staff, staffPhoto, staffSession } from '../schema';

type StaffRow = typeof staff.$inferSelect;

function toMember(row: StaffRow): StaffMember {
  return { id: row.id, jobNumber: row.jobNumber, name: row.name, role: row.role, active: row.active };
}

/** Staff with their photo's version (never the photo itself), all of them or the one with `onlyId`. */
function selectEntries(db: HallDb, onlyId?: string): StaffEntry[] {
  return db
    .select({ s: staff, photoVersion: staffPhoto.version })
    .from(staff)
    .leftJoin(staffPhoto, eq(staffPhoto.staffId, staff.id))
    .where(onlyId === undefined ? undefined : eq(staff.id, onlyId))
    .orderBy(asc(staff.jobNumber))
    .all()
    .map(({ s, photoVersion }) => ({ ...toMember(s), photoVersion }));
}

export function listStaff(db: HallDb): StaffEntry[] {
  return selectEntries(db);
}

export function findStaffEntry(db: HallDb, id: string): StaffEntry | undefined {
  return selectEntries(db, id)[0];
}

/** A clerk as the pad shows them. */
export function findClerk(db: HallDb, id: string): ClerkOnDuty | undefined {
  const entry = findStaffEntry(db, id);
  return entry && { id: entry.id, name: entry.name, jobNumber: entry.jobNumber, photoVersion: entry.photoVersion };
}

export function saveStaffPhoto(db: HallDb, staffId: string, jpeg: Buffer, version: string, at: number): void {
  db.insert(staffPhoto)
    .values({ staffId, jpeg, version, updatedAt: at })
    .onConflictDoUpdate({ target: staffPhoto.staffId, set: { jpeg, version, updatedAt: at } })
    .run();
}

/** Whether there was a photo to delete. */
export function deleteStaffPhoto(db: HallDb, staffId: string): boolean {
  return db.delete(staffPhoto).where(eq(staffPhoto.staffId, staffId)).run().changes > 0;
}

export function findStaffPhoto(db: HallDb, staffId: string): StaffPhoto | undefined {
  const row = db.select().from(staffPhoto).where(eq(staffPhoto.staffId, staffId)).get();
  return row && { staffId, dataUrl: PHOTO_PREFIX + row.jpeg.toString('base64'), version: row.version };
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
