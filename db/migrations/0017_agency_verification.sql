CREATE TABLE `agency_verification_events` (
	`id` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`action` text NOT NULL,
	`operator_name` text NOT NULL,
	`note` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agency_verification_events_agency_idx` ON `agency_verification_events` (`agency_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `agency_verification_requests` (
	`agency_id` text PRIMARY KEY NOT NULL,
	`official_name` text NOT NULL,
	`requester_role` text NOT NULL,
	`official_email` text NOT NULL,
	`phone` text NOT NULL,
	`website` text NOT NULL,
	`submitted_by` text,
	`submitted_by_name` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
