DROP INDEX `asks_follow_up_idx`;--> statement-breakpoint
CREATE INDEX `asks_follow_up_status_idx` ON `asks` (`follow_up_on`,`status`,`campaign_id`,`id`) WHERE follow_up_on is not null;--> statement-breakpoint
DROP INDEX `tasks_status_due_idx`;--> statement-breakpoint
CREATE INDEX `tasks_open_due_idx` ON `tasks` (`due_on`,`organization_id`,`assignee_id`,`id`) WHERE status = 'open' and assignee_id is not null;--> statement-breakpoint
ALTER TABLE `guidance` ADD `language` text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE `organizations` ADD `default_language` text DEFAULT 'en' NOT NULL;