CREATE TABLE `keypad_config` (
	`path` text PRIMARY KEY NOT NULL,
	`window_id` text NOT NULL,
	`baud_rate` integer DEFAULT 9600 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`window_id`) REFERENCES `hall_window`(`id`) ON UPDATE no action ON DELETE no action
);
