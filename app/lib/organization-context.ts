import { useRouteLoaderData } from "@remix-run/react";

import type { OrganizationKind, Role } from "./domain";

/** The layout route of every page below /o/:slug, whose loader provides the organization context. */
export const organizationLayoutRouteId = "routes/o.$slug+/_layout";

export type VerificationState = "verified" | "revoked" | "requested" | "not-requested";

/** What each organization page may show, decided once by the permission table in the layout. */
export type AllowedActions = Record<
  | "editOrganization"
  | "inviteMembers"
  | "manageMembers"
  | "viewEmails"
  | "writeGuidance"
  | "readGuidance"
  | "viewStateOverview"
  | "viewVerification"
  | "viewDistricts"
  | "editDistricts"
  | "diagnoseTypology"
  | "declareTypology"
  | "editTargets"
  | "viewCampaigns"
  | "editCampaigns"
  | "editAsks"
  | "editMeetings"
  | "assignTasks"
  | "ownTasks",
  boolean
>;

export type OrganizationContext = {
  organization: { name: string; slug: string; kind: OrganizationKind; state: string; timeZone: string };
  role: Role;
  /** Shown on every page of a suspended organization, with the operators' reason. */
  suspension: string | null;
  /** Agencies only: until verified, every page says that nothing reaches coalitions yet. */
  verification: VerificationState | null;
  allowed: AllowedActions;
  /** Coalitions only: guidance new or updated since the coalition last read it; null where guidance is not read. */
  unreadGuidance: number | null;
};

/** The organization, the user's role in it and what that role allows, for every page below /o/:slug. */
export function useOrganization(): OrganizationContext {
  const data = useRouteLoaderData<OrganizationContext>(organizationLayoutRouteId);
  if (!data) throw new Error("useOrganization is only for pages inside /o/:slug");
  return data;
}
