// Enumerations shared by the database schema, the validation schemas and the pages.
export const organizationKinds = ["coalition", "state_agency"] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const roles = ["owner", "organizer", "member", "staff"] as const;
export type Role = (typeof roles)[number];

export const schoolLevels = ["elementary", "middle", "high", "other"] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

export const campaignStatuses = ["planning", "active", "paused", "won", "lost", "archived"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const askStatuses = [
  "planned",
  "made",
  "acknowledged",
  "committed",
  "delivered",
  "declined",
  "stalled",
  "broken",
] as const;
export type AskStatus = (typeof askStatuses)[number];

/** Where an ask can go next. Delivered is final; declined and broken asks can be pressed again. */
export const askTransitions: Record<AskStatus, readonly AskStatus[]> = {
  planned: ["made", "stalled"],
  made: ["acknowledged", "committed", "declined", "stalled"],
  acknowledged: ["committed", "declined", "stalled"],
  committed: ["delivered", "broken", "stalled"],
  stalled: ["made", "acknowledged", "committed", "declined"],
  declined: ["made"],
  broken: ["made"],
  delivered: [],
};

/** Asks still waiting on a target, as opposed to finished ones. */
export const openAskStatuses: readonly AskStatus[] = ["planned", "made", "acknowledged", "committed", "stalled"];

export const askVenues = ["meeting", "letter", "public-comment", "board-vote", "other"] as const;
export type AskVenue = (typeof askVenues)[number];

export const meetingStatuses = ["scheduled", "held", "cancelled"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const taskStatuses = ["open", "done", "handed-back"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const guidanceStatuses = ["draft", "published", "withdrawn"] as const;
export type GuidanceStatus = (typeof guidanceStatuses)[number];
