import { asc, eq } from 'drizzle-orm';
import type { PairableRole } from '../../../shared/api/roles';
import type { PairedDevice } from '../../../shared/features/devices/contract';
import { newId } from '../../ids';
import type { HallDb } from '../open';
import { device, pairedDevice } from '../schema';

type Row = typeof pairedDevice.$inferSelect;

function toDevice(row: Row): PairedDevice {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    pairedAt: row.pairedAt,
    lastSeenAt: row.lastSeenAt,
    revoked: row.revokedAt !== null,
  };
}

export function insertPairedDevice(
  db: HallDb,
  device: { name: string; role: PairableRole; tokenHash: string },
  at: number,
): PairedDevice {
  const id = newId();
  db.insert(pairedDevice).values({ id, ...device, pairedAt: at }).run();
  return { id, name: device.name, role: device.role, pairedAt: at, lastSeenAt: null, revoked: false };
}

export function findDeviceByTokenHash(db: HallDb, tokenHash: string): PairedDevice | undefined {
  const row = db.select().from(pairedDevice).where(eq(pairedDevice.tokenHash, tokenHash)).get();
  return row ? toDevice(row) : undefined;
}

export function listPairedDevices(db: HallDb): PairedDevice[] {
  return db.select().from(pairedDevice).orderBy(asc(pairedDevice.pairedAt)).all().map(toDevice);
}

export function touchDevice(db: HallDb, id: string, at: number): void {
  db.update(pairedDevice).set({ lastSeenAt: at }).where(eq(pairedDevice.id, id)).run();
}

export function revokeDevice(db: HallDb, id: string, at: number): PairedDevice | undefined {
  db.update(pairedDevice).set({ revokedAt: at }).where(eq(pairedDevice.id, id)).run();
  const row = db.select().from(pairedDevice).where(eq(pairedDevice.id, id)).get();
  return row ? toDevice(row) : undefined;
}

/** This PC's terminal number from county enrolment; null until it is enrolled. */
export function terminalNumber(db: HallDb, deviceId: string): number | null {
  return db.select({ terminalNo: device.terminalNo }).from(device).where(eq(device.id, deviceId)).get()?.terminalNo ?? null;
}

export function setTerminalNumber(db: HallDb, deviceId: string, terminalNo: number | null): void {
  db.update(device).set({ terminalNo }).where(eq(device.id, deviceId)).run();
}
