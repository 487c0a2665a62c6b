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
