import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ActivityTimeline } from "~/components/activity-timeline";
import { FieldError } from "~/components/form-fields";
import { Pager } from "~/components/pager";
import { StrategyChart } from "~/components/strategy-chart";
import { TargetBadges } from "~/components/target-badges";
import { useTargetPlace } from "~/components/target-place";
import { TaskList } from "~/components/task-list";
import { askStatuses } from "~/lib/domain";
import { formatDay, formatMoment, localeFor } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { pageParam } from "~/lib/schemas.server";
import { translateOnce } from "~/lib/translate-once";
import { useLocale } from "~/lib/use-language";
import { todayIn } from "~/lib/zoned-time";
import { askCountsByStatus, listAsks } from "~/models/ask.server";
import { listMeetings } from "~/models/meeting.server";
import { listTargets } from "~/models/target.server";
import { listTasks, taskListItems } from "~/models/task.server";
import { campaignTimeline } from "~/services/activity.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";
import { districtLeverageMap } from "~/services/target-leverage.server";

// The task list on this page speaks the tasks namespace, the leverage badges (components/leverage.tsx) "districts".
export const handle = { i18n: ["campaigns", "tasks", "districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

const exportKinds = ["asks", "meetings", "tasks"] as const;
const exportKeys = {
  asks: "campaigns:page.exportAsks",
  meetings: "campaigns:page.exportMeetings",
  tasks: "campaigns:page.exportTasks",
} as const;

const shownOpenTasks = 10;
const timelineSearchLimit = 100;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const { t, language } = await requestTranslator(request, "campaigns");
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
  const timeline = campaignTimeline(campaign.id, { page, search: q, language });
  const openTasks = listTasks(organization.id, { campaignId: campaign.id, status: "open", page: 1 });
  return {
    title: t("page.metaTitle", { title: campaign.title }),
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
    openTasks: taskListItems(openTasks.rows.slice(0, shownOpenTasks), today, localeFor(language)),
    openTaskTotal: openTasks.total,
    nextMeetings: listMeetings(campaign.id, { when: "upcoming", page: 1 })
      .rows.slice(0, 3)
      .map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt })),
    recentAsks: listAsks(campaign.id, { page: 1 })
      .rows.slice(0, 5)
      .map(({ id, targetName, text, status }) => ({ id, targetName, text, status })),
    activity: timeline.lines,
    page,
    q,
    asked,
    qError: qTooLong ? t("page.searchTooLong", { maximum: timelineSearchLimit, length: asked.length }) : null,
    pages: timeline.pages,
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
  const { t } = useTranslation("campaigns");
  const rowT = translateOnce(t);
  const locale = useLocale();
  const place = useTargetPlace();
  const params = { slug: organization.slug, campaignId: campaign.id };
  const moment = (at: string | Date) => formatMoment(at, "short", organization.timeZone, locale);
  const [starts, ends] = [campaign.startsOn, campaign.endsOn].map((d) => (d ? formatDay(d, "date", locale) : null));
  return (
    <section aria-labelledby="campaign-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/campaigns", { slug: organization.slug })}>{t("page.breadcrumb")}</Link>
      </p>
      <div className="page-heading">
        <h1 id="campaign-title">{campaign.title}</h1>
        {allowed.editCampaigns ? (
          <Link className="button button--secondary" to={href("/o/:slug/campaigns/:campaignId/edit", params)}>
            {t("page.edit")}
            <span className="visually-hidden"> {campaign.title}</span>
          </Link>
        ) : null}
      </div>
      <p className="lead">{campaign.win}</p>
      <dl className="facts">
        <div>
          <dt>{t("page.status")}</dt>
          <dd>{t(labelKeys.campaignStatus[campaign.status])}</dd>
        </div>
        <div>
          <dt>{t("page.district")}</dt>
          <dd>
            <Link to={campaign.districtHref}>{campaign.districtName}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("page.dates")}</dt>
          <dd>
            {starts || ends
              ? t("page.dateSpan", { starts: starts ?? "?", ends: ends ?? t("page.openEnded") })
              : t("page.notSet")}
          </dd>
        </div>
        <div>
          <dt>{t("page.lead")}</dt>
          <dd>{campaign.leadName ?? t("page.noLead")}</dd>
        </div>
      </dl>

      <h2>{t("page.chart")}</h2>
      <StrategyChart chart={campaign.chart} />

      <h2>{t("page.targets")}</h2>
      {targets.length === 0 ? (
        <p className="empty">{t("page.noTargets")}</p>
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
                <span className="muted">({rowT(labelKeys.targetRole[target.role].one).toLowerCase()})</span>
              </h3>
              <p className="muted">{place(target)}</p>
              <TargetBadges domains={target.domains} locus={target.locus} map={map} />
            </li>
          ))}
        </ul>
      )}

      <div className="page-heading">
        <h2>{t("page.nextMeetings")}</h2>
        {allowed.editMeetings ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/meetings/new", params)}>
            {t("page.scheduleMeeting")}
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
              <p className="muted">{moment(meeting.startsAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t("page.noMeetings")}</p>
      )}
      <p>
        <Link to={href("/o/:slug/campaigns/:campaignId/meetings", params)}>{t("page.allMeetings")}</Link>
      </p>

      <div className="page-heading">
        <h2>{t("page.asks")}</h2>
        {allowed.editAsks ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/asks/new", params)}>
            {t("page.planAsk")}
          </Link>
        ) : null}
      </div>
      <ul className="status-counts">
        {askStatuses.map((status) => (
          <li key={status}>
            <Link to={href("/o/:slug/campaigns/:campaignId/asks", params, { status })}>
              {t(labelKeys.askStatus[status])}: {formatCount(askCounts[status] ?? 0, locale)}
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
                {ask.targetName} ·{" "}
                <span className={`status status--${ask.status}`}>{rowT(labelKeys.askStatus[ask.status])}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t("page.noAsks")}</p>
      )}
      <p>
        <Link to={href("/o/:slug/campaigns/:campaignId/asks", params)}>{t("page.allAsks")}</Link>
      </p>

      <div className="page-heading">
        <h2>{t("page.openTasks")}</h2>
        {allowed.assignTasks ? (
          <Link
            className="button"
            to={href("/o/:slug/tasks/new", { slug: organization.slug }, { campaign: campaign.id })}
          >
            {t("page.assignTask")}
          </Link>
        ) : null}
      </div>
      <TaskList tasks={openTasks} slug={organization.slug} />
      {openTaskTotal > openTasks.length ? (
        <p>
          <Link to={href("/o/:slug/tasks", { slug: organization.slug }, { campaign: campaign.id, status: "open" })}>
            {t("page.allOpenTasks", { count: openTaskTotal })}
          </Link>
        </p>
      ) : null}

      <h2>{t("page.exports")}</h2>
      <ul>
        {exportKinds.map((kind) => (
          <li key={kind}>
            <a href={href("/o/:slug/campaigns/:campaignId/export/:file", { ...params, file: `${kind}.csv` })} download>
              {t(exportKeys[kind])}
            </a>
          </li>
        ))}
      </ul>

      <h2 id="timeline">{t("page.timeline")}</h2>
      <Form method="get" className="filters" action="#timeline">
        <label htmlFor="timeline-q">{t("page.timelineSearch")}</label>
        <input
          id="timeline-q"
          name="q"
          type="search"
          defaultValue={asked}
          aria-invalid={qError ? true : undefined}
          aria-describedby={qError ? "timeline-q-error" : undefined}
        />
        <button type="submit" className="button button--small button--secondary">
          {t("page.filter")}
        </button>
      </Form>
      <FieldError id="timeline-q" error={qError ?? undefined} />
      {activity.length === 0 ? <p className="empty">{t("page.noEntries")}</p> : null}
      <ActivityTimeline entries={activity} moment={moment} />
      <Pager
        label={t("page.timelinePages")}
        page={page}
        pages={pages}
        query={{ q }}
        labels={[t("page.newer"), t("page.older")]}
      />
    </section>
  );
}
