DROP INDEX `asks_target_idx`;--> statement-breakpoint
CREATE INDEX `asks_target_domain_status_idx` ON `asks` (`target_id`,`domain`,`status`);--> statement-breakpoint
CREATE INDEX `asks_meeting_idx` ON `asks` (`meeting_id`);--> statement-breakpoint
DROP INDEX `tasks_campaign_idx`;--> statement-breakpoint
DROP INDEX `tasks_org_status_due_idx`;--> statement-breakpoint
CREATE INDEX `tasks_campaign_status_due_idx` ON `tasks` (`campaign_id`,`status`,`due_on`,`id`);--> statement-breakpoint
CREATE INDEX `tasks_org_status_due_idx` ON `tasks` (`organization_id`,`status`,`due_on`,`id`);