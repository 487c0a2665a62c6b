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

/** Characters a coalition may write about why it reports, and an operator in a note. */
export const reportLimits = { reason: 2000, note: 1000 } as const;
