CREATE TABLE `appointment_check_in` (
	`sync_version` integer,
	`id` text PRIMARY KEY NOT NULL,
	`appointment_id` text NOT NULL,
	`ticket_id` text NOT NULL,
	`checked_in_at` integer NOT NULL,
	`device_id` text NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `ticket`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_check_in_appointment_id_unique` ON `appointment_check_in` (`appointment_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_check_in_ticket_id_unique` ON `appointment_check_in` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `approval_suspension` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`type` text NOT NULL,
	`reason` text NOT NULL,
	`department` text NOT NULL,
	`start_day` text NOT NULL,
	`end_day` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approval_suspension_case` ON `approval_suspension` (`case_id`);--> statement-breakpoint
CREATE TABLE `calendar_year` (
	`year` integer PRIMARY KEY NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	`holidays` text NOT NULL,
	`workdays` text NOT NULL,
	`sample` integer DEFAULT false NOT NULL,
	`published_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_progress` (
	`case_id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`department` text,
	`step` text,
	`alias_number` text,
	`decision` text,
	`decision_reason` text,
	`completed_at` integer,
	`completed_day` text,
	`result` text,
	`ready_at` integer,
	`returned_reason` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_step` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`department` text NOT NULL,
	`actor` text NOT NULL,
	`at` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `case_step_case` ON `case_step` (`case_id`,`at`);--> statement-breakpoint
CREATE TABLE `county_link` (
	`id` integer PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`hall_id` text NOT NULL,
	`hall_name` text NOT NULL,
	`secret` text NOT NULL,
	`enrolled_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_cursor` (
	`partition` text PRIMARY KEY NOT NULL,
	`epoch` text NOT NULL,
	`seq` integer NOT NULL,
	`snapshot_of` integer
);
--> statement-breakpoint
CREATE TABLE `sync_guard` (
	`id` integer PRIMARY KEY NOT NULL,
	`applying` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_issue` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`seq` integer NOT NULL,
	`code` text NOT NULL,
	`message` text NOT NULL,
	`data` text,
	`at` integer NOT NULL,
	`resolved_at` integer
);
--> statement-breakpoint
CREATE INDEX `sync_issue_open` ON `sync_issue` (`resolved_at`,`at`);--> statement-breakpoint
CREATE TABLE `sync_run` (
	`id` text PRIMARY KEY NOT NULL,
	`trigger` text NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer NOT NULL,
	`pushed` integer NOT NULL,
	`pulled` integer NOT NULL,
	`outcome` text NOT NULL,
	`message` text
);
--> statement-breakpoint
CREATE INDEX `sync_run_started` ON `sync_run` (`started_at`);--> statement-breakpoint
CREATE TABLE `sync_status` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_success_at` integer,
	`last_attempt_at` integer,
	`offline_since` integer,
	`last_error` text,
	`clock_offset_ms` integer,
	`blocked_reason` text
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_appointment` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`service_day` text NOT NULL,
	`queue_id` text NOT NULL,
	`name` text NOT NULL,
	`id_number` text NOT NULL,
	`phone` text NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_appointment`("id", "code", "service_day", "queue_id", "name", "id_number", "phone", "status", "created_at") SELECT "id", "code", "service_day", "queue_id", "name", "id_number", "phone", "status", "created_at" FROM `appointment`;--> statement-breakpoint
-- Check-ins become the hall's own rows; the booking itself is the county's.
INSERT INTO `appointment_check_in`("id", "appointment_id", "ticket_id", "checked_in_at", "device_id")
  SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
    "id", "ticket_id", coalesce("checked_in_at", "created_at"), (SELECT "id" FROM `device` LIMIT 1)
  FROM `appointment` WHERE "ticket_id" IS NOT NULL AND EXISTS (SELECT 1 FROM `device`);--> statement-breakpoint
UPDATE `__new_appointment` SET "status" = 'booked' WHERE "status" = 'checked_in';--> statement-breakpoint
DROP TABLE `appointment`;--> statement-breakpoint
ALTER TABLE `__new_appointment` RENAME TO `appointment`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_code_unique` ON `appointment` (`code`);--> statement-breakpoint
CREATE INDEX `appointment_day_id` ON `appointment` (`service_day`,`id_number`);--> statement-breakpoint
DROP INDEX `case_document_serial`;--> statement-breakpoint
ALTER TABLE `case_document` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `case_document` ADD `terminal_no` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `case_document_terminal_serial` ON `case_document` (`kind`,`year`,`terminal_no`,`serial`);--> statement-breakpoint
ALTER TABLE `activity` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `case_material` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `case_matter` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `case_suspension` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `hall_queue` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `hall_window` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `intake_case` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `schema_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `base_version` integer;--> statement-breakpoint
CREATE INDEX `outbox_unpushed` ON `outbox` (`seq`) WHERE "outbox"."pushed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `outbox_unpushed_row` ON `outbox` (`table_name`,`row_id`) WHERE "outbox"."pushed_at" IS NULL;--> statement-breakpoint
ALTER TABLE `rating` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `rating_follow_up` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `rating_request` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `staff` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `ticket` ADD `sync_version` integer;--> statement-breakpoint
ALTER TABLE `window_queue` ADD `sync_version` integer;