import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLocation, useMatches } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { labelKeys } from "~/lib/labels";
import { useOrganization, type OrganizationContext } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { stateName } from "~/lib/us-states";
import { useLanguage, useLocale } from "~/lib/use-language";
import { verificationStatus } from "~/models/agency-verification.server";
import { unreadGuidanceCount } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { operatorAddress, requireMembership } from "~/services/permissions.server";

// Every coalition and agency page names statuses, roles, types of district and leverage levels, and shows this
// layout's header, tabs and notices ("coalition").
export const handle = { i18n: ["labels", "typology", "coalition"] };

export async function loader({ request, params }: LoaderFunctionArgs): Promise<OrganizationContext> {
  const { organization, role } = await requireMembership(request, params.slug, "organization.view");
  const { kind } = organization;
  const { t } = await requestTranslator(request, "coalition");
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
    suspension: organization.suspendedAt ? suspensionNotice(t, organization) : null,
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

/** Why the organization is suspended: the operators' reason as they wrote it, the rest in the reader's language. */
function suspensionNotice(
  t: Awaited<ReturnType<typeof requestTranslator>>["t"],
  organization: { name: string; suspensionReason: string },
) {
  const reason = /[.!?]$/.test(organization.suspensionReason)
    ? organization.suspensionReason
    : `${organization.suspensionReason}.`;
  const address = operatorAddress();
  const values = { name: organization.name, reason };
  return address ? t("layout.suspended.withAddress", { ...values, address }) : t("layout.suspended.noAddress", values);
}

const overviewRouteId = "routes/o.$slug+/_index";

export default function OrganizationLayout() {
  const { organization, role, allowed, suspension, verification, unreadGuidance } = useOrganization();
  const params = { slug: organization.slug };
  // The overview is where the whole name and the user's role show on a phone; other pages keep one short line.
  const onOverview = useMatches().at(-1)?.id === overviewRouteId;
  const tabs = useCurrentTabInView();
  const { t } = useTranslation("coalition");
  const language = useLanguage();
  const locale = useLocale();
  return (
    <div className={onOverview ? "org org--overview" : "org"}>
      <div className="org__header">
        <p className="org__name">{organization.name}</p>
        <p className="org__kind">
          {t("layout.kindLine", {
            kind: t(labelKeys.organizationKind[organization.kind]),
            state: stateName(organization.state, language),
            role: t(labelKeys.role[role]).toLocaleLowerCase(locale),
          })}
        </p>
        <nav aria-label={t("layout.sections", { name: organization.name })} className="subnav">
          <ul ref={tabs}>
            <li>
              <NavLink to={href("/o/:slug", params)} end>
                {t("layout.tabs.overview")}
              </NavLink>
            </li>
            {allowed.viewCampaigns ? (
              <li>
                <NavLink to={href("/o/:slug/campaigns", params)}>{t("layout.tabs.campaigns")}</NavLink>
              </li>
            ) : null}
            {allowed.ownTasks ? (
              <li>
                <NavLink to={href("/o/:slug/tasks", params, { mine: 1 })}>{t("layout.tabs.myTasks")}</NavLink>
              </li>
            ) : null}
            {allowed.viewDistricts ? (
              <li>
                <NavLink to={href("/o/:slug/districts", params)}>{t("layout.tabs.districts")}</NavLink>
              </li>
            ) : null}
            {allowed.readGuidance ? (
              <li>
                <NavLink to={href("/o/:slug/inbox", params)}>
                  <WithUnreadCount label={t("layout.tabs.guidance")} count={unreadGuidance ?? 0} />
                </NavLink>
              </li>
            ) : null}
            {allowed.writeGuidance ? (
              <li>
                <NavLink to={href("/o/:slug/guidance", params)}>{t("layout.tabs.guidance")}</NavLink>
              </li>
            ) : null}
            {allowed.viewVerification ? (
              <li>
                <NavLink to={href("/o/:slug/verification", params)}>{t("layout.tabs.verification")}</NavLink>
              </li>
            ) : null}
            {allowed.viewStateOverview ? (
              <li>
                <NavLink to={href("/o/:slug/overview", params)}>{t("layout.tabs.stateOverview")}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to={href("/o/:slug/members", params)}>{t("layout.tabs.members")}</NavLink>
            </li>
            {allowed.viewEmails ? (
              <li>
                <NavLink to={href("/o/:slug/emails", params)}>{t("layout.tabs.sentEmail")}</NavLink>
              </li>
            ) : null}
            {allowed.editOrganization ? (
              <li>
                <NavLink to={href("/o/:slug/settings", params)}>{t("layout.tabs.settings")}</NavLink>
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
  const { t } = useTranslation("coalition");
  if (count === 0) return <>{label}</>;
  return (
    <>
      <span aria-hidden="true">
        {label}
        <span className="count-badge">{count}</span>
      </span>
      <span className="visually-hidden">{t("layout.unread", { label, count })}</span>
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

const bannerKeys = {
  "not-requested": "coalition:layout.verification.not-requested",
  requested: "coalition:layout.verification.requested",
  revoked: "coalition:layout.verification.revoked",
} as const;

function VerificationBanner({ state, params }: { state: keyof typeof bannerKeys; params: { slug: string } }) {
  const { t } = useTranslation("coalition");
  return (
    <p className="notice" role="status">
      <strong>{t("layout.verification.notVerified")}</strong> {t(bannerKeys[state])}{" "}
      <NavLink to={href("/o/:slug/verification", params)}>{t("layout.verification.link")}</NavLink>
    </p>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
