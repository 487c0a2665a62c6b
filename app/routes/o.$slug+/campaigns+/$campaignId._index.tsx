import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FieldError } from "~/components/form-fields";
import { Pager } from "~/components/pager";
import { StrategyChart } from "~/components/strategy-chart";
import { TargetBadges } from "~/components/target-badges";
import { TaskList } from "~/components/task-list";
import { askStatuses } from "~/lib/domain";
import { formatDay, formatMoment } from "~/lib/format-dates";
import { askStatusLabels, campaignStatusLabels, targetRoleLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { pageParam } from "~/lib/schemas.server";
import { todayIn } from "~/lib/zoned-time";
import { activityPageSize, campaignActivity } from "~/models/activity.server";
import { askCountsByStatus, listAsks } from "~/models/ask.server";
import { listMeetings } from "~/models/meeting.server";
import { listTargets } from "~/models/target.server";
import { listTasks, taskListItems } from "~/models/task.server";
import { requireCampaign } from "~/services/permissions.server";
import { districtLeverageMap } from "~/services/target-leverage.server";

// The leverage badges' words (app/components/leverage.tsx) are in "districts".
export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.campaign.title ?? "Campaign"} · Fulcrum` },
];

const shownOpenTasks = 10;
const timelineSearchLimit = 100;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const search = new URL(request.url).searchParams;
  const page = pageParam(search);
  // A search longer than the limit is not cut down silently: it is not run, and the form says why.
  const asked = (search.get("q") ?? "").trim();
  const qTooLong = asked.length > timelineSearchLimit;
  const q = qTooLong ? "" : asked;
  const today = todayIn(organization.timeZone);
  const roles = new Map(campaign.targets.map((t) => [t.id, t.role]));
  const targets = listTargets(campaign.districtId)
    .filter((t) => roles.has(t.id))
    .map(({ id, name, title, locus, schoolName, domains }) => ({
      id,
      name,
      title,
      locus,
      schoolName,
      domains,
      role: roles.get(id)!,
    }));
  const activity = campaignActivity(campaign.id, page, q);
  const openTasks = listTasks(organization.id, { campaignId: campaign.id, status: "open", page: 1 });
  return {
    campaign: {
      id: campaign.id,
      title: campaign.title,
      win: campaign.win,
      status: campaign.status,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      leadName: campaign.leadName,
      districtId: campaign.districtId,
      districtName: campaign.districtName,
      districtHref: href("/o/:slug/districts/:districtId", {
        slug: organization.slug,
        districtId: campaign.districtId,
      }),
      chart: campaign.chart,
    },
    targets,
    map: districtLeverageMap(campaign.districtId),
    askCounts: askCountsByStatus({ campaignId: campaign.id }),
    // The soonest due; the tasks page lists them all.
    openTasks: taskListItems(openTasks.rows.slice(0, shownOpenTasks), today),
    openTaskTotal: openTasks.total,
    nextMeetings: listMeetings(campaign.id, { when: "upcoming", page: 1 })
      .rows.slice(0, 3)
      .map((m) => ({ id: m.id, title: m.title, when: formatMoment(m.startsAt, "short", organization.timeZone) })),
    recentAsks: listAsks(campaign.id, { page: 1 })
      .rows.slice(0, 5)
      .map(({ id, targetName, text, status }) => ({ id, targetName, text, status })),
    activity: activity.rows.map((row) => ({
      id: row.id,
      actorName: row.actorName,
      summary: row.summary,
      at: formatMoment(row.at, "short", organization.timeZone),
    })),
    page,
    q,
    asked,
    qError: qTooLong ? `Search for at most ${timelineSearchLimit} characters; this was ${asked.length}.` : null,
    pages: Math.max(1, Math.ceil(activity.total / activityPageSize)),
  };
}

export default function CampaignPage() {
  const { organization, allowed } = useOrganization();
  const {
    campaign,
    targets,
    map,
    activity,
    page,
    pages,
    q,
    asked,
    qError,
    askCounts,
    recentAsks,
    nextMeetings,
    openTasks,
    openTaskTotal,
  } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug, campaignId: campaign.id };
  const dates = [campaign.startsOn, campaign.endsOn].map((d) => (d ? formatDay(d, "date") : null));
  return (
    <section aria-labelledby="campaign-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/campaigns", { slug: organization.slug })}>Campaigns</Link>
      </p>
      <div className="page-heading">
        <h1 id="campaign-title">{campaign.title}</h1>
        {allowed.editCampaigns ? (
          <Link className="button button--secondary" to={href("/o/:slug/campaigns/:campaignId/edit", params)}>
            Edit<span className="visually-hidden"> {campaign.title}</span>
          </Link>
        ) : null}
      </div>
      <p className="lead">{campaign.win}</p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{campaignStatusLabels[campaign.status]}</dd>
        </div>
        <div>
          <dt>District</dt>
          <dd>
            <Link to={campaign.districtHref}>{campaign.districtName}</Link>
          </dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>{dates[0] || dates[1] ? `${dates[0] ?? "?"} – ${dates[1] ?? "open"}` : "Not set"}</dd>
        </div>
        <div>
          <dt>Lead organizer</dt>
          <dd>{campaign.leadName ?? "Not chosen yet"}</dd>
        </div>
      </dl>

      <h2>Strategy chart</h2>
      <StrategyChart chart={campaign.chart} />

      <h2>Targets</h2>
      {targets.length === 0 ? (
        <p className="empty">No targets chosen for this campaign yet.</p>
      ) : (
        <ul className="card-list">
          {targets.map((target) => (
            <li key={target.id} className="card">
              <h3>
                <Link
                  to={href("/o/:slug/districts/:districtId/targets/:targetId", {
                    slug: organization.slug,
                    districtId: campaign.districtId,
                    targetId: target.id,
                  })}
                >
                  {target.name}
                </Link>{" "}
                <span className="muted">({targetRoleLabels[target.role].one.toLowerCase()})</span>
              </h3>
              <p className="muted">
                {[target.title, target.locus === "school" ? target.schoolName : "Central office"]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <TargetBadges domains={target.domains} locus={target.locus} map={map} />
            </li>
          ))}
        </ul>
      )}

      <div className="page-heading">
        <h2>Next meetings</h2>
        {allowed.editMeetings ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/meetings/new", params)}>
            Schedule a meeting
          </Link>
        ) : null}
      </div>
      {nextMeetings.length ? (
        <ul className="card-list">
          {nextMeetings.map((meeting) => (
            <li key={meeting.id} className="card">
              <p>
                <Link
                  to={href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", { ...params, meetingId: meeting.id })}
                >
                  {meeting.title}
                </Link>
              </p>
              <p className="muted">{meeting.when}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No meetings scheduled.</p>
      )}
      <p>
        <Link to={href("/o/:slug/campaigns/:campaignId/meetings", params)}>All meetings</Link>
      </p>

      <div className="page-heading">
        <h2>Asks</h2>
        {allowed.editAsks ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/asks/new", params)}>
            Plan an ask
          </Link>
        ) : null}
      </div>
      <ul className="status-counts">
        {askStatuses.map((status) => (
          <li key={status}>
            <Link to={href("/o/:slug/campaigns/:campaignId/asks", params, { status })}>
              {askStatusLabels[status]}: {askCounts[status] ?? 0}
            </Link>
          </li>
        ))}
      </ul>
      {recentAsks.length ? (
        <ul className="card-list">
          {recentAsks.map((ask) => (
            <li key={ask.id} className="card">
              <p>
                <Link to={href("/o/:slug/campaigns/:campaignId/asks/:askId", { ...params, askId: ask.id })}>
                  {ask.text}
                </Link>
              </p>
              <p className="muted">
                {ask.targetName} · <span className={`status status--${ask.status}`}>{askStatusLabels[ask.status]}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No asks yet.</p>
      )}
      <p>
        <Link to={href("/o/:slug/campaigns/:campaignId/asks", params)}>All asks</Link>
      </p>

      <div className="page-heading">
        <h2>Open tasks</h2>
        {allowed.assignTasks ? (
          <Link
            className="button"
            to={href("/o/:slug/tasks/new", { slug: organization.slug }, { campaign: campaign.id })}
          >
            Assign a task
          </Link>
        ) : null}
      </div>
      <TaskList tasks={openTasks} slug={organization.slug} />
      {openTaskTotal > openTasks.length ? (
        <p>
          <Link to={href("/o/:slug/tasks", { slug: organization.slug }, { campaign: campaign.id, status: "open" })}>
            All {openTaskTotal} open tasks of this campaign
          </Link>
        </p>
      ) : null}

      <h2>Exports</h2>
      <ul>
        {(["asks", "meetings", "tasks"] as const).map((kind) => (
          <li key={kind}>
            <a href={href("/o/:slug/campaigns/:campaignId/export/:file", { ...params, file: `${kind}.csv` })} download>
              {kind[0]!.toUpperCase() + kind.slice(1)} as CSV
            </a>
          </li>
        ))}
      </ul>

      <h2 id="timeline">Timeline</h2>
      <Form method="get" className="filters" action="#timeline">
        <label htmlFor="timeline-q">Show entries mentioning</label>
        <input
          id="timeline-q"
          name="q"
          type="search"
          defaultValue={asked}
          aria-invalid={qError ? true : undefined}
          aria-describedby={qError ? "timeline-q-error" : undefined}
        />
        <button type="submit" className="button button--small button--secondary">
          Filter
        </button>
      </Form>
      <FieldError id="timeline-q" error={qError ?? undefined} />
      {activity.length === 0 ? <p className="empty">No timeline entries match.</p> : null}
      <ol className="timeline">
        {activity.map((entry) => (
          <li key={entry.id}>
            <span className="muted">{entry.at}</span> · {entry.actorName}: {entry.summary}
          </li>
        ))}
      </ol>
      <Pager label="Timeline pages" page={page} pages={pages} query={{ q }} labels={["Newer", "Older"]} />
    </section>
  );
}
