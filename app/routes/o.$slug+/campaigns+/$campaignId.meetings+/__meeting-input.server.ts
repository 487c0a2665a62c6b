import type { z } from "zod";

import { zonedToInstant } from "~/lib/zoned-time";
import type { MeetingInput } from "~/models/meeting.server";

import type { meetingFormSchema } from "./__meeting-form.server";

/** The parsed form as a meeting, its wall-clock times read in the coalition's time zone. */
export function meetingInput(form: z.output<typeof meetingFormSchema>, timeZone: string): MeetingInput {
  return {
    title: form.title,
    startsAt: zonedToInstant(form.date, form.startTime, timeZone),
    endsAt: zonedToInstant(form.date, form.endTime, timeZone),
    location: form.location,
    videoUrl: form.videoUrl,
    agenda: form.agenda,
    status: form.status,
    targetIds: [...new Set(form.targetIds)],
    attendeeIds: [...new Set(form.attendeeIds)],
  };
}
