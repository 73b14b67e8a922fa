CREATE TABLE `activity` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text,
	`staff_id` text,
	`window_id` text,
	`device_id` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `activity_subject` ON `activity` (`subject_id`);--> statement-breakpoint
CREATE INDEX `activity_at` ON `activity` (`at`);--> statement-breakpoint
CREATE TABLE `appointment` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`service_day` text NOT NULL,
	`queue_id` text NOT NULL,
	`name` text NOT NULL,
	`id_number` text NOT NULL,
	`phone` text NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`ticket_id` text,
	`checked_in_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`queue_id`) REFERENCES `hall_queue`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `appointment_code_unique` ON `appointment` (`code`);--> statement-breakpoint
CREATE INDEX `appointment_day_id` ON `appointment` (`service_day`,`id_number`);--> statement-breakpoint
CREATE TABLE `catalog_material` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`matter_id` text NOT NULL,
	`name` text NOT NULL,
	`form` text NOT NULL,
	`copies` integer NOT NULL,
	`required` integer NOT NULL,
	`deficiency_allowed` integer NOT NULL,
	`standard` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `catalog_version`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matter_id`) REFERENCES `catalog_matter`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `catalog_matter` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`stage_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`department` text NOT NULL,
	`legal_limit_days` integer NOT NULL,
	`promised_limit_days` integer NOT NULL,
	`on_the_spot` integer NOT NULL,
	`legal_basis` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `catalog_version`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `catalog_stage`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `catalog_stage` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `catalog_version`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `catalog_version` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`published_at` integer NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `catalog_version_version_unique` ON `catalog_version` (`version`);--> statement-breakpoint
CREATE TABLE `device` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`terminal_no` integer
);
--> statement-breakpoint
CREATE TABLE `hall_queue` (
	`id` text PRIMARY KEY NOT NULL,
	`prefix` text NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT 'normal' NOT NULL,
	`default_service_minutes` integer DEFAULT 10 NOT NULL,
	`sort_order` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hall_queue_prefix_unique` ON `hall_queue` (`prefix`);--> statement-breakpoint
CREATE TABLE `hall_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`area_code` text NOT NULL,
	`phone` text NOT NULL,
	`opens_at` text DEFAULT '08:30' NOT NULL,
	`closes_at` text DEFAULT '17:30' NOT NULL,
	`priority_run_limit` integer DEFAULT 2 NOT NULL,
	`appointment_mode` text DEFAULT 'queue' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hall_window` (
	`id` text PRIMARY KEY NOT NULL,
	`number` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`state` text DEFAULT 'closed' NOT NULL,
	`pause_reason` text,
	`staff_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hall_window_number_unique` ON `hall_window` (`number`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`device_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`op` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`pushed_at` integer
);
--> statement-breakpoint
CREATE TABLE `paired_device` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`paired_at` integer NOT NULL,
	`last_seen_at` integer,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `paired_device_token_hash_unique` ON `paired_device` (`token_hash`);--> statement-breakpoint
CREATE TABLE `printer_config` (
	`device_key` text PRIMARY KEY NOT NULL,
	`target` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`job_number` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`pin_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_job_number_unique` ON `staff` (`job_number`);--> statement-breakpoint
CREATE TABLE `staff_session` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`window_id` text,
	`device_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`ended_at` integer,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ticket` (
	`id` text PRIMARY KEY NOT NULL,
	`service_day` text NOT NULL,
	`queue_id` text NOT NULL,
	`issued_queue_id` text NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`priority` text DEFAULT 'none' NOT NULL,
	`id_masked` text,
	`appointment_id` text,
	`target_window_id` text,
	`taken_at` integer NOT NULL,
	`called_at` integer,
	`recalls` integer DEFAULT 0 NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`window_id` text,
	`staff_id` text,
	`issued_by` text NOT NULL,
	FOREIGN KEY (`queue_id`) REFERENCES `hall_queue`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_queue_id`) REFERENCES `hall_queue`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_day_number` ON `ticket` (`service_day`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_day_issued_seq` ON `ticket` (`service_day`,`issued_queue_id`,`seq`);--> statement-breakpoint
CREATE INDEX `ticket_day_status` ON `ticket` (`service_day`,`status`);--> statement-breakpoint
CREATE TABLE `window_queue` (
	`id` text PRIMARY KEY NOT NULL,
	`window_id` text NOT NULL,
	`queue_id` text NOT NULL,
	FOREIGN KEY (`window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`queue_id`) REFERENCES `hall_queue`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `window_queue_pair` ON `window_queue` (`window_id`,`queue_id`);