// The kinds of email Fulcrum sends, shared by the database schema, the preferences page and the mailer.
export const emailKindNames = [
  "invitation",
  "verify-email",
  "password-reset",
  "task-assigned",
  "task-due-soon",
  "task-overdue",
  "meeting-reminder",
  "ask-follow-up",
  "weekly-digest",
  "guidance-published",
  "report-filed",
  "task-handed-back",
] as const;
export type EmailKindName = (typeof emailKindNames)[number];

/** Kinds a person can turn off; account and invitation emails always go. */
export const optionalEmailKinds = [
  "meeting-reminder",
  "task-assigned",
  "task-due-soon",
  "task-overdue",
  "ask-follow-up",
  "weekly-digest",
  "guidance-published",
  "task-handed-back",
] as const satisfies readonly EmailKindName[];
export type OptionalEmailKind = (typeof optionalEmailKinds)[number];

export const isOptionalEmailKind = (kind: string): kind is OptionalEmailKind =>
  (optionalEmailKinds as readonly string[]).includes(kind);

export const optionalEmailKindLabels: Record<OptionalEmailKind, { name: string; description: string }> = {
  "meeting-reminder": {
    name: "Meeting reminders",
    description: "Before meetings you attend, at the times your coalition chose.",
  },
  "task-assigned": { name: "New tasks", description: "When someone gives you a task." },
  "task-due-soon": { name: "Tasks due tomorrow", description: "The morning before a task of yours is due." },
  "task-overdue": { name: "Overdue tasks", description: "Each morning a task of yours is late, three times at most." },
  "ask-follow-up": { name: "Ask follow-ups", description: "On the follow-up date of an ask in a campaign you lead." },
  "weekly-digest": {
    name: "Weekly digest",
    description: "Monday mornings, for organizers: what changed, what is due, what is late.",
  },
  "guidance-published": {
    name: "Guidance from your state",
    description: "For organizers, when your state agency publishes or updates guidance for your coalition.",
  },
  "task-handed-back": {
    name: "Handed-back tasks",
    description: "For organizers, when a member hands back a task you made (or one whose maker has left).",
  },
};

/**
 * Each optional kind's words in the "emails" catalog: its name and description (the email settings page) and the
 * footer link that turns it off. The English maps above stay until every page reads these.
 */
export const optionalEmailKindKeys = {
  "meeting-reminder": {
    name: "emails:kinds.meetingReminder.name",
    description: "emails:kinds.meetingReminder.description",
    stop: "emails:kinds.meetingReminder.stop",
  },
  "task-assigned": {
    name: "emails:kinds.taskAssigned.name",
    description: "emails:kinds.taskAssigned.description",
    stop: "emails:kinds.taskAssigned.stop",
  },
  "task-due-soon": {
    name: "emails:kinds.taskDueSoon.name",
    description: "emails:kinds.taskDueSoon.description",
    stop: "emails:kinds.taskDueSoon.stop",
  },
  "task-overdue": {
    name: "emails:kinds.taskOverdue.name",
    description: "emails:kinds.taskOverdue.description",
    stop: "emails:kinds.taskOverdue.stop",
  },
  "ask-follow-up": {
    name: "emails:kinds.askFollowUp.name",
    description: "emails:kinds.askFollowUp.description",
    stop: "emails:kinds.askFollowUp.stop",
  },
  "weekly-digest": {
    name: "emails:kinds.weeklyDigest.name",
    description: "emails:kinds.weeklyDigest.description",
    stop: "emails:kinds.weeklyDigest.stop",
  },
  "guidance-published": {
    name: "emails:kinds.guidancePublished.name",
    description: "emails:kinds.guidancePublished.description",
    stop: "emails:kinds.guidancePublished.stop",
  },
  "task-handed-back": {
    name: "emails:kinds.taskHandedBack.name",
    description: "emails:kinds.taskHandedBack.description",
    stop: "emails:kinds.taskHandedBack.stop",
  },
} as const satisfies Record<OptionalEmailKind, { name: string; description: string; stop: string }>;

export const accountTokenPurposes = ["verify-email", "reset-password"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

export const deliveryStatuses = ["queued", "sending", "sent", "failed", "skipped"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** Where a sent message went: an SMTP server accepted it, or it was only written to the outbox folder. */
export const mailDestinations = ["smtp", "outbox"] as const;
export type MailDestination = (typeof mailDestinations)[number];

/** Each kind's name in the "emails" catalog, as the coalition's Sent email page lists it. */
export const emailKindKeys = {
  invitation: "emails:kinds.invitation.label",
  "verify-email": "emails:kinds.verifyEmail.label",
  "password-reset": "emails:kinds.passwordReset.label",
  "task-assigned": "emails:kinds.taskAssigned.label",
  "task-due-soon": "emails:kinds.taskDueSoon.label",
  "task-overdue": "emails:kinds.taskOverdue.label",
  "meeting-reminder": "emails:kinds.meetingReminder.label",
  "ask-follow-up": "emails:kinds.askFollowUp.label",
  "weekly-digest": "emails:kinds.weeklyDigest.label",
  "guidance-published": "emails:kinds.guidancePublished.label",
  "report-filed": "emails:kinds.reportFiled.label",
  "task-handed-back": "emails:kinds.taskHandedBack.label",
} as const satisfies Record<EmailKindName, string>;

/** The times before a meeting a coalition can have its attendees reminded at. */
export const meetingReminderChoices = [
  { minutes: 7 * 1440, label: "1 week before" },
  { minutes: 2 * 1440, label: "2 days before" },
  { minutes: 1440, label: "1 day before" },
  { minutes: 180, label: "3 hours before" },
  { minutes: 60, label: "1 hour before" },
  { minutes: 15, label: "15 minutes before" },
] as const;
