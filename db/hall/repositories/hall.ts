import { asc, eq } from 'drizzle-orm';
import type { HallInfo, HallWindow, WindowKind, WindowState } from '../../../shared/features/hall/contract';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { hallSettings, hallWindow, staff, staffPhoto, windowQueue } from '../schema';

export function getHallInfo(db: HallDb): HallInfo | null {
  const row = db.select().from(hallSettings).limit(1).get();
  return row ? { name: row.name, areaCode: row.areaCode, phone: row.phone } : null;
}

export type HallSettingsRow = typeof hallSettings.$inferSelect;

export function getHallSettings(db: HallDb): HallSettingsRow | undefined {
  return db.select().from(hallSettings).limit(1).get();
}

export function insertHallInfo(
  db: HallDb,
  info: HallInfo & Partial<Pick<HallSettingsRow, 'opensAt' | 'closesAt' | 'priorityRunLimit' | 'appointmentMode' | 'agencyName' | 'shortName'>>,
  at: number,
): void {
  db.insert(hallSettings)
    .values({ id: newId(), ...info, createdAt: at })
    .run();
}

/** The hall's windows, or the one with `onlyId`, with their queues and the clerk signed in at each. */
function selectWindows(db: HallDb, onlyId?: string): HallWindow[] {
  const rows = db
    .select({ w: hallWindow, clerkId: staff.id, clerkName: staff.name, clerkJob: staff.jobNumber, photoVersion: staffPhoto.version })
    .from(hallWindow)
    .leftJoin(staff, eq(staff.id, hallWindow.staffId))
    .leftJoin(staffPhoto, eq(staffPhoto.staffId, hallWindow.staffId))
    .where(onlyId === undefined ? undefined : eq(hallWindow.id, onlyId))
    .orderBy(asc(hallWindow.number))
    .all();
  const links = db
    .select()
    .from(windowQueue)
    .where(onlyId === undefined ? undefined : eq(windowQueue.windowId, onlyId))
    .all();
  return rows.map(({ w, clerkId, clerkName, clerkJob, photoVersion }) => ({
    id: w.id,
    number: w.number,
    name: w.name,
    kind: w.kind,
    state: w.state,
    pauseReason: w.pauseReason,
    queueIds: links.filter((l) => l.windowId === w.id).map((l) => l.queueId),
    clerk: clerkId !== null && clerkName !== null && clerkJob !== null ? { id: clerkId, name: clerkName, jobNumber: clerkJob, photoVersion } : null,
  }));
}

export function listWindows(db: HallDb): HallWindow[] {
  return selectWindows(db);
}

/** One window by id: every clerk action looks up its own window, so this reads only that one. */
export function findWindow(db: HallDb, id: string): HallWindow | undefined {
  return selectWindows(db, id)[0];
}

export function insertWindow(
  db: HallDb,
  window: { number: number; name: string; kind: WindowKind; queueIds: string[] },
  at: number,
): string {
  const id = newId();
  db.insert(hallWindow).values({ id, number: window.number, name: window.name, kind: window.kind, createdAt: at }).run();
  for (const queueId of window.queueIds) {
    db.insert(windowQueue).values({ id: newId(), windowId: id, queueId }).run();
  }
  return id;
}

export function updateHallSettings(
  db: HallDb,
  settings: Pick<
    HallSettingsRow,
    | 'opensAt'
    | 'closesAt'
    | 'priorityRunLimit'
    | 'appointmentMode'
    | 'agencyName'
    | 'shortName'
    | 'ratingTimeoutSeconds'
    | 'followUpDays'
    | 'rectifyDays'
    | 'burstSeconds'
  >,
): void {
  db.update(hallSettings).set(settings).run();
}

export function findWindowByNumber(db: HallDb, number: number): string | undefined {
  return db.select({ id: hallWindow.id }).from(hallWindow).where(eq(hallWindow.number, number)).get()?.id;
}

/** Changes a window and replaces the set of queues it serves. */
export function updateWindow(db: HallDb, id: string, window: { number: number; name: string; kind: WindowKind; queueIds: string[] }): void {
  db.update(hallWindow).set({ number: window.number, name: window.name, kind: window.kind }).where(eq(hallWindow.id, id)).run();
  const current = db.select().from(windowQueue).where(eq(windowQueue.windowId, id)).all();
  for (const link of current) {
    if (!window.queueIds.includes(link.queueId)) db.delete(windowQueue).where(eq(windowQueue.id, link.id)).run();
  }
  for (const queueId of window.queueIds) {
    if (!current.some((l) => l.queueId === queueId)) db.insert(windowQueue).values({ id: newId(), windowId: id, queueId }).run();
  }
}

export function setWindowState(db: HallDb, id: string, state: WindowState, staffId: string | null, pauseReason: string | null = null): void {
  db.update(hallWindow).set({ state, staffId, pauseReason }).where(eq(hallWindow.id, id)).run();
}

/** Whether the staff member is signed in at a window now (their photo is then on that window's pad). */
export function isAtWindow(db: HallDb, staffId: string): boolean {
  return db.select({ id: hallWindow.id }).from(hallWindow).where(eq(hallWindow.staffId, staffId)).get() !== undefined;
}
