// The form's zod schema, for its route's action only: the limits its fields show live in __meeting-limits.ts.
import { z } from "zod";

import { meetingStatuses } from "~/lib/domain";
import {
  dateField,
  idListField,
  isTimeOfDay,
  multiLineField,
  optionalWebLink,
  singleLineField,
  timeOfDayField,
} from "~/lib/schemas.server";

import { limitsMeeting } from "./__meeting-limits";
import { occurrences } from "./__meeting-times";

const idList = idListField();

export const meetingFormSchema = z
  .object({
    title: singleLineField(limitsMeeting.title, {
      required: "Give the meeting a title.",
      tooLong: `Keep the title to ${limitsMeeting.title} characters or fewer.`,
    }),
    date: dateField("Enter the date, like 2026-10-14."),
    startTime: timeOfDayField("Enter the start time, like 18:30."),
    endTime: timeOfDayField("Enter the end time, like 19:30."),
    location: singleLineField(limitsMeeting.location, {
      tooLong: `Keep the place to ${limitsMeeting.location} characters or fewer.`,
    }),
    videoUrl: singleLineField(limitsMeeting.videoUrl, {
      tooLong: `Keep the video link to ${limitsMeeting.videoUrl} characters or fewer.`,
    }).pipe(optionalWebLink("Paste a video link starting with https://, or leave it empty.")),
    agenda: multiLineField(limitsMeeting.agenda, {
      tooLong: `Keep the agenda to ${limitsMeeting.agenda} characters or fewer.`,
    }),
    // Asked only when a time happens twice (clocks going back): "" until then.
    startOccurrence: z.enum(["", ...occurrences], "Choose which of the two times you mean."),
    endOccurrence: z.enum(["", ...occurrences], "Choose which of the two times you mean."),
    status: z.enum(meetingStatuses, "Choose a status from the list."),
    targetIds: idList,
    attendeeIds: idList,
  })
  .superRefine((values, context) => {
    // On the night clocks go back, 1:45 (first) to 1:15 (second) is a real half hour: the action compares instants.
    const sameHourTwice = values.startOccurrence === "first" && values.endOccurrence === "second";
    if (
      isTimeOfDay(values.startTime) &&
      isTimeOfDay(values.endTime) &&
      values.endTime <= values.startTime &&
      !sameHourTwice
    ) {
      context.addIssue({
        code: "custom",
        path: ["endTime"],
        message: "The meeting ends before it starts. Check the times.",
      });
    }
  });

export const meetingListFields = ["targetIds", "attendeeIds"] as const;

export const meetingNotesSchema = z.object({
  notes: multiLineField(limitsMeeting.notes, {
    tooLong: `Keep the notes to ${limitsMeeting.notes} characters or fewer.`,
  }),
  outcome: multiLineField(limitsMeeting.outcome, {
    tooLong: `Keep the outcome to ${limitsMeeting.outcome} characters or fewer.`,
  }),
});
