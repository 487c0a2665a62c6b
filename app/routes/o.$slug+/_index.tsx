import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { AddTargetHere } from "~/components/add-target-here";
import { GettingStarted } from "~/components/getting-started";
import { HandedBackTasks } from "~/components/handed-back-tasks";
import { TaskList } from "~/components/task-list";
import { Trans } from "~/components/trans";
import { UnreadGuidanceNotice } from "~/components/unread-guidance";
import { askStatuses } from "~/lib/domain";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can, kindHas } from "~/lib/permissions";
import { translateOnce } from "~/lib/translate-once";
import { typologyKeys } from "~/lib/typology/keys";
import { stateName } from "~/lib/us-states";
import { useLanguage } from "~/lib/use-language";
import { coalitionDashboard } from "~/models/dashboard.server";
import { listDistricts } from "~/models/district.server";
import { gettingStarted } from "~/models/getting-started.server";
import { countMembers } from "~/models/membership.server";
import { handedBackTasks } from "~/models/task.server";
import { requestLanguage } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

// "Add a target here" (components/add-target-here.tsx) speaks from the playbook page's namespace, the overdue
// task list from the tasks one.
export const handle = { i18n: ["playbook-page", "tasks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.name} · Fulcrum` : "Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role } = await requireMembership(request, params.slug, "organization.view");
  const coalition = kindHas(organization.kind, "districts.view");
  const districts = coalition ? listDistricts(organization.id) : [];
  const locale = localeFor(await requestLanguage(request));
  const dashboard = coalition ? coalitionDashboard(organization, districts, locale) : null;
  return {
    name: organization.name,
    gettingStarted: can(organization.kind, role, "districts.edit") ? gettingStarted(organization.id) : null,
    memberCount: countMembers(organization.id),
    handedBack: can(organization.kind, role, "tasks.assign") ? handedBackTasks(organization, locale) : [],
    districts: districts.map(({ id, name, state, schoolCount }) => ({ id, name, state, schoolCount })),
    dashboard: dashboard && {
      ...dashboard,
      nextMeetings: dashboard.nextMeetings.map((m) => ({
        id: m.id,
        title: m.title,
        campaignId: m.campaignId,
        campaignTitle: m.campaignTitle,
        when: formatMoment(m.startsAt, "short", organization.timeZone, locale),
      })),
    },
  };
}

export default function OrganizationOverview() {
  const { organization, allowed } = useOrganization();
  const { memberCount, districts, dashboard, handedBack, gettingStarted: progress } = useLoaderData<typeof loader>();
  // While the getting-started list shows, it is the way in: empty sections would only repeat it.
  const starting = Boolean(progress && progress.done < progress.steps.length);
  const params = { slug: organization.slug };
  const { t } = useTranslation("coalition");
  const language = useLanguage();
  // The coverage list repeats the same levers and gaps district after district.
  const rowT = translateOnce(t);
  const number = <span className="summary__number" />;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t("dashboard.title")}</h1>
      <UnreadGuidanceNotice />
      <GettingStarted slug={organization.slug} progress={progress} />
      <div className="summary-grid">
        <Link className="summary" to={href("/o/:slug/members", params)}>
          <Trans t={t} i18nKey="dashboard.summary.members" count={memberCount} components={{ number }} />
        </Link>
        {allowed.viewDistricts && districts.length > 0 ? (
          <Link className="summary" to={href("/o/:slug/districts", params)}>
            <Trans t={t} i18nKey="dashboard.summary.districts" count={districts.length} components={{ number }} />
          </Link>
        ) : null}
        {dashboard && dashboard.activeCampaigns.length > 0 ? (
          <Link className="summary" to={href("/o/:slug/campaigns", params, { status: "active" })}>
            <Trans
              t={t}
              i18nKey="dashboard.summary.activeCampaigns"
              count={dashboard.activeCampaigns.length}
              components={{ number }}
            />
          </Link>
        ) : null}
        {dashboard && dashboard.overdueTotal > 0 ? (
          <Link className="summary summary--alert" to={href("/o/:slug/tasks", params, { overdue: 1 })}>
            <Trans
              t={t}
              i18nKey="dashboard.summary.overdueTasks"
              count={dashboard.overdueTotal}
              components={{ number }}
            />
          </Link>
        ) : null}
      </div>

      <HandedBackTasks tasks={handedBack} slug={organization.slug} />
      {dashboard ? (
        <>
          {starting && dashboard.activeCampaigns.length === 0 ? null : <h2>{t("dashboard.activeCampaigns")}</h2>}
          {starting && dashboard.activeCampaigns.length === 0 ? null : dashboard.activeCampaigns.length === 0 ? (
            <div className="empty">
              <p>{t("dashboard.noActiveCampaigns")}</p>
              {allowed.editCampaigns ? (
                <Link className="button" to={href("/o/:slug/campaigns/new", params)}>
                  {t("dashboard.startCampaign")}
                </Link>
              ) : null}
            </div>
          ) : (
            <ul className="card-list">
              {dashboard.activeCampaigns.map((campaign) => (
                <li key={campaign.id} className="card">
                  <h3>
                    <Link to={href("/o/:slug/campaigns/:campaignId", { ...params, campaignId: campaign.id })}>
                      {campaign.title}
                    </Link>
                  </h3>
                  <p>{campaign.win}</p>
                  <p className="muted">{campaign.districtName}</p>
                </li>
              ))}
            </ul>
          )}

          {dashboard.nextMeetings.length === 0 ? null : <h2>{t("dashboard.nextMeetings")}</h2>}
          {dashboard.nextMeetings.length === 0 ? null : (
            <ul className="card-list">
              {dashboard.nextMeetings.map((meeting) => (
                <li key={meeting.id} className="card">
                  <p>
                    <Link
                      to={href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
                        ...params,
                        campaignId: meeting.campaignId,
                        meetingId: meeting.id,
                      })}
                    >
                      {meeting.title}
                    </Link>
                  </p>
                  <p className="muted">
                    {meeting.when} · {meeting.campaignTitle}
                  </p>
                </li>
              ))}
            </ul>
          )}

          {askStatuses.some((status) => dashboard.askCounts[status]) ? (
            <>
              <h2>{t("dashboard.asks")}</h2>
              <ul className="status-counts">
                {askStatuses.map((status) => (
                  <li key={status}>
                    {t(labelKeys.askStatus[status])}: {dashboard.askCounts[status] ?? 0}
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {dashboard.overdueTotal > 0 ? (
            <>
              <h2>{t("dashboard.overdueTasks")}</h2>
              <TaskList tasks={dashboard.overdueTasks} slug={organization.slug} />
            </>
          ) : null}

          {dashboard.primaryTotal > 0 ? <h2>{t("dashboard.coverage")}</h2> : null}
          {dashboard.primaryTotal === 0 ? null : dashboard.coverage.length === 0 ? (
            <p className="muted">{t("dashboard.allCovered", { count: dashboard.primaryTotal })}</p>
          ) : (
            <ul>
              {dashboard.coverage.map((point) => (
                <li key={`${point.districtId}-${point.domain}-${point.locus}`}>
                  <Link
                    to={href("/o/:slug/districts/:districtId/targets", { ...params, districtId: point.districtId })}
                  >
                    {point.districtName}
                  </Link>
                  :{" "}
                  {rowT("dashboard.gap", {
                    domain: rowT(typologyKeys.domain[point.domain].plain),
                    locus: rowT(typologyKeys.locus[point.locus]),
                    gap: rowT(point.gap === "no-target" ? "dashboard.noTarget" : "dashboard.noOpenAsk"),
                  })}
                  {point.gap === "no-target" && allowed.editTargets ? (
                    <>
                      {" · "}
                      <AddTargetHere slug={organization.slug} districtId={point.districtId} cell={point} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      {allowed.viewDistricts && starting && districts.length === 0 ? null : allowed.viewDistricts ? (
        <>
          <h2>{t("dashboard.districts")}</h2>
          {districts.length === 0 ? (
            <div className="empty">
              <p>{t("dashboard.noDistrict")}</p>
              {allowed.editDistricts ? (
                <Link className="button" to={href("/o/:slug/districts/new", params)}>
                  {t("dashboard.addDistrict")}
                </Link>
              ) : null}
            </div>
          ) : (
            <ul className="card-list">
              {districts.map((district) => (
                <li key={district.id} className="card">
                  <h3>
                    <Link to={href("/o/:slug/districts/:districtId", { ...params, districtId: district.id })}>
                      {district.name}
                    </Link>
                  </h3>
                  <p className="muted">
                    {stateName(district.state, language)} · {rowT("dashboard.schools", { count: district.schoolCount })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>
          <Trans
            t={t}
            i18nKey="dashboard.agencySoon"
            components={{ a: <Link to={href("/o/:slug/members", params)} /> }}
          />
        </p>
      )}
    </section>
  );
}
