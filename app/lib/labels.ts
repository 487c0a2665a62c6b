// Catalog keys (namespace "labels", app/locales/<language>/labels.json) of the app's status, role and chart
// words: pass one to t(). The words themselves live only in the catalogs, English included.
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
      // A campaign's roles for its targets, from the strategy chart. "Primary" and "secondary" already name
      // leverage points on the playbook's map, so the chart's roles get other words everywhere people read them;
      // the Midwest Academy's own terms appear once, in the hint, quoted.
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
] as const;
export type ChartField = (typeof chartFieldKeys)[number][0];
