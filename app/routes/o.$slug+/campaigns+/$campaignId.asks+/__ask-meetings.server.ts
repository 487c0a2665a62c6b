import { formatMoment } from "~/lib/format-dates";
import { meetingsOfCampaign } from "~/models/meeting.server";

/** The campaign's meetings as choices, each named with its day: two meetings often share a title. */
export function meetingChoices(campaignId: string, timeZone: string) {
  return meetingsOfCampaign(campaignId).map(({ id, title, startsAt }) => ({
    id,
    title: `${title} (${formatMoment(startsAt, "short", timeZone)})`,
  }));
}
