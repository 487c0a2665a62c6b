CREATE TABLE `declarations` (
	`id` text PRIMARY KEY NOT NULL,
	`district_id` text NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`system_type` text NOT NULL,
	`overrides` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`declared_by` text,
	`declared_by_name` text NOT NULL,
	`sequence` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`declared_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `declarations_district_context_idx` ON `declarations` (`district_id`,`context`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `declarations_district_sequence_unique` ON `declarations` (`district_id`,`sequence`);--> statement-breakpoint
CREATE TABLE `diagnostics` (
	`id` text PRIMARY KEY NOT NULL,
	`district_id` text NOT NULL,
	`context` text DEFAULT '' NOT NULL,
	`answers` text NOT NULL,
	`answered_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `diagnostics_district_idx` ON `diagnostics` (`district_id`);