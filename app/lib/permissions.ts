import type { OrganizationKind, Role } from "~/lib/domain";

// Who may do what, by kind of organization and role. This table is the single place that decides it:
// loaders and actions ask through requireMembership (permissions.server.ts), pages ask `can` to hide
// controls a role may not use. A permission a kind does not have at all (a state agency has no districts)
// answers 404, as if the page did not exist.
const policy = {
  coalition: {
    "organization.view": ["owner", "organizer", "member"],
    "organization.edit": ["owner"],
    "members.view": ["owner", "organizer", "member"],
    "members.invite": ["owner", "organizer"],
    "members.manage": ["owner"],
    "emails.view": ["owner", "organizer"],
    "districts.view": ["owner", "organizer", "member"],
    "districts.edit": ["owner", "organizer"],
    "typology.diagnose": ["owner", "organizer", "member"],
    "typology.declare": ["owner", "organizer"],
    "targets.edit": ["owner", "organizer"],
    "campaigns.view": ["owner", "organizer", "member"],
    "campaigns.edit": ["owner", "organizer"],
    "asks.edit": ["owner", "organizer"],
    "meetings.edit": ["owner", "organizer"],
    "meetings.notes": ["owner", "organizer", "member"],
    "tasks.assign": ["owner", "organizer"],
    "tasks.own": ["owner", "organizer", "member"],
    "guidance.read": ["owner", "organizer", "member"],
    "guidance.respond": ["owner", "organizer"],
    // Tell the operators about guidance, or the agency behind it.
    "guidance.report": ["owner", "organizer"],
    // Show, renew or turn off the link (and QR code) that lets people ask to join, say at a meeting.
    "members.joinLink": ["owner"],
    // Approve or decline those requests: whoever may invite may let people in.
    "members.approve": ["owner", "organizer"],
  },
  state_agency: {
    "organization.view": ["owner", "staff"],
    "organization.edit": ["owner"],
    "members.view": ["owner", "staff"],
    "members.invite": ["owner"],
    "members.manage": ["owner"],
    "emails.view": ["owner"],
    "guidance.write": ["owner", "staff"],
    "overview.view": ["owner", "staff"],
    // Staff see where verification stands; the owner speaks for the agency in the request.
    "verification.view": ["owner", "staff"],
    "verification.request": ["owner"],
  },
} as const satisfies Record<OrganizationKind, Record<string, readonly Role[]>>;

export type Permission = keyof (typeof policy)["coalition"] | keyof (typeof policy)["state_agency"];

export const rolesByKind = {
  coalition: ["owner", "organizer", "member"],
  state_agency: ["owner", "staff"],
} as const satisfies Record<OrganizationKind, readonly Role[]>;

/**
 * What a suspended organization may no longer do (any request but a read): reach people with what it writes or
 * with invitations. Everything else stays, so its people can still read their own pages and see why.
 */
export const blockedWhileSuspended: readonly Permission[] = [
  "guidance.write",
  "members.invite",
  "members.joinLink",
  "members.approve",
];

/** Whether the kind of organization has this permission at all (if not, its pages answer 404). */
export function kindHas(kind: OrganizationKind, permission: Permission): boolean {
  return permission in policy[kind];
}

export function can(kind: OrganizationKind, role: Role, permission: Permission): boolean {
  const allowed = (policy[kind] as Record<string, readonly Role[]>)[permission];
  return allowed?.includes(role) ?? false;
}

/** The roles someone may hand out by invitation: never a role above their own. */
export function invitableRoles(kind: OrganizationKind, role: Role): Role[] {
  if (!can(kind, role, "members.invite")) return [];
  const ranked: readonly Role[] = rolesByKind[kind];
  return ranked.slice(ranked.indexOf(role));
}

/** Notes on a meeting: organizers always, members only for meetings they attend. */
export function canWriteMeetingNotes(kind: OrganizationKind, role: Role, attending: boolean): boolean {
  return can(kind, role, "meetings.edit") || (attending && can(kind, role, "meetings.notes"));
}

/** The roles of a kind of organization that hold a permission (who to tell about work only they can do). */
export function rolesWith(kind: OrganizationKind, permission: Permission): Role[] {
  return rolesByKind[kind].filter((role) => can(kind, role, permission));
}
