import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { SYNC_ISSUE_KINDS, SYNC_OUTCOMES, SYNC_TRIGGERS } from '../../shared/sync/protocol';

/**
 * This PC's side of the county link: local tables, never synced (DESIGN §4b). The credentials live only here,
 * outside the outbox and out of every log.
 */

/** This PC's enrolment with the county: one row once enrolled. */
export const countyLink = sqliteTable('county_link', {
  id: integer('id').primaryKey(),
  url: text('url').notNull(),
  hallId: text('hall_id').notNull(),
  hallName: text('hall_name').notNull(),
  /** The device secret the county issued; it keeps only its hash. */
  secret: text('secret').notNull(),
  enrolledAt: integer('enrolled_at').notNull(),
});

/** How far this PC has read each county partition (its hall's, and the county-wide reference data). */
export const syncCursor = sqliteTable('sync_cursor', {
  partition: text('partition').primaryKey(),
  epoch: text('epoch').notNull(),
  seq: integer('seq').notNull(),
  /** Set while a fresh snapshot is being read: rows not seen again by its end are gone at the county. */
  snapshotOf: integer('snapshot_of'),
});

/** The last known state of the link, so the status bar reads right after a restart. */
export const syncStatus = sqliteTable('sync_status', {
  id: integer('id').primaryKey(),
  lastSuccessAt: integer('last_success_at'),
  lastAttemptAt: integer('last_attempt_at'),
  offlineSince: integer('offline_since'),
  lastError: text('last_error'),
  /** County time minus this PC's time, measured on the last answer. */
  clockOffsetMs: integer('clock_offset_ms'),
  /** A refusal that only a newer OneWindow can get past (the county is too new for this PC). */
  blockedReason: text('blocked_reason'),
});

/** One sync run: why it ran, what it moved, how it ended (the log on 县级联网). */
export const syncRun = sqliteTable(
  'sync_run',
  {
    id: text('id').primaryKey(),
    trigger: text('trigger', { enum: SYNC_TRIGGERS }).notNull(),
    startedAt: integer('started_at').notNull(),
    endedAt: integer('ended_at').notNull(),
    pushed: integer('pushed').notNull(),
    pulled: integer('pulled').notNull(),
    outcome: text('outcome', { enum: SYNC_OUTCOMES }).notNull(),
    message: text('message'),
  },
  (t) => [index('sync_run_started').on(t.startedAt)],
);

/**
 * A record staff must see: an entry the county refused (rejected), a write that lost to another PC's (conflict),
 * or a pulled row this PC could not store (inbound). Never silent, never blocking the rest.
 */
export const syncIssue = sqliteTable(
  'sync_issue',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: SYNC_ISSUE_KINDS }).notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    /** The outbox seq (rejected, conflict) or the county seq (inbound). */
    seq: integer('seq').notNull(),
    code: text('code').notNull(),
    message: text('message').notNull(),
    /** The refused payload, for staff to re-enter what was lost. */
    data: text('data', { mode: 'json' }),
    at: integer('at').notNull(),
    resolvedAt: integer('resolved_at'),
  },
  (t) => [index('sync_issue_open').on(t.resolvedAt, t.at)],
);

/**
 * One row: `applying` is 1 while a pull writes rows, inside that transaction only. The outbox triggers skip
 * writes made then, so what came from the county never goes back up.
 */
export const syncGuard = sqliteTable('sync_guard', {
  id: integer('id').primaryKey(),
  applying: integer('applying').notNull().default(0),
});
