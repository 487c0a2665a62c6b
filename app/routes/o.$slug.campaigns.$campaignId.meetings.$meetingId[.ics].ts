import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendar } from "~/lib/ics.server";
import { calendarMeeting } from "~/lib/meeting-calendar.server";
import { requireMeeting } from "~/lib/permissions.server";
import { todayIn } from "~/lib/zoned-time";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign, meeting } = await requireMeeting(request, params, "campaigns.view");
  const url = new URL(
    `/o/${organization.slug}/campaigns/${campaign.id}/meetings/${meeting.id}`,
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
