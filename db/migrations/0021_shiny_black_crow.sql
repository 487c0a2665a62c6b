ALTER TABLE `tasks` ADD `handed_back_by_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `handed_back_at` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `created_by_id` text REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `tasks` ADD `organizer_acted_at` integer;