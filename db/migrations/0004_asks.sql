CREATE TABLE `ask_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ask_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`evidence_url` text DEFAULT '' NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`ask_id`) REFERENCES `asks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ask_events_ask_idx` ON `ask_events` (`ask_id`,`at`);--> statement-breakpoint
CREATE TABLE `asks` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`target_id` text,
	`target_name` text NOT NULL,
	`text` text NOT NULL,
	`domain` text NOT NULL,
	`venue` text NOT NULL,
	`follow_up_on` text,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `asks_campaign_status_idx` ON `asks` (`campaign_id`,`status`);--> statement-breakpoint
CREATE INDEX `asks_target_idx` ON `asks` (`target_id`);--> statement-breakpoint
CREATE INDEX `asks_follow_up_idx` ON `asks` (`follow_up_on`);