// Enumerations shared by the database schema, the validation schemas and the pages.
export const organizationKinds = ["coalition", "state_agency"] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const roles = ["owner", "organizer", "member", "staff"] as const;
export type Role = (typeof roles)[number];

export const schoolLevels = ["elementary", "middle", "high", "other"] as const;
export type SchoolLevel = (typeof schoolLevels)[number];

export const campaignStatuses = ["planning", "active", "paused", "won", "lost", "archived"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
