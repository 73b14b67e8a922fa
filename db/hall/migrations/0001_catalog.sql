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
CREATE UNIQUE INDEX `catalog_version_version_unique` ON `catalog_version` (`version`);