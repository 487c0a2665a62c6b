import type { LoaderFunctionArgs } from "@remix-run/node";

import { calendar } from "~/lib/ics.server";
import { href } from "~/lib/paths";
import { todayIn } from "~/lib/zoned-time";
import { requireMeeting } from "~/services/permissions.server";

import { calendarMeeting } from "./__meeting-calendar.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, meeting } = await requireMeeting(request, params, "campaigns.view");
  const url = new URL(
    href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
      slug: organization.slug,
      campaignId: campaign.id,
      meetingId: meeting.id,
    }),
    request.url,
  ).toString();
  const body = calendar(meeting.title, [calendarMeeting(meeting, url)]);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="meeting-${todayIn(organization.timeZone, meeting.startsAt)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
