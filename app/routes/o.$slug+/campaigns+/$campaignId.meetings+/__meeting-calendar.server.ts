import type { CalendarMeeting } from "~/lib/ics.server";
import type { Meeting } from "~/models/meeting.server";

export function calendarMeeting(
  meeting: Pick<
    Meeting,
    "id" | "title" | "startsAt" | "endsAt" | "location" | "videoUrl" | "agenda" | "status" | "sequence"
  >,
  url: string,
): CalendarMeeting {
  return { ...meeting, url };
}
