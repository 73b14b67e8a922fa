CREATE TABLE `rating` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`subject_key` text NOT NULL,
	`case_id` text,
	`case_number` text,
	`matter_names` text NOT NULL,
	`departments` text NOT NULL,
	`window_id` text NOT NULL,
	`window_name` text NOT NULL,
	`staff_id` text NOT NULL,
	`clerk_name` text NOT NULL,
	`job_number` text NOT NULL,
	`channel` text,
	`step` text NOT NULL,
	`level` text,
	`not_rated_reason` text,
	`reasons` text NOT NULL,
	`text` text NOT NULL,
	`rater_name` text,
	`rater_key` text,
	`real_name` integer NOT NULL,
	`rated_at` integer NOT NULL,
	`rated_day` text NOT NULL,
	`rating_no` integer NOT NULL,
	`device_id` text NOT NULL,
	`anomalies` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `rating_request`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rating_request_id_unique` ON `rating` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `rating_one_per_step` ON `rating` (`subject_key`,`step`,`rating_no`) WHERE "rating"."level" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `rating_day` ON `rating` (`rated_day`);--> statement-breakpoint
CREATE INDEX `rating_window_time` ON `rating` (`window_id`,`rated_at`);--> statement-breakpoint
CREATE TABLE `rating_follow_up` (
	`id` text PRIMARY KEY NOT NULL,
	`rating_id` text NOT NULL,
	`follow_up_due` text NOT NULL,
	`rectify_due` text NOT NULL,
	`verdict` text,
	`measure` text DEFAULT '' NOT NULL,
	`feedback` text DEFAULT '' NOT NULL,
	`follow_up_result` text DEFAULT '' NOT NULL,
	`appeal` text DEFAULT '' NOT NULL,
	`followed_up_at` integer,
	`closed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`rating_id`) REFERENCES `rating`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rating_follow_up_rating_id_unique` ON `rating_follow_up` (`rating_id`);--> statement-breakpoint
CREATE TABLE `rating_request` (
	`id` text PRIMARY KEY NOT NULL,
	`window_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`step` text NOT NULL,
	`rating_no` integer NOT NULL,
	`case_id` text,
	`ticket_id` text,
	`subject_key` text NOT NULL,
	`requested_at` integer NOT NULL,
	`timeout_seconds` integer NOT NULL,
	`ended_at` integer,
	`device_id` text NOT NULL,
	FOREIGN KEY (`window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `intake_case`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rating_request_window` ON `rating_request` (`window_id`,`ended_at`);--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `rating_timeout_seconds` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `follow_up_days` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `rectify_days` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `hall_settings` ADD `burst_seconds` integer DEFAULT 15 NOT NULL;