import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Pager } from "~/components/pager";
import { formatMoment } from "~/lib/format-dates";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { pageParam } from "~/lib/schemas.server";
import { useLocale } from "~/lib/use-language";
import { listMeetings, meetingPageSize } from "~/models/meeting.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";

export const handle = { i18n: ["meetings"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const search = new URL(request.url).searchParams;
  const when = search.get("when") === "past" ? "past" : "upcoming";
  const page = pageParam(search);
  const { rows, total } = listMeetings(campaign.id, { when, page });
  const { t } = await requestTranslator(request, "meetings");
  return {
    title: t("list.metaTitle"),
    campaign: {
      id: campaign.id,
      title: campaign.title,
      href: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    },
    meetings: rows.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.status,
      startsAt: m.startsAt,
    })),
    when,
    page,
    pages: Math.max(1, Math.ceil(total / meetingPageSize)),
  };
}

export default function Meetings() {
  const { organization, allowed } = useOrganization();
  const { campaign, meetings, when, page, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  const startsAt = (at: Date) => formatMoment(at, "short", organization.timeZone, locale);
  const params = { slug: organization.slug, campaignId: campaign.id };
  return (
    <section aria-labelledby="meetings-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="meetings-title">{when === "past" ? t("list.past") : t("list.upcoming")}</h1>
        {allowed.editMeetings ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/meetings/new", params)}>
            {t("list.schedule")}
          </Link>
        ) : null}
      </div>
      <p>
        <Link to={when === "past" ? "?when=upcoming" : "?when=past"}>
          {when === "past" ? t("list.showUpcoming") : t("list.showPast")}
        </Link>
      </p>
      {meetings.length === 0 ? (
        <p className="empty">{t("list.none")}</p>
      ) : (
        <ul className="card-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="card">
              <p>
                <Link
                  to={href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", { ...params, meetingId: meeting.id })}
                >
                  {meeting.title}
                </Link>
              </p>
              <p className="muted">
                {startsAt(meeting.startsAt)} · {t(labelKeys.meetingStatus[meeting.status])}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager label={t("list.pages")} page={page} pages={pages} query={{ when }} />
    </section>
  );
}
