import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Pager } from "~/components/pager";
import { formatMoment } from "~/lib/format-dates";
import { meetingStatusLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { pageParam } from "~/lib/schemas.server";
import { listMeetings, meetingPageSize } from "~/models/meeting.server";
import { requireCampaign } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Meetings · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const search = new URL(request.url).searchParams;
  const when = search.get("when") === "past" ? "past" : "upcoming";
  const page = pageParam(search);
  const { rows, total } = listMeetings(campaign.id, { when, page });
  return {
    campaign: {
      id: campaign.id,
      title: campaign.title,
      href: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    },
    meetings: rows.map((m) => ({
      id: m.id,
      title: m.title,
      status: m.status,
      when: formatMoment(m.startsAt, "short", organization.timeZone),
    })),
    when,
    page,
    pages: Math.max(1, Math.ceil(total / meetingPageSize)),
  };
}

export default function Meetings() {
  const { organization, allowed } = useOrganization();
  const { campaign, meetings, when, page, pages } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug, campaignId: campaign.id };
  return (
    <section aria-labelledby="meetings-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="meetings-title">{when === "past" ? "Past meetings" : "Upcoming meetings"}</h1>
        {allowed.editMeetings ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/meetings/new", params)}>
            Schedule a meeting
          </Link>
        ) : null}
      </div>
      <p>
        <Link to={when === "past" ? "?when=upcoming" : "?when=past"}>
          {when === "past" ? "Show upcoming meetings" : "Show past meetings"}
        </Link>
      </p>
      {meetings.length === 0 ? (
        <p className="empty">No meetings here.</p>
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
                {meeting.when} · {meetingStatusLabels[meeting.status]}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager label="Pages of meetings" page={page} pages={pages} query={{ when }} />
    </section>
  );
}
