// Reports coalitions send to the operators, and what the operators do about them: shared by the schema,
// the models and the pages.
export const reportSubjects = ["guidance", "agency"] as const;
export type ReportSubject = (typeof reportSubjects)[number];

// Open until an operator dismisses it or acts on it by suspending someone.
export const reportStatuses = ["open", "dismissed", "actioned"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const moderationActionKinds = [
  "dismiss",
  "suspend-organization",
  "suspend-user",
  "lift-organization",
  "lift-user",
] as const;
export type ModerationActionKind = (typeof moderationActionKinds)[number];

export const reportSubjectLabels: Record<ReportSubject, string> = { guidance: "This guidance", agency: "The agency" };
export const reportStatusLabels: Record<ReportStatus, string> = {
  open: "Open",
  dismissed: "Dismissed",
  actioned: "Acted on",
};
export const moderationActionLabels: Record<ModerationActionKind, string> = {
  dismiss: "Dismissed the report",
  "suspend-organization": "Suspended the agency",
  "suspend-user": "Suspended a person",
  "lift-organization": "Lifted the agency's suspension",
  "lift-user": "Lifted a person's suspension",
};

/** Characters a coalition may write about why it reports, and an operator in a note. */
export const reportLimits = { reason: 2000, note: 1000 } as const;
