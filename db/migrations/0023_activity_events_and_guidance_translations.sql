-- drizzle-kit 0.31 leaves ON DELETE off a column added with REFERENCES; the schema (and snapshot) cascade, so it is added here by hand.
ALTER TABLE `activity` ADD `kind` text;--> statement-breakpoint
ALTER TABLE `activity` ADD `details` text;--> statement-breakpoint
ALTER TABLE `guidance` ADD `translation_of_id` text REFERENCES guidance(id) ON DELETE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX `guidance_translation_of_idx` ON `guidance` (`translation_of_id`);