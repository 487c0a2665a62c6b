CREATE TABLE `join_links` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`turned_off_at` integer,
	`replaced_at` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `join_links_token_hash_unique` ON `join_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `join_links_org_idx` ON `join_links` (`organization_id`);--> statement-breakpoint
CREATE TABLE `join_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`user_id` text NOT NULL,
	`join_link_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`decision` text,
	`decided_at` integer,
	`decided_by` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`join_link_id`) REFERENCES `join_links`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `join_requests_org_user_unique` ON `join_requests` (`organization_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `email_deliveries` ADD `sent_via` text;--> statement-breakpoint
ALTER TABLE `organizations` ADD `playbook_viewed_at` integer;--> statement-breakpoint
CREATE INDEX `organizations_state_kind_idx` ON `organizations` (`state`,`kind`);--> statement-breakpoint
ALTER TABLE `tasks` ADD `handed_back_by_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `handed_back_at` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `created_by_id` text REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `tasks` ADD `organizer_acted_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `language` text;