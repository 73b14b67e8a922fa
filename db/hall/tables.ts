import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

export interface SyncedTable {
  table: SQLiteTable;
  /** Columns that never leave this PC (secrets). */
  private?: readonly string[];
}

/** Tables whose every write reaches the county through the outbox. */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  { table: schema.hallSettings },
  { table: schema.staff, private: ['pin_hash'] },
  { table: schema.hallWindow },
  { table: schema.hallQueue },
  { table: schema.windowQueue },
  { table: schema.ticket },
  { table: schema.appointment },
  { table: schema.activity },
  { table: schema.intakeCase },
  { table: schema.caseMatter },
  { table: schema.caseMaterial },
  { table: schema.caseDocument },
  { table: schema.caseSuspension },
  { table: schema.ratingRequest },
  { table: schema.rating },
  { table: schema.ratingFollowUp },
];

/** Reference data that the county publishes and that flows down only: never pushed, so no outbox. */
export const REFERENCE_TABLES: readonly SQLiteTable[] = [
  schema.catalogVersion,
  schema.catalogStage,
  schema.catalogMatter,
  schema.catalogMaterial,
  schema.creditBlacklist,
];

/**
 * Tables that belong to this PC alone: its identity, sign-in sessions, LAN pairings, the outbox itself.
 * Staff photos too: only this hall's pads show them, and the county's records (ratings, activity) name the
 * clerk by name and job number, so it has no use for a face; a 100 KB photo (a BLOB, which the outbox's JSON
 * payload cannot even hold) in every push would be personal data sent for nothing. Setting or removing one is
 * still synced as an `activity` row, without the photo. A rebuilt host gets its photos from its backup, or
 * the admin sets them again.
 */
export const LOCAL_TABLES: readonly SQLiteTable[] = [
  schema.device,
  schema.staffSession,
  schema.staffPhoto,
  schema.pairedDevice,
  schema.printerConfig,
  schema.keypadConfig,
  schema.outbox,
];

export function tableName(table: SQLiteTable): string {
  return getTableConfig(table).name;
}
