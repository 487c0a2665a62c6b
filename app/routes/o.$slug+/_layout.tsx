import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLocation, useMatches } from "@remix-run/react";
import { useEffect, useRef } from "react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { organizationKindLabels, roleLabels } from "~/lib/labels";
import { useOrganization, type OrganizationContext } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { stateName } from "~/lib/us-states";
import { verificationStatus } from "~/models/agency-verification.server";
import { unreadGuidanceCount } from "~/models/guidance.server";
import { requireMembership, suspendedOrganizationMessage } from "~/services/permissions.server";

// Every coalition and agency page names statuses, roles, types of district and leverage levels.
export const handle = { i18n: ["labels", "typology"] };

export async function loader({ request, params }: LoaderFunctionArgs): Promise<OrganizationContext> {
  const { organization, role } = await requireMembership(request, params.slug, "organization.view");
  const { kind } = organization;
  const readGuidance = can(kind, role, "guidance.read");
  return {
    organization: {
      name: organization.name,
      slug: organization.slug,
      kind,
      state: organization.state,
      timeZone: organization.timeZone,
    },
    role,
    suspension: organization.suspendedAt ? suspendedOrganizationMessage(organization) : null,
    verification: kind === "state_agency" ? verificationStatus(organization).state : null,
    allowed: {
      editOrganization: can(kind, role, "organization.edit"),
      inviteMembers: can(kind, role, "members.invite"),
      manageMembers: can(kind, role, "members.manage"),
      viewEmails: can(kind, role, "emails.view"),
      writeGuidance: can(kind, role, "guidance.write"),
      readGuidance,
      viewStateOverview: can(kind, role, "overview.view"),
      viewVerification: can(kind, role, "verification.view"),
      viewDistricts: can(kind, role, "districts.view"),
      editDistricts: can(kind, role, "districts.edit"),
      diagnoseTypology: can(kind, role, "typology.diagnose"),
      declareTypology: can(kind, role, "typology.declare"),
      editTargets: can(kind, role, "targets.edit"),
      viewCampaigns: can(kind, role, "campaigns.view"),
      editCampaigns: can(kind, role, "campaigns.edit"),
      editAsks: can(kind, role, "asks.edit"),
      editMeetings: can(kind, role, "meetings.edit"),
      assignTasks: can(kind, role, "tasks.assign"),
      ownTasks: can(kind, role, "tasks.own"),
    },
    unreadGuidance: readGuidance ? unreadGuidanceCount(organization) : null,
  };
}

const overviewRouteId = "routes/o.$slug+/_index";

export default function OrganizationLayout() {
  const { organization, role, allowed, suspension, verification, unreadGuidance } = useOrganization();
  const params = { slug: organization.slug };
  // The overview is where the whole name and the user's role show on a phone; other pages keep one short line.
  const onOverview = useMatches().at(-1)?.id === overviewRouteId;
  const tabs = useCurrentTabInView();
  return (
    <div className={onOverview ? "org org--overview" : "org"}>
      <div className="org__header">
        <p className="org__name">{organization.name}</p>
        <p className="org__kind">
          {organizationKindLabels[organization.kind]} · {stateName(organization.state)} · you are{" "}
          {roleLabels[role].toLowerCase()}
        </p>
        <nav aria-label={`${organization.name} sections`} className="subnav">
          <ul ref={tabs}>
            <li>
              <NavLink to={href("/o/:slug", params)} end>
                Overview
              </NavLink>
            </li>
            {allowed.viewCampaigns ? (
              <li>
                <NavLink to={href("/o/:slug/campaigns", params)}>Campaigns</NavLink>
              </li>
            ) : null}
            {allowed.ownTasks ? (
              <li>
                <NavLink to={href("/o/:slug/tasks", params, { mine: 1 })}>My tasks</NavLink>
              </li>
            ) : null}
            {allowed.viewDistricts ? (
              <li>
                <NavLink to={href("/o/:slug/districts", params)}>Districts</NavLink>
              </li>
            ) : null}
            {allowed.readGuidance ? (
              <li>
                <NavLink to={href("/o/:slug/inbox", params)}>
                  <WithUnreadCount label="Guidance" count={unreadGuidance ?? 0} />
                </NavLink>
              </li>
            ) : null}
            {allowed.writeGuidance ? (
              <li>
                <NavLink to={href("/o/:slug/guidance", params)}>Guidance</NavLink>
              </li>
            ) : null}
            {allowed.viewVerification ? (
              <li>
                <NavLink to={href("/o/:slug/verification", params)}>Verification</NavLink>
              </li>
            ) : null}
            {allowed.viewStateOverview ? (
              <li>
                <NavLink to={href("/o/:slug/overview", params)}>State overview</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to={href("/o/:slug/members", params)}>Members</NavLink>
            </li>
            {allowed.viewEmails ? (
              <li>
                <NavLink to={href("/o/:slug/emails", params)}>Sent email</NavLink>
              </li>
            ) : null}
            {allowed.editOrganization ? (
              <li>
                <NavLink to={href("/o/:slug/settings", params)}>Settings</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
      {suspension ? (
        <p className="notice notice--error" role="status">
          {suspension}
        </p>
      ) : null}
      {verification && verification !== "verified" ? <VerificationBanner state={verification} params={params} /> : null}
      <Outlet />
    </div>
  );
}

/**
 * "Guidance" and a count badge to the eye, "Guidance, 2 unread" to a screen reader (one piece of text, so no
 * stray space creeps into the link's name); the plain label when all is read.
 */
function WithUnreadCount({ label, count }: { label: string; count: number }) {
  if (count === 0) return <>{label}</>;
  return (
    <>
      <span aria-hidden="true">
        {label}
        <span className="count-badge">{count}</span>
      </span>
      <span className="visually-hidden">{`${label}, ${count} unread`}</span>
    </>
  );
}

/**
 * On a phone the tabs are one row that scrolls sideways; keep the current page's tab in sight after every
 * navigation, and a tab that takes keyboard focus wholly in sight. Only the row scrolls, never the page. Without
 * JavaScript, CSS (scroll-initial-target) opens the row on the current tab.
 */
function useCurrentTabInView() {
  const row = useRef<HTMLUListElement>(null);
  const { pathname, search } = useLocation();
  useEffect(() => {
    const list = row.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    const start = current.getBoundingClientRect().left - list.getBoundingClientRect().left + list.scrollLeft;
    const end = start + current.offsetWidth;
    if (start < list.scrollLeft || end > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = start - (list.clientWidth - current.offsetWidth) / 2;
    }
  }, [pathname, search]);
  useEffect(() => {
    // Browsers leave a tab that takes focus half out of sight if part of it shows; bring all of it in.
    const list = row.current;
    const reveal = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) event.target.scrollIntoView({ block: "nearest", inline: "nearest" });
    };
    list?.addEventListener("focusin", reveal);
    return () => list?.removeEventListener("focusin", reveal);
  }, []);
  return row;
}

const bannerText = {
  "not-requested":
    "Your agency is not verified yet. You can write drafts and preview them; nothing reaches coalitions " +
    "until the operators of this server verify your agency. Next step: send a verification request.",
  requested:
    "Your agency is waiting for verification. You can write drafts and preview them; once the operators of this " +
    "server have checked your request, you can publish to coalitions.",
  revoked:
    "Your agency's verification was withdrawn. Coalitions no longer see your guidance or notes, and no emails go " +
    "out. Your work is kept and shows again if the operators verify your agency again.",
} as const;

function VerificationBanner({ state, params }: { state: keyof typeof bannerText; params: { slug: string } }) {
  return (
    <p className="notice" role="status">
      <strong>Not verified.</strong> {bannerText[state]}{" "}
      <NavLink to={href("/o/:slug/verification", params)}>Verification</NavLink>
    </p>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
