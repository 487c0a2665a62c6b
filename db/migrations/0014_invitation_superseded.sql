ALTER TABLE `invitations` ADD `superseded_at` integer;--> statement-breakpoint
CREATE INDEX `invitations_email_created_idx` ON `invitations` (`email`,`created_at`);