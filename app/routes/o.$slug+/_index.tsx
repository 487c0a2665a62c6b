import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { AddTargetHere } from "~/components/add-target-here";
import { TaskList } from "~/components/task-list";
import { askStatuses } from "~/lib/domain";
import { formatMoment } from "~/lib/format-dates";
import { askStatusLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { kindHas } from "~/lib/permissions";
import { domainLabels, locusLabels } from "~/lib/typology";
import { stateName } from "~/lib/us-states";
import { coalitionDashboard } from "~/models/dashboard.server";
import { listDistricts } from "~/models/district.server";
import { countMembers } from "~/models/membership.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Organization"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.view");
  const coalition = kindHas(organization.kind, "districts.view");
  const districts = coalition ? listDistricts(organization.id) : [];
  const dashboard = coalition ? coalitionDashboard(organization, districts) : null;
  return {
    name: organization.name,
    memberCount: countMembers(organization.id),
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
  const { memberCount, districts, dashboard } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug };
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{organization.name}</h1>
      <div className="summary-grid">
        <Link className="summary" to={href("/o/:slug/members", params)}>
          <span className="summary__number">{memberCount}</span> {memberCount === 1 ? "member" : "members"}
        </Link>
        {allowed.viewDistricts ? (
          <Link className="summary" to={href("/o/:slug/districts", params)}>
            <span className="summary__number">{districts.length}</span>{" "}
            {districts.length === 1 ? "district" : "districts"}
          </Link>
        ) : null}
        {dashboard ? (
          <>
            <Link className="summary" to={href("/o/:slug/campaigns", params, { status: "active" })}>
              <span className="summary__number">{dashboard.activeCampaigns.length}</span> active{" "}
              {dashboard.activeCampaigns.length === 1 ? "campaign" : "campaigns"}
            </Link>
            <Link
              className={dashboard.overdueTotal ? "summary summary--alert" : "summary"}
              to={href("/o/:slug/tasks", params, { overdue: 1 })}
            >
              <span className="summary__number">{dashboard.overdueTotal}</span> overdue{" "}
              {dashboard.overdueTotal === 1 ? "task" : "tasks"}
            </Link>
          </>
        ) : null}
      </div>

      {dashboard ? (
        <>
          <h2>Active campaigns</h2>
          {dashboard.activeCampaigns.length === 0 ? (
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

          <h2>Next meetings</h2>
          {dashboard.nextMeetings.length === 0 ? (
            <p className="empty">No meetings scheduled.</p>
          ) : (
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

          <h2>Asks in active campaigns</h2>
          <ul className="status-counts">
            {askStatuses.map((status) => (
              <li key={status}>
                {askStatusLabels[status]}: {dashboard.askCounts[status] ?? 0}
              </li>
            ))}
          </ul>

          <h2>Overdue tasks</h2>
          <TaskList tasks={dashboard.overdueTasks} slug={organization.slug} />

          <h2>Leverage coverage</h2>
          {dashboard.coverage.length === 0 ? (
            <p className="muted">
              Every main lever (primary leverage point) in your declared districts has a target and an open ask.
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

      {allowed.viewDistricts ? (
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
