import { z } from 'zod';
import { epochMs, plainText, uuid } from '../domain/text';

/**
 * The sync protocol between a hall PC and the county (DESIGN §4). A PC pushes its outbox in per-device sequence
 * order and pulls its hall's partition and the county-wide reference partition by server-assigned change
 * sequences. Every message is checked against these schemas on both sides: a malformed or hostile message is
 * refused whole and changes nothing.
 */

/** A hall's own records, and the county-wide reference data (catalog, calendars, blacklist). */
export const PARTITIONS = ['hall', 'county'] as const;
export type Partition = (typeof PARTITIONS)[number];

export const SYNC_TRIGGERS = ['write', 'timer', 'reconnect', 'manual', 'nightly', 'start'] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];

export const SYNC_OUTCOMES = ['ok', 'offline', 'refused', 'error'] as const;
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

/** What staff must look at: refused by the county, lost to another PC's write, or not storable here. */
export const SYNC_ISSUE_KINDS = ['rejected', 'conflict', 'inbound'] as const;
export type SyncIssueKind = (typeof SYNC_ISSUE_KINDS)[number];

/** Limits both sides hold to; the county refuses anything larger before it reads it. */
export const SYNC_LIMITS = {
  maxOpsPerPush: 2000,
  maxChangesPerPull: 5000,
  maxTextLength: 20_000,
  maxBodyBytes: 16 * 1024 * 1024,
} as const;

export const ClientInfo = z.object({
  app: z.string().min(1).max(32),
  /** The hall schema version: the number of hall migrations this build has. */
  schema: z.number().int().nonnegative(),
});
export type ClientInfo = z.infer<typeof ClientInfo>;

/** A column value as SQLite stores it: text, a number, or null (JSON columns travel as their text). */
export const ColumnValue = z.union([z.string().max(SYNC_LIMITS.maxTextLength), z.number().finite(), z.null()]);
export type ColumnValue = z.infer<typeof ColumnValue>;
export const RowData = z.record(z.string().regex(/^[a-z][a-z0-9_]{0,62}$/), ColumnValue);
export type RowData = z.infer<typeof RowData>;

const tableName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/);
const rowId = z.string().min(1).max(64);

export const OutboxOp = z.object({
  seq: z.number().int().positive(),
  table: tableName,
  rowId,
  op: z.enum(['insert', 'update', 'delete']),
  /** The row's columns after the write; null for a delete. */
  data: RowData.nullable(),
  /** The county version of the row the write was based on (null: never pulled). */
  base: z.number().int().nonnegative().nullable(),
  schema: z.number().int().nonnegative(),
});
export type OutboxOp = z.infer<typeof OutboxOp>;

export const Cursor = z.object({ epoch: z.string().min(1).max(64), seq: z.number().int().nonnegative() });
export type Cursor = z.infer<typeof Cursor>;

export const EnrolInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, '登记码应为8位字母或数字')
    .transform((c) => c.replace('-', '')),
  deviceId: uuid,
  name: plainText('设备名称', 30),
  client: ClientInfo,
});

export const EnrolOutput = z.object({
  hallId: uuid,
  hallName: z.string(),
  areaCode: z.string().regex(/^\d{6}$/),
  terminalNo: z.number().int().min(1).max(99),
  /** The device secret: shown once, kept hashed by the county. */
  secret: z.string().min(32).max(128),
  serverTime: epochMs,
});
export type EnrolOutput = z.infer<typeof EnrolOutput>;

export const HelloInput = z.object({ client: ClientInfo });
export const HelloOutput = z.object({
  hallId: uuid,
  terminalNo: z.number().int(),
  serverTime: epochMs,
  /** The newest hall schema this county knows. */
  countySchema: z.number().int(),
});

export const PushInput = z.object({
  client: ClientInfo,
  ops: z.array(OutboxOp).min(1).max(SYNC_LIMITS.maxOpsPerPush),
  /** Entries still waiting on this PC after this batch, for the county's health view. */
  pending: z.number().int().nonnegative(),
  clockOffsetMs: z.number().int().nullable(),
});

export const RefusedOp = z.object({
  seq: z.number().int().positive(),
  code: z.string().max(64),
  message: z.string().max(500),
});
export type RefusedOp = z.infer<typeof RefusedOp>;

export const PushOutput = z.object({
  /** The highest sequence of this device the county has applied; entries up to it are done. */
  appliedThrough: z.number().int().nonnegative(),
  /** Entries the county refused (validation, ownership): done too, but staff must see them. */
  rejected: z.array(RefusedOp),
  /** Updates based on a version another PC had already changed: the county's row stands. */
  conflicts: z.array(RefusedOp),
  serverTime: epochMs,
});
export type PushOutput = z.infer<typeof PushOutput>;

export const PullInput = z.object({
  client: ClientInfo,
  /** Null: start from nothing (a new PC, or a snapshot after a cursor the county no longer serves). */
  cursors: z.object({ hall: Cursor.nullable(), county: Cursor.nullable() }),
  limit: z.number().int().min(1).max(SYNC_LIMITS.maxChangesPerPull),
  pending: z.number().int().nonnegative(),
  clockOffsetMs: z.number().int().nullable(),
});

export const Change = z.object({
  partition: z.enum(PARTITIONS),
  seq: z.number().int().positive(),
  table: tableName,
  rowId,
  deleted: z.boolean(),
  data: RowData.nullable(),
});
export type Change = z.infer<typeof Change>;

export const PullOutput = z.object({
  changes: z.array(Change).max(SYNC_LIMITS.maxChangesPerPull),
  cursors: z.object({ hall: Cursor, county: Cursor }),
  /** More changes wait: pull again at once. */
  more: z.boolean(),
  /** Partitions whose cursor the county no longer serves: read them again from nothing, keeping the outbox. */
  reset: z.array(z.enum(PARTITIONS)),
  serverTime: epochMs,
});
export type PullOutput = z.infer<typeof PullOutput>;

/** Codes the county answers with, so the hall can tell what to do about each. */
export const SYNC_ERRORS = {
  badCredentials: 'sync/bad-credentials',
  revoked: 'sync/revoked',
  badCode: 'sync/bad-code',
  clientTooOld: 'sync/client-too-old',
  schemaTooNew: 'sync/schema-too-new',
  rateLimited: 'sync/rate-limited',
  tooLarge: 'sync/too-large',
  // Per entry:
  unknownTable: 'sync/unknown-table',
  notHallOwned: 'sync/not-hall-owned',
  badRow: 'sync/bad-row',
  wrongHall: 'sync/wrong-hall',
  hostOnly: 'sync/host-only',
  staleWrite: 'sync/stale-write',
  missingRow: 'sync/missing-row',
  exists: 'sync/exists',
} as const;
