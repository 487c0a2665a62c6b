ALTER TABLE `activity` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `activity` ADD `details` text;