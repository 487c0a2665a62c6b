import { meetingsOfCampaign } from "~/models/meeting.server";

/** The campaign's meetings as choices; the form names each with its day, since two meetings often share a title. */
export function meetingChoices(campaignId: string) {
  return meetingsOfCampaign(campaignId).map(({ id, title, startsAt }) => ({ id, title, startsAt }));
}
