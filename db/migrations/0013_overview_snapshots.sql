CREATE TABLE `guidance_reception_snapshots` (
	`guidance_id` text NOT NULL,
	`month` text NOT NULL,
	`read` integer NOT NULL,
	`read_latest` integer NOT NULL,
	`acknowledged` integer NOT NULL,
	PRIMARY KEY(`guidance_id`, `month`),
	FOREIGN KEY (`guidance_id`) REFERENCES `guidance`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `state_overview_snapshots` (
	`state` text NOT NULL,
	`month` text NOT NULL,
	`coalitions` integer NOT NULL,
	`type_counts` text NOT NULL,
	`taken_at` integer NOT NULL,
	PRIMARY KEY(`state`, `month`)
);
