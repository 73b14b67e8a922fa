import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

/**
 * Every table of the hall store has an owner (DESIGN §4b), and the owner decides how it travels:
 * - hall: written on the hall's PCs, each write leaving an outbox entry (triggers of `outbox.ts`), pushed up;
 * - county: written here only by pulls, never pushed, so no triggers;
 * - local: never leaves this PC.
 * A test keeps the three lists complete and disjoint.
 */
export type Owner = 'hall' | 'county' | 'local';

export interface OwnedTable {
  table: SQLiteTable;
  owner: Owner;
  /** Columns that never leave this PC (secrets, sync bookkeeping). */
  private?: readonly string[];
  /** Hall configuration and the queue: written by the hall host only (DESIGN §2). */
  hostOnly?: boolean;
}

const SYNC_VERSION = 'sync_version';

const hall = (table: SQLiteTable, options: { private?: readonly string[]; hostOnly?: boolean } = {}): OwnedTable => ({
  table,
  owner: 'hall',
  private: [SYNC_VERSION, ...(options.private ?? [])],
  hostOnly: options.hostOnly ?? false,
});

/** Tables whose every write reaches the county through the outbox. */
export const HALL_TABLES: readonly OwnedTable[] = [
  hall(schema.hallSettings, { hostOnly: true }),
  hall(schema.staff, { private: ['pin_hash'], hostOnly: true }),
  hall(schema.hallWindow, { hostOnly: true }),
  hall(schema.hallQueue, { hostOnly: true }),
  hall(schema.windowQueue, { hostOnly: true }),
  hall(schema.ticket, { hostOnly: true }),
  hall(schema.appointmentCheckIn, { hostOnly: true }),
  hall(schema.activity),
  hall(schema.intakeCase),
  hall(schema.caseMatter),
  hall(schema.caseMaterial),
  hall(schema.caseDocument),
  hall(schema.caseSuspension),
  hall(schema.ratingRequest),
  hall(schema.rating),
  hall(schema.ratingFollowUp),
];

/** Reference data and the county's decisions: they flow down only. */
export const COUNTY_TABLES: readonly OwnedTable[] = [
  schema.catalogVersion,
  schema.catalogStage,
  schema.catalogMatter,
  schema.catalogMaterial,
  schema.creditBlacklist,
  schema.calendarYear,
  schema.appointment,
  schema.caseProgress,
  schema.caseStep,
  schema.approvalSuspension,
].map((table) => ({ table, owner: 'county' as const }));

/**
 * Tables that belong to this PC alone: its identity and county credentials, sign-in sessions, LAN pairings,
 * device settings, the outbox and the sync bookkeeping. Staff photos too: only this hall's pads show them, and
 * the county's records (ratings, activity) name the clerk by name and job number, so it has no use for a face;
 * a 100 KB photo (a BLOB, which the outbox's JSON payload cannot even hold) in every push would be personal data
 * sent for nothing. Setting or removing one is still synced as an `activity` row, without the photo.
 */
export const LOCAL_TABLES: readonly OwnedTable[] = [
  schema.device,
  schema.staffSession,
  schema.staffPhoto,
  schema.pairedDevice,
  schema.printerConfig,
  schema.keypadConfig,
  schema.outbox,
  schema.countyLink,
  schema.syncCursor,
  schema.syncStatus,
  schema.syncRun,
  schema.syncIssue,
  schema.syncGuard,
].map((table) => ({ table, owner: 'local' as const }));

export const ALL_TABLES: readonly OwnedTable[] = [...HALL_TABLES, ...COUNTY_TABLES, ...LOCAL_TABLES];

export function tableName(table: SQLiteTable): string {
  return getTableConfig(table).name;
}
