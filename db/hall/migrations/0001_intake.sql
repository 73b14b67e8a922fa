CREATE TABLE `case_document` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`number` text NOT NULL,
	`issued_at` integer NOT NULL,
	`prints` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `intake_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_document_number_unique` ON `case_document` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `case_document_serial` ON `case_document` (`kind`,`year`,`serial`);--> statement-breakpoint
CREATE INDEX `case_document_case` ON `case_document` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_material` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`name` text NOT NULL,
	`required_form` text NOT NULL,
	`required_copies` integer NOT NULL,
	`required` integer NOT NULL,
	`deficiency_allowed` integer NOT NULL,
	`standard` text NOT NULL,
	`status` text NOT NULL,
	`form` text,
	`copies` integer NOT NULL,
	`note` text NOT NULL,
	`supplied_at` integer,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `intake_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_material_case` ON `case_material` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_matter` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`matter_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`department` text NOT NULL,
	`legal_limit_days` integer NOT NULL,
	`promised_limit_days` integer NOT NULL,
	`on_the_spot` integer NOT NULL,
	`legal_basis` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `intake_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_matter_case` ON `case_matter` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_suspension` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`type` text NOT NULL,
	`reason` text NOT NULL,
	`approver` text NOT NULL,
	`start_day` text NOT NULL,
	`end_day` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `intake_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_suspension_case` ON `case_suspension` (`case_id`);--> statement-breakpoint
CREATE TABLE `credit_blacklist` (
	`key` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`listed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `intake_case` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`terminal_no` integer NOT NULL,
	`serial` integer NOT NULL,
	`catalog_version` integer NOT NULL,
	`stage_id` text NOT NULL,
	`stage_name` text NOT NULL,
	`status` text NOT NULL,
	`decision` text NOT NULL,
	`applicant_kind` text NOT NULL,
	`applicant_name` text NOT NULL,
	`id_type` text,
	`applicant_key` text NOT NULL,
	`contact_name` text,
	`phone` text NOT NULL,
	`phone_digits` text NOT NULL,
	`agent` text,
	`project_name` text NOT NULL,
	`project_code` text NOT NULL,
	`project_location` text NOT NULL,
	`project_scale` text NOT NULL,
	`delivery_method` text NOT NULL,
	`delivery_address` text,
	`ticket_id` text,
	`ticket_number` text,
	`staff_id` text NOT NULL,
	`window_id` text,
	`device_id` text NOT NULL,
	`received_at` integer NOT NULL,
	`received_day` text NOT NULL,
	`accepted_day` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intake_case_number_unique` ON `intake_case` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `intake_case_terminal_serial` ON `intake_case` (`received_day`,`terminal_no`,`serial`);--> statement-breakpoint
CREATE INDEX `intake_case_applicant` ON `intake_case` (`applicant_key`);--> statement-breakpoint
CREATE INDEX `intake_case_phone` ON `intake_case` (`phone_digits`);--> statement-breakpoint
CREATE INDEX `intake_case_applicant_name` ON `intake_case` (`applicant_name`);--> statement-breakpoint
CREATE INDEX `intake_case_project_name` ON `intake_case` (`project_name`);--> statement-breakpoint
CREATE INDEX `intake_case_received` ON `intake_case` (`received_at`);--> statement-breakpoint
ALTER TABLE `hall_queue` ADD `stage_code` text;--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `agency_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `short_name` text DEFAULT '' NOT NULL;