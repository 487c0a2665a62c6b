CREATE TABLE `agency_playbook_notes` (
	`agency_id` text NOT NULL,
	`system_type` text NOT NULL,
	`body` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `system_type`),
	FOREIGN KEY (`agency_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
