import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { APPROVAL_STEP_KINDS, PROGRESS_STATUSES } from '../../shared/features/approval/contract';

/**
 * County-owned tables (DESIGN §4b): written on this PC only by pulls, never pushed, so they have no outbox
 * triggers. What the county decides about a case lives here, beside the hall's own case rows, never in them.
 */

/** One year's working-day calendar as the 国务院办公厅 published it (or a sample, flagged, until it does). */
export const calendarYear = sqliteTable('calendar_year', {
  year: integer('year').primaryKey(),
  fromDay: text('from_day').notNull(),
  toDay: text('to_day').notNull(),
  /** `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` entries (JSON arrays). */
  holidays: text('holidays', { mode: 'json' }).$type<string[]>().notNull(),
  workdays: text('workdays', { mode: 'json' }).$type<string[]>().notNull(),
  /** A placeholder year entered before the official list: screens say so. */
  sample: integer('sample', { mode: 'boolean' }).notNull().default(false),
  publishedAt: integer('published_at').notNull(),
});

/** Where the county's back office stands on a case (one row per case that reached it). */
export const caseProgress = sqliteTable('case_progress', {
  caseId: text('case_id').primaryKey(),
  status: text('status', { enum: PROGRESS_STATUSES }).notNull(),
  /** The department working on it now and its step (承办/审核/批准), while in progress. */
  department: text('department'),
  step: text('step'),
  /** The number the province's system gave the case; the hall's own number never changes. */
  aliasNumber: text('alias_number'),
  decision: text('decision', { enum: ['approve', 'deny'] }),
  decisionReason: text('decision_reason'),
  /** 办结: the case clock stops here. */
  completedAt: integer('completed_at'),
  completedDay: text('completed_day'),
  /** The result: certificate name, number, issuer, validity, an 电子证照 reference (JSON). */
  result: text('result', { mode: 'json' }).$type<Record<string, unknown>>(),
  /** The result is at the hall, 待领取. */
  readyAt: integer('ready_at'),
  returnedReason: text('returned_reason'),
  updatedAt: integer('updated_at').notNull(),
});

/** The departments' steps on a case, in the order the county recorded them. */
export const caseStep = sqliteTable(
  'case_step',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    kind: text('kind', { enum: APPROVAL_STEP_KINDS }).notNull(),
    department: text('department').notNull(),
    actor: text('actor').notNull(),
    at: integer('at').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('case_step_case').on(t.caseId, t.at)],
);

/** A department's special procedure (挂起) that stops the case clock, like the hall's own `case_suspension`. */
export const approvalSuspension = sqliteTable(
  'approval_suspension',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    type: text('type').notNull(),
    reason: text('reason').notNull(),
    department: text('department').notNull(),
    startDay: text('start_day').notNull(),
    endDay: text('end_day'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('approval_suspension_case').on(t.caseId)],
);
