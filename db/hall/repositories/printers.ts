import { asc, eq } from 'drizzle-orm';
import type { HallDb } from '../open';
import { printerConfig } from '../schema';

export function getPrinterConfig(db: HallDb, deviceKey: string): unknown {
  return db.select().from(printerConfig).where(eq(printerConfig.deviceKey, deviceKey)).get()?.target ?? null;
}

export function listPrinterConfigs(db: HallDb): Array<{ deviceKey: string; config: unknown; updatedAt: number }> {
  return db
    .select()
    .from(printerConfig)
    .orderBy(asc(printerConfig.deviceKey))
    .all()
    .map((r) => ({ deviceKey: r.deviceKey, config: r.target, updatedAt: r.updatedAt }));
}

export function setPrinterConfig(db: HallDb, deviceKey: string, config: unknown | null, at: number): void {
  if (config === null) {
    db.delete(printerConfig).where(eq(printerConfig.deviceKey, deviceKey)).run();
    return;
  }
  db.insert(printerConfig)
    .values({ deviceKey, target: config, updatedAt: at })
    .onConflictDoUpdate({ target: printerConfig.deviceKey, set: { target: config, updatedAt: at } })
    .run();
}
