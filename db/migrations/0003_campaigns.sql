CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` text NOT NULL,
	`campaign_id` text,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`summary` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activity_campaign_at_idx` ON `activity` (`campaign_id`,`at`);--> statement-breakpoint
CREATE INDEX `activity_org_at_idx` ON `activity` (`organization_id`,`at`);--> statement-breakpoint
CREATE TABLE `campaign_targets` (
	`campaign_id` text NOT NULL,
	`target_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `target_id`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaign_targets_target_idx` ON `campaign_targets` (`target_id`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`district_id` text NOT NULL,
	`title` text NOT NULL,
	`win` text NOT NULL,
	`status` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`lead_user_id` text,
	`chart` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`lead_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `campaigns_org_status_idx` ON `campaigns` (`organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `campaigns_district_idx` ON `campaigns` (`district_id`);