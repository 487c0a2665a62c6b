ALTER TABLE `declarations` ADD `context_kind` text;--> statement-breakpoint
ALTER TABLE `diagnostics` ADD `question_set` integer DEFAULT 1 NOT NULL;