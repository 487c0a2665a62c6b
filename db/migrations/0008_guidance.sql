CREATE TABLE `guidance` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`audience_types` text NOT NULL,
	`published_version` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `guidance_agency_idx` ON `guidance` (`agency_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `guidance_state_status_idx` ON `guidance` (`state`,`status`);--> statement-breakpoint
CREATE TABLE `guidance_receipts` (
	`guidance_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`read_version` integer DEFAULT 0 NOT NULL,
	`read_at` integer,
	`acknowledged_version` integer DEFAULT 0 NOT NULL,
	`acknowledged_at` integer,
	`campaign_id` text,
	PRIMARY KEY(`guidance_id`, `organization_id`),
	FOREIGN KEY (`guidance_id`) REFERENCES `guidance`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `guidance_receipts_org_idx` ON `guidance_receipts` (`organization_id`);--> statement-breakpoint
CREATE TABLE `guidance_versions` (
	`guidance_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`audience_types` text NOT NULL,
	`change_note` text DEFAULT '' NOT NULL,
	`published_by_name` text NOT NULL,
	`published_at` integer NOT NULL,
	PRIMARY KEY(`guidance_id`, `version`),
	FOREIGN KEY (`guidance_id`) REFERENCES `guidance`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `organizations` ADD `share_declarations` integer DEFAULT false NOT NULL;