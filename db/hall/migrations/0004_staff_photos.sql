CREATE TABLE `staff_photo` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`jpeg` blob NOT NULL,
	`version` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
