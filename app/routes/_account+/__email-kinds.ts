import type { OptionalEmailKind } from "~/lib/email-kinds";

/** Each kind of email a person can turn off, by name and when it comes (catalog keys of the account namespace). */
export const emailKindKeys = {
  "meeting-reminder": { name: "account:kinds.meetingReminder.name", when: "account:kinds.meetingReminder.when" },
  "task-assigned": { name: "account:kinds.taskAssigned.name", when: "account:kinds.taskAssigned.when" },
  "task-due-soon": { name: "account:kinds.taskDueSoon.name", when: "account:kinds.taskDueSoon.when" },
  "task-overdue": { name: "account:kinds.taskOverdue.name", when: "account:kinds.taskOverdue.when" },
  "ask-follow-up": { name: "account:kinds.askFollowUp.name", when: "account:kinds.askFollowUp.when" },
  "weekly-digest": { name: "account:kinds.weeklyDigest.name", when: "account:kinds.weeklyDigest.when" },
  "guidance-published": {
    name: "account:kinds.guidancePublished.name",
    when: "account:kinds.guidancePublished.when",
  },
  "task-handed-back": { name: "account:kinds.taskHandedBack.name", when: "account:kinds.taskHandedBack.when" },
} as const satisfies Record<OptionalEmailKind, { name: string; when: string }>;
