import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CASE_STATUSES, DOCUMENT_KINDS, MATERIAL_STATUSES } from '../../shared/features/intake/contract';
import { CHANNELS, LEVELS, NOT_RATED_REASONS, STEPS, VERDICTS } from '../../shared/features/rating/contract';

/**
 * The county change sequence this PC last saw for a synced row (null: never pulled). Local bookkeeping, never
 * pushed: an update's outbox entry carries it as its base, so the county can tell a write based on the current
 * row from one that missed another PC's change (DESIGN §4.4).
 */
const syncVersion = () => integer('sync_version');

/**
 * The hall PC's SQLite store. Every table is either synced (each write leaves an outbox entry through the
 * triggers of `outbox.ts`) or local to this PC; `tables.ts` lists which, and a test keeps the list complete.
 * Times are epoch milliseconds; days are hall-local `YYYY-MM-DD`; ids are UUIDv7 made on this PC.
 */

/** This PC. Exactly one row, made on first open. */
export const device = sqliteTable('device', {
  id: text('id').primaryKey(),
  createdAt: integer('created_at').notNull(),
  /** Terminal number from county enrolment; part of human numbers minted offline. */
  terminalNo: integer('terminal_no'),
});

export const hallSettings = sqliteTable('hall_settings', {
  syncVersion: syncVersion(),
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  areaCode: text('area_code').notNull(),
  phone: text('phone').notNull(),
  /** Ticket hours, hall-local `HH:MM`: kiosks issue only between them, so numbering restarts each opening. */
  opensAt: text('opens_at').notNull().default('08:30'),
  closesAt: text('closes_at').notNull().default('17:30'),
  /** Anti-starvation: at most this many priority tickets called in a row at a window while others wait. */
  priorityRunLimit: integer('priority_run_limit').notNull().default(2),
  /** Where an appointment check-in goes: the appointment queue, or its booked queue with priority. */
  appointmentMode: text('appointment_mode', { enum: ['queue', 'priority'] }).notNull().default('queue'),
  createdAt: integer('created_at').notNull(),
  /** The issuing agency named on notices and under the seal; the hall name when empty. */
  agencyName: text('agency_name').notNull().default(''),
  /** The county's short name that opens notice numbers (`X` of `X审受〔2026〕第010042号`). */
  shortName: text('short_name').notNull().default(''),
  /** A pad records “not rated” when nobody rates within this many seconds. */
  ratingTimeoutSeconds: integer('rating_timeout_seconds').notNull().default(60),
  /** Working days to follow up (回访) and to rectify (整改) after a real-name bad rating. */
  followUpDays: integer('follow_up_days').notNull().default(1),
  rectifyDays: integer('rectify_days').notNull().default(15),
  /** Top ratings at one window less than this many seconds apart are flagged as a burst. */
  burstSeconds: integer('burst_seconds').notNull().default(15),
});

export const staff = sqliteTable('staff', {
  syncVersion: syncVersion(),
  id: text('id').primaryKey(),
  jobNumber: text('job_number').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['clerk', 'pickup', 'supervisor', 'admin'] }).notNull(),
  /** scrypt, `scrypt$N$r$p$salt$hash`; never leaves this PC (left out of outbox payloads). */
  pinHash: text('pin_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
});

/**
 * A staff member's photo for the evaluation pad (DOMAIN §6): a JPEG of at most 100 KB, checked by the host.
 * Local to the host PC, never synced (see `tables.ts`).
 */
export const staffPhoto = sqliteTable('staff_photo', {
  staffId: text('staff_id')
    .primaryKey()
    .references(() => staff.id),
  jpeg: blob('jpeg', { mode: 'buffer' }).notNull(),
  /** A short hash of the bytes: screens refetch the photo when it changes. */
  version: text('version').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const hallWindow = sqliteTable('hall_window', {
  syncVersion: syncVersion(),
  id: text('id').primaryKey(),
  number: integer('number').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['comprehensive', 'pickup', 'consult'] }).notNull(),
  state: text('state', { enum: ['closed', 'idle', 'serving', 'paused'] }).notNull().default('closed'),
  pauseReason: text('pause_reason'),
  staffId: text('staff_id').references(() => staff.id),
  createdAt: integer('created_at').notNull(),
});

export const hallQueue = sqliteTable('hall_queue', {
  syncVersion: syncVersion(),
  id: text('id').primaryKey(),
  prefix: text('prefix').notNull().unique(),
  name: text('name').notNull(),
  /** `appointment`: where appointment check-ins go (Y); `normal` otherwise. */
  role: text('role', { enum: ['normal', 'appointment'] }).notNull().default('normal'),
  /** Used for the estimated wait until the day has its own service times. */
  defaultServiceMinutes: integer('default_service_minutes').notNull().default(10),
  sortOrder: integer('sort_order').notNull(),
  createdAt: integer('created_at').notNull(),
  /** The catalog stage its applicants come for: the intake form starts there. */
  stageCode: text('stage_code'),
});

export const windowQueue = sqliteTable(
  'window_queue',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    windowId: text('window_id')
      .notNull()
      .references(() => hallWindow.id),
    queueId: text('queue_id')
      .notNull()
      .references(() => hallQueue.id),
  },
  (t) => [uniqueIndex('window_queue_pair').on(t.windowId, t.queueId)],
);

export const ticket = sqliteTable(
  'ticket',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    serviceDay: text('service_day').notNull(),
    /** The queue it waits in now (a transfer changes it). */
    queueId: text('queue_id')
      .notNull()
      .references(() => hallQueue.id),
    /** The queue that numbered it; never changes. */
    issuedQueueId: text('issued_queue_id')
      .notNull()
      .references(() => hallQueue.id),
    /** Position in the issuing queue's day, 1-based; `number` is the prefix and this, zero-padded. */
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    status: text('status', { enum: ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] }).notNull(),
    priority: text('priority', { enum: ['none', 'military', 'elderly', 'disabled', 'pregnant', 'green', 'appointment'] })
      .notNull()
      .default('none'),
    /** Only the masked form of an ID read at the kiosk is kept on a ticket. */
    idMasked: text('id_masked'),
    appointmentId: text('appointment_id'),
    /** Set by a transfer to one window: only that window calls it. */
    targetWindowId: text('target_window_id').references(() => hallWindow.id),
    /** When it was taken; a transfer keeps it, so the ticket keeps its place. */
    takenAt: integer('taken_at').notNull(),
    calledAt: integer('called_at'),
    recalls: integer('recalls').notNull().default(0),
    startedAt: integer('started_at'),
    finishedAt: integer('finished_at'),
    windowId: text('window_id').references(() => hallWindow.id),
    staffId: text('staff_id').references(() => staff.id),
    issuedBy: text('issued_by').notNull(),
  },
  (t) => [
    uniqueIndex('ticket_day_number').on(t.serviceDay, t.number),
    uniqueIndex('ticket_day_issued_seq').on(t.serviceDay, t.issuedQueueId, t.seq),
    index('ticket_day_status').on(t.serviceDay, t.status),
  ],
);

/**
 * Appointments are booked at the county (online or by phone) and come down by pull: county-owned, so the hall
 * never writes them. Checking one in at the kiosk is the hall's own fact, kept in `appointment_check_in`.
 */
export const appointment = sqliteTable(
  'appointment',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    serviceDay: text('service_day').notNull(),
    queueId: text('queue_id').notNull(),
    name: text('name').notNull(),
    idNumber: text('id_number').notNull(),
    phone: text('phone').notNull(),
    status: text('status', { enum: ['booked', 'cancelled'] }).notNull().default('booked'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('appointment_day_id').on(t.serviceDay, t.idNumber)],
);

/** An appointment checked in at a kiosk: the ticket it became. One per appointment, enforced by the store. */
export const appointmentCheckIn = sqliteTable('appointment_check_in', {
  syncVersion: syncVersion(),
  id: text('id').primaryKey(),
  appointmentId: text('appointment_id').notNull().unique(),
  ticketId: text('ticket_id')
    .notNull()
    .unique()
    .references(() => ticket.id),
  checkedInAt: integer('checked_in_at').notNull(),
  deviceId: text('device_id').notNull(),
});

/** Where each kiosk's tickets print: the host's own kiosk is `host`, a paired kiosk its device id. */
export const printerConfig = sqliteTable('printer_config', {
  deviceKey: text('device_key').primaryKey(),
  target: text('target', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** A button keypad (评价按键器) on one of this PC's serial ports, rating the requests of one window. */
export const keypadConfig = sqliteTable('keypad_config', {
  path: text('path').primaryKey(),
  windowId: text('window_id')
    .notNull()
    .references(() => hallWindow.id),
  baudRate: integer('baud_rate').notNull().default(9600),
  updatedAt: integer('updated_at').notNull(),
});

/** Who did what, where: every action is attributed to a clerk (if signed in), a window and a device. */
export const activity = sqliteTable(
  'activity',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    at: integer('at').notNull(),
    kind: text('kind').notNull(),
    subjectId: text('subject_id'),
    staffId: text('staff_id'),
    windowId: text('window_id'),
    deviceId: text('device_id').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('activity_subject').on(t.subjectId), index('activity_at').on(t.at)],
);

export const staffSession = sqliteTable('staff_session', {
  tokenHash: text('token_hash').primaryKey(),
  staffId: text('staff_id')
    .notNull()
    .references(() => staff.id),
  windowId: text('window_id').references(() => hallWindow.id),
  deviceId: text('device_id').notNull(),
  createdAt: integer('created_at').notNull(),
  endedAt: integer('ended_at'),
});

export const pairedDevice = sqliteTable('paired_device', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['window', 'kiosk', 'board', 'pad'] }).notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  pairedAt: integer('paired_at').notNull(),
  lastSeenAt: integer('last_seen_at'),
  revokedAt: integer('revoked_at'),
});

/**
 * The catalog is reference data: the county publishes versions and they flow down only. Every version is a
 * whole snapshot, so a case can keep pointing at the version it was taken in under.
 */
export const catalogVersion = sqliteTable('catalog_version', {
  id: text('id').primaryKey(),
  version: integer('version').notNull().unique(),
  publishedAt: integer('published_at').notNull(),
  source: text('source', { enum: ['county', 'seed'] }).notNull(),
});

export const catalogStage = sqliteTable('catalog_stage', {
  id: text('id').primaryKey(),
  versionId: text('version_id')
    .notNull()
    .references(() => catalogVersion.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const catalogMatter = sqliteTable('catalog_matter', {
  id: text('id').primaryKey(),
  versionId: text('version_id')
    .notNull()
    .references(() => catalogVersion.id),
  stageId: text('stage_id')
    .notNull()
    .references(() => catalogStage.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  department: text('department').notNull(),
  legalLimitDays: integer('legal_limit_days').notNull(),
  promisedLimitDays: integer('promised_limit_days').notNull(),
  onTheSpot: integer('on_the_spot', { mode: 'boolean' }).notNull(),
  legalBasis: text('legal_basis').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const catalogMaterial = sqliteTable('catalog_material', {
  id: text('id').primaryKey(),
  versionId: text('version_id')
    .notNull()
    .references(() => catalogVersion.id),
  matterId: text('matter_id')
    .notNull()
    .references(() => catalogMatter.id),
  name: text('name').notNull(),
  form: text('form', { enum: ['original', 'copy', 'either'] }).notNull(),
  copies: integer('copies').notNull(),
  required: integer('required', { mode: 'boolean' }).notNull(),
  deficiencyAllowed: integer('deficiency_allowed', { mode: 'boolean' }).notNull(),
  standard: text('standard').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/** Applicants barred from 容缺受理 (DOMAIN §2): reference data from the county's credit system. */
export const creditBlacklist = sqliteTable('credit_blacklist', {
  /** A resident ID number or unified social credit code, upper-case. */
  key: text('key').primaryKey(),
  reason: text('reason').notNull(),
  listedAt: integer('listed_at').notNull(),
});

/**
 * A case taken in at a window (办件). Applicant, project and catalog facts are copied in, so the case reads the
 * same after the catalog changes. `number` is minted on this PC ({area}{day}{terminal}{serial}) and never
 * changes; `applicant_key` (ID number or credit code) and `phone_digits` are what searches and history use.
 */
export const intakeCase = sqliteTable(
  'intake_case',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    terminalNo: integer('terminal_no').notNull(),
    serial: integer('serial').notNull(),
    catalogVersion: integer('catalog_version').notNull(),
    stageId: text('stage_id').notNull(),
    stageName: text('stage_name').notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    /** The decision as taken, with its own fields (catch-up day, refusal reason…). */
    decision: text('decision', { mode: 'json' }).notNull(),
    applicantKind: text('applicant_kind', { enum: ['person', 'organisation'] }).notNull(),
    applicantName: text('applicant_name').notNull(),
    idType: text('id_type'),
    applicantKey: text('applicant_key').notNull(),
    contactName: text('contact_name'),
    phone: text('phone').notNull(),
    phoneDigits: text('phone_digits').notNull(),
    agent: text('agent', { mode: 'json' }),
    projectName: text('project_name').notNull(),
    projectCode: text('project_code').notNull(),
    projectLocation: text('project_location').notNull(),
    projectScale: text('project_scale').notNull(),
    deliveryMethod: text('delivery_method', { enum: ['inPerson', 'ems'] }).notNull(),
    deliveryAddress: text('delivery_address'),
    ticketId: text('ticket_id'),
    ticketNumber: text('ticket_number'),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    windowId: text('window_id').references(() => hallWindow.id),
    deviceId: text('device_id').notNull(),
    receivedAt: integer('received_at').notNull(),
    receivedDay: text('received_day').notNull(),
    /** The day the clock starts: intake for an acceptance, the day materials became complete after 补正. */
    acceptedDay: text('accepted_day'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('intake_case_terminal_serial').on(t.receivedDay, t.terminalNo, t.serial),
    index('intake_case_applicant').on(t.applicantKey),
    index('intake_case_phone').on(t.phoneDigits),
    index('intake_case_applicant_name').on(t.applicantName),
    index('intake_case_project_name').on(t.projectName),
    index('intake_case_received').on(t.receivedAt),
  ],
);

export const caseMatter = sqliteTable(
  'case_matter',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => intakeCase.id),
    matterId: text('matter_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    department: text('department').notNull(),
    legalLimitDays: integer('legal_limit_days').notNull(),
    promisedLimitDays: integer('promised_limit_days').notNull(),
    onTheSpot: integer('on_the_spot', { mode: 'boolean' }).notNull(),
    legalBasis: text('legal_basis').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('case_matter_case').on(t.caseId)],
);

export const caseMaterial = sqliteTable(
  'case_material',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => intakeCase.id),
    name: text('name').notNull(),
    requiredForm: text('required_form', { enum: ['original', 'copy', 'either'] }).notNull(),
    requiredCopies: integer('required_copies').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    deficiencyAllowed: integer('deficiency_allowed', { mode: 'boolean' }).notNull(),
    standard: text('standard').notNull(),
    status: text('status', { enum: MATERIAL_STATUSES }).notNull(),
    form: text('form', { enum: ['original', 'copy'] }),
    copies: integer('copies').notNull(),
    note: text('note').notNull(),
    suppliedAt: integer('supplied_at'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('case_material_case').on(t.caseId)],
);

/**
 * A notice issued for a case. Its serial is per terminal, kind and year, and the number carries the terminal,
 * so two PCs numbering offline never print the same one; a reprint keeps it and counts `prints`.
 */
export const caseDocument = sqliteTable(
  'case_document',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => intakeCase.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    year: integer('year').notNull(),
    serial: integer('serial').notNull(),
    /** Null only on notices numbered before numbers carried the terminal. */
    terminalNo: integer('terminal_no'),
    number: text('number').notNull().unique(),
    issuedAt: integer('issued_at').notNull(),
    prints: integer('prints').notNull().default(0),
  },
  (t) => [
    uniqueIndex('case_document_terminal_serial').on(t.kind, t.year, t.terminalNo, t.serial),
    index('case_document_case').on(t.caseId),
  ],
);

/** 挂起: a special procedure that stops the case clock from `start_day` to `end_day` (open while null). */
export const caseSuspension = sqliteTable(
  'case_suspension',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => intakeCase.id),
    type: text('type').notNull(),
    reason: text('reason').notNull(),
    approver: text('approver').notNull(),
    startDay: text('start_day').notNull(),
    endDay: text('end_day'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('case_suspension_case').on(t.caseId)],
);

/**
 * A rating the clerk started: stored before the pad shows it, so a restart finds it again. It ends in exactly
 * one `rating` row, rated or not rated. The subject is the case, or the ticket of a service without one.
 */
export const ratingRequest = sqliteTable(
  'rating_request',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    windowId: text('window_id')
      .notNull()
      .references(() => hallWindow.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    step: text('step', { enum: STEPS }).notNull(),
    ratingNo: integer('rating_no').notNull(),
    caseId: text('case_id').references(() => intakeCase.id),
    ticketId: text('ticket_id'),
    subjectKey: text('subject_key').notNull(),
    requestedAt: integer('requested_at').notNull(),
    timeoutSeconds: integer('timeout_seconds').notNull(),
    endedAt: integer('ended_at'),
    deviceId: text('device_id').notNull(),
  },
  (t) => [index('rating_request_window').on(t.windowId, t.endedAt)],
);

/** The record of a rating (DOMAIN §6), copied out of its case and window so it reads the same later. */
export const rating = sqliteTable(
  'rating',
  {
    syncVersion: syncVersion(),
    id: text('id').primaryKey(),
    requestId: text('request_id')
      .notNull()
      .unique()
      .references(() => ratingRequest.id),
    subjectKey: text('subject_key').notNull(),
    caseId: text('case_id'),
    caseNumber: text('case_number'),
    matterNames: text('matter_names', { mode: 'json' }).$type<string[]>().notNull(),
    departments: text('departments', { mode: 'json' }).$type<string[]>().notNull(),
    windowId: text('window_id').notNull(),
    windowName: text('window_name').notNull(),
    staffId: text('staff_id').notNull(),
    clerkName: text('clerk_name').notNull(),
    jobNumber: text('job_number').notNull(),
    channel: text('channel', { enum: CHANNELS }),
    step: text('step', { enum: STEPS }).notNull(),
    /** Text, never a number: numeric codes differ between export targets. Null: not rated. */
    level: text('level', { enum: LEVELS }),
    notRatedReason: text('not_rated_reason', { enum: NOT_RATED_REASONS }),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    text: text('text').notNull(),
    raterName: text('rater_name'),
    raterKey: text('rater_key'),
    realName: integer('real_name', { mode: 'boolean' }).notNull(),
    ratedAt: integer('rated_at').notNull(),
    ratedDay: text('rated_day').notNull(),
    ratingNo: integer('rating_no').notNull(),
    deviceId: text('device_id').notNull(),
    anomalies: text('anomalies', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [
    // One first rating per case (or service) and step, one 追评: the database refuses a second.
    uniqueIndex('rating_one_per_step')
      .on(t.subjectKey, t.step, t.ratingNo)
      .where(sql`${t.level} IS NOT NULL`),
    index('rating_day').on(t.ratedDay),
    index('rating_window_time').on(t.windowId, t.ratedAt),
  ],
);

/** 回访 and 整改 of a real-name bad rating, with local deadlines in working days. */
export const ratingFollowUp = sqliteTable('rating_follow_up', {
  syncVersion: syncVersion(),
  id: text('id').primaryKey(),
  ratingId: text('rating_id')
    .notNull()
    .unique()
    .references(() => rating.id),
  followUpDue: text('follow_up_due').notNull(),
  rectifyDue: text('rectify_due').notNull(),
  verdict: text('verdict', { enum: VERDICTS }),
  measure: text('measure').notNull().default(''),
  feedback: text('feedback').notNull().default(''),
  followUpResult: text('follow_up_result').notNull().default(''),
  appeal: text('appeal').notNull().default(''),
  followedUpAt: integer('followed_up_at'),
  closedAt: integer('closed_at'),
  createdAt: integer('created_at').notNull(),
});

/**
 * Written only by the triggers. `seq` is the per-device sequence: AUTOINCREMENT never reuses a value, even
 * after pushed entries are pruned, so (device_id, seq) identifies an operation forever. `schema_version` is the
 * hall schema the payload was written under; `base_version` the county version of the row it was based on.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    deviceId: text('device_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
    payload: text('payload', { mode: 'json' }).notNull(),
    createdAt: integer('created_at')
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    pushedAt: integer('pushed_at'),
    schemaVersion: integer('schema_version').notNull().default(0),
    baseVersion: integer('base_version'),
  },
  (t) => [
    // What is still to push, in order; and whether a row has a local change the county has not seen yet.
    index('outbox_unpushed').on(t.seq).where(sql`${t.pushedAt} IS NULL`),
    index('outbox_unpushed_row').on(t.tableName, t.rowId).where(sql`${t.pushedAt} IS NULL`),
  ],
);

export * from './schema-county';
export * from './schema-sync';
