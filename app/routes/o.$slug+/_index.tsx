import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { AddTargetHere } from "~/components/add-target-here";
import { GettingStarted } from "~/components/getting-started";
import { HandedBackTasks } from "~/components/handed-back-tasks";
import { TaskList } from "~/components/task-list";
import { UnreadGuidanceNotice } from "~/components/unread-guidance";
import { askStatuses } from "~/lib/domain";
import { formatMoment } from "~/lib/format-dates";
import { askStatusLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can, kindHas } from "~/lib/permissions";
import { domainLabels, locusLabels } from "~/lib/typology";
import { stateName } from "~/lib/us-states";
import { coalitionDashboard } from "~/models/dashboard.server";
import { listDistricts } from "~/models/district.server";
import { gettingStarted } from "~/models/getting-started.server";
import { countMembers } from "~/models/membership.server";
import { handedBackTasks } from "~/models/task.server";
import { requireMembership } from "~/services/permissions.server";

// "Add a target here" (components/add-target-here.tsx) speaks from the playbook page's namespace, the overdue
// task list from the tasks one.
export const handle = { i18n: ["playbook-page", "tasks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Organization"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role } = await requireMembership(request, params.slug, "organization.view");
  const coalition = kindHas(organization.kind, "districts.view");
  const districts = coalition ? listDistricts(organization.id) : [];
  const dashboard = coalition ? coalitionDashboard(organization, districts) : null;
  return {
    name: organization.name,
    gettingStarted: can(organization.kind, role, "districts.edit") ? gettingStarted(organization.id) : null,
    memberCount: countMembers(organization.id),
    handedBack: can(organization.kind, role, "tasks.assign") ? handedBackTasks(organization) : [],
    districts: districts.map(({ id, name, state, schoolCount }) => ({ id, name, state, schoolCount })),
    dashboard: dashboard && {
      ...dashboard,
      nextMeetings: dashboard.nextMeetings.map((m) => ({
        id: m.id,
        title: m.title,
        campaignId: m.campaignId,
        campaignTitle: m.campaignTitle,
        when: formatMoment(m.startsAt, "short", organization.timeZone),
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
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overview</h1>
      <UnreadGuidanceNotice />
      <GettingStarted slug={organization.slug} progress={progress} />
      <div className="summary-grid">
        <Link className="summary" to={href("/o/:slug/members", params)}>
          <span className="summary__number">{memberCount}</span> {memberCount === 1 ? "member" : "members"}
        </Link>
        {allowed.viewDistricts && districts.length > 0 ? (
          <Link className="summary" to={href("/o/:slug/districts", params)}>
            <span className="summary__number">{districts.length}</span>{" "}
            {districts.length === 1 ? "district" : "districts"}
          </Link>
        ) : null}
        {dashboard && dashboard.activeCampaigns.length > 0 ? (
          <Link className="summary" to={href("/o/:slug/campaigns", params, { status: "active" })}>
            <span className="summary__number">{dashboard.activeCampaigns.length}</span> active{" "}
            {dashboard.activeCampaigns.length === 1 ? "campaign" : "campaigns"}
          </Link>
        ) : null}
        {dashboard && dashboard.overdueTotal > 0 ? (
          <Link className="summary summary--alert" to={href("/o/:slug/tasks", params, { overdue: 1 })}>
            <span className="summary__number">{dashboard.overdueTotal}</span> overdue{" "}
            {dashboard.overdueTotal === 1 ? "task" : "tasks"}
          </Link>
        ) : null}
      </div>

      <HandedBackTasks tasks={handedBack} slug={organization.slug} />
      {dashboard ? (
        <>
          {starting && dashboard.activeCampaigns.length === 0 ? null : <h2>Active campaigns</h2>}
          {starting && dashboard.activeCampaigns.length === 0 ? null : dashboard.activeCampaigns.length === 0 ? (
            <div className="empty">
              <p>No active campaigns.</p>
              {allowed.editCampaigns ? (
                <Link className="button" to={href("/o/:slug/campaigns/new", params)}>
                  Start a campaign
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

          {dashboard.nextMeetings.length === 0 ? null : <h2>Next meetings</h2>}
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
              <h2>Asks in active campaigns</h2>
              <ul className="status-counts">
                {askStatuses.map((status) => (
                  <li key={status}>
                    {askStatusLabels[status]}: {dashboard.askCounts[status] ?? 0}
                  </li>
                ))}
              </ul>
            </>
          ) : null}

          {dashboard.overdueTotal > 0 ? (
            <>
              <h2>Overdue tasks</h2>
              <TaskList tasks={dashboard.overdueTasks} slug={organization.slug} />
            </>
          ) : null}

          {dashboard.primaryTotal > 0 ? <h2>Leverage coverage</h2> : null}
          {dashboard.primaryTotal === 0 ? null : dashboard.coverage.length === 0 ? (
            <p className="muted">
              {dashboard.primaryTotal === 1
                ? "The one main lever (primary leverage point) in your declared districts has a target and an open ask."
                : `All ${dashboard.primaryTotal} main levers (primary leverage points) in your declared districts ` +
                  "have a target and an open ask."}
            </p>
          ) : (
            <ul>
              {dashboard.coverage.map((point) => (
                <li key={`${point.districtId}-${point.domain}-${point.locus}`}>
                  <Link
                    to={href("/o/:slug/districts/:districtId/targets", { ...params, districtId: point.districtId })}
                  >
                    {point.districtName}
                  </Link>
                  : {domainLabels[point.domain]} — {locusLabels[point.locus]}, a main lever:{" "}
                  {point.gap === "no-target" ? "no target mapped yet" : "no open ask"}
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
          <h2>Districts you work in</h2>
          {districts.length === 0 ? (
            <div className="empty">
              <p>No district recorded yet. Start with the district your coalition wants to influence.</p>
              {allowed.editDistricts ? (
                <Link className="button" to={href("/o/:slug/districts/new", params)}>
                  Add a district
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
                    {stateName(district.state)} · {district.schoolCount}{" "}
                    {district.schoolCount === 1 ? "school" : "schools"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>
          Guidance publishing and the state overview arrive in a coming release. For now you can gather your team on the{" "}
          <Link to={href("/o/:slug/members", params)}>members page</Link>.
        </p>
      )}
    </section>
  );
}
