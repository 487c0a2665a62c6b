export const schoolLevelLabels = {
  elementary: "Elementary",
  middle: "Middle",
  high: "High",
  other: "Other",
} as const;

export const roleLabels = {
  owner: "Owner",
  organizer: "Organizer",
  member: "Member",
  staff: "Staff",
} as const;

export const organizationKindLabels = {
  coalition: "Coalition",
  state_agency: "State agency",
} as const;

export const campaignStatusLabels = {
  planning: "Planning",
  active: "Active",
  paused: "Paused",
  won: "Won",
  lost: "Lost",
  archived: "Archived",
} as const;

export const chartFields = [
  ["longTermGoals", "Long-term goals", "The win behind the win: what changes for students if this works."],
  ["intermediateGoals", "Intermediate goals", "Steps that show you are getting there."],
  ["shortTermGoals", "Short-term goals", "What you can win in the next weeks."],
  [
    "considerations",
    "Organizational considerations",
    "What your coalition puts in (people, money, time) and wants to get out (new leaders, members, strength).",
  ],
  ["constituents", "Constituents", "Who cares about this and can be brought in."],
  ["allies", "Allies", "Who is with you on this."],
  ["opponents", "Opponents", "Who will lose something, and what they will do."],
  ["tactics", "Tactics", "What you will do, each aimed at a target: meetings, letters, testimony, turnout."],
] as const;
export type ChartField = (typeof chartFields)[number][0];

/**
 * A campaign's roles for its targets, from the strategy chart. "Primary" and "secondary" already name leverage
 * points on the playbook's map, so the chart's roles get other words everywhere people read them; the Midwest
 * Academy's own terms appear once, in the hint, quoted.
 */
export const targetRoleLabels = {
  primary: {
    one: "Decision-maker",
    many: "Decision-makers",
    hint: "Who can give you what you want. Midwest Academy calls this the “primary target”.",
  },
  secondary: {
    one: "Influencer",
    many: "Influencers",
    hint: "Who has power over a decision-maker and can be moved by you. Midwest Academy calls this the “secondary target”.",
  },
} as const;

export const askStatusLabels = {
  planned: "Planned",
  made: "Made",
  acknowledged: "Acknowledged",
  committed: "Committed",
  delivered: "Delivered",
  declined: "Declined",
  stalled: "Stalled",
  broken: "Broken",
} as const;

export const askVenueLabels = {
  meeting: "Meeting",
  letter: "Letter",
  "public-comment": "Public comment",
  "board-vote": "Board vote",
  other: "Other",
} as const;

export const meetingStatusLabels = { scheduled: "Scheduled", held: "Held", cancelled: "Cancelled" } as const;
export const taskStatusLabels = { open: "Open", done: "Done", "handed-back": "Handed back" } as const;

export const inboxStateText = {
  new: "New",
  updated: "Updated since you read it",
  read: "Read",
  acknowledged: "Acknowledged",
} as const;

// Catalog keys (namespace "labels", app/locales/<language>/labels.json) for the labels above: pass one to t().
// Pages move to these from the English maps, which go once nothing reads them.
export const labelKeys = {
  schoolLevel: {
    elementary: "labels:schoolLevel.elementary",
    middle: "labels:schoolLevel.middle",
    high: "labels:schoolLevel.high",
    other: "labels:schoolLevel.other",
  },
  role: {
    owner: "labels:role.owner",
    organizer: "labels:role.organizer",
    member: "labels:role.member",
    staff: "labels:role.staff",
  },
  organizationKind: {
    coalition: "labels:organizationKind.coalition",
    state_agency: "labels:organizationKind.state_agency",
  },
  campaignStatus: {
    planning: "labels:campaignStatus.planning",
    active: "labels:campaignStatus.active",
    paused: "labels:campaignStatus.paused",
    won: "labels:campaignStatus.won",
    lost: "labels:campaignStatus.lost",
    archived: "labels:campaignStatus.archived",
  },
  askStatus: {
    planned: "labels:askStatus.planned",
    made: "labels:askStatus.made",
    acknowledged: "labels:askStatus.acknowledged",
    committed: "labels:askStatus.committed",
    delivered: "labels:askStatus.delivered",
    declined: "labels:askStatus.declined",
    stalled: "labels:askStatus.stalled",
    broken: "labels:askStatus.broken",
  },
  askVenue: {
    meeting: "labels:askVenue.meeting",
    letter: "labels:askVenue.letter",
    "public-comment": "labels:askVenue.public-comment",
    "board-vote": "labels:askVenue.board-vote",
    other: "labels:askVenue.other",
  },
  meetingStatus: {
    scheduled: "labels:meetingStatus.scheduled",
    held: "labels:meetingStatus.held",
    cancelled: "labels:meetingStatus.cancelled",
  },
  taskStatus: {
    open: "labels:taskStatus.open",
    done: "labels:taskStatus.done",
    "handed-back": "labels:taskStatus.handed-back",
  },
  inboxState: {
    new: "labels:inboxState.new",
    updated: "labels:inboxState.updated",
    read: "labels:inboxState.read",
    acknowledged: "labels:inboxState.acknowledged",
  },
  targetRole: {
    primary: {
      one: "labels:targetRole.primary.one",
      many: "labels:targetRole.primary.many",
      hint: "labels:targetRole.primary.hint",
    },
    secondary: {
      one: "labels:targetRole.secondary.one",
      many: "labels:targetRole.secondary.many",
      hint: "labels:targetRole.secondary.hint",
    },
  },
} as const;

/** The strategy chart's fields with the catalog keys of their names and hints. */
export const chartFieldKeys = [
  ["longTermGoals", "labels:chartField.longTermGoals.name", "labels:chartField.longTermGoals.hint"],
  ["intermediateGoals", "labels:chartField.intermediateGoals.name", "labels:chartField.intermediateGoals.hint"],
  ["shortTermGoals", "labels:chartField.shortTermGoals.name", "labels:chartField.shortTermGoals.hint"],
  ["considerations", "labels:chartField.considerations.name", "labels:chartField.considerations.hint"],
  ["constituents", "labels:chartField.constituents.name", "labels:chartField.constituents.hint"],
  ["allies", "labels:chartField.allies.name", "labels:chartField.allies.hint"],
  ["opponents", "labels:chartField.opponents.name", "labels:chartField.opponents.hint"],
  ["tactics", "labels:chartField.tactics.name", "labels:chartField.tactics.hint"],
] as const satisfies ReadonlyArray<readonly [ChartField, string, string]>;
