import { Pager } from "~/components/pager";
import { pageParam } from "~/lib/schemas";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { meetingStatusLabels } from "~/lib/labels";
import { requireCampaign } from "~/lib/permissions.server";
import { listMeetings, meetingPageSize } from "~/models/meeting.server";
import { useOrganization } from "~/lib/organization-context";
import { formatMoment } from "~/lib/format-dates";

export const meta: MetaFunction = () => [{ title: "Meetings · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const search = new URL(request.url).searchParams;
  const when = search.get("when") === "past" ? "past" : "upcoming";
  const page = pageParam(search);
  const { rows, total } = listMeetings(campaign.id, { when, page });
  return {
    campaign: { title: campaign.title, href: `/o/${organization.slug}/campaigns/${campaign.id}` },
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
  const { allowed } = useOrganization();
  const { campaign, meetings, when, page, pages } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="meetings-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="meetings-title">{when === "past" ? "Past meetings" : "Upcoming meetings"}</h1>
        {allowed.editMeetings ? (
          <Link className="button" to={`${campaign.href}/meetings/new`}>
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
                <Link to={`${campaign.href}/meetings/${meeting.id}`}>{meeting.title}</Link>
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
