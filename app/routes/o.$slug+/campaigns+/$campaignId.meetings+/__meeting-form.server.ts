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
      required: "meetings:form.title.required",
      tooLong: "meetings:form.title.tooLong",
    }),
    date: dateField("meetings:form.date.invalid"),
    startTime: timeOfDayField("meetings:form.startTime.invalid"),
    endTime: timeOfDayField("meetings:form.endTime.invalid"),
    location: singleLineField(limitsMeeting.location, {
      tooLong: "meetings:form.location.tooLong",
    }),
    videoUrl: singleLineField(limitsMeeting.videoUrl, {
      tooLong: "meetings:form.videoUrl.tooLong",
    }).pipe(optionalWebLink("meetings:form.videoUrl.invalid")),
    agenda: multiLineField(limitsMeeting.agenda, {
      tooLong: "meetings:form.agenda.tooLong",
    }),
    // Asked only when a time happens twice (clocks going back): "" until then.
    startOccurrence: z.enum(["", ...occurrences], "meetings:form.occurrence.invalid"),
    endOccurrence: z.enum(["", ...occurrences], "meetings:form.occurrence.invalid"),
    status: z.enum(meetingStatuses, "meetings:form.status.invalid"),
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
        message: "meetings:form.endTime.beforeStart",
      });
    }
  });

export const meetingListFields = ["targetIds", "attendeeIds"] as const;

export const meetingNotesSchema = z.object({
  notes: multiLineField(limitsMeeting.notes, {
    tooLong: "meetings:form.notes.tooLong",
  }),
  outcome: multiLineField(limitsMeeting.outcome, {
    tooLong: "meetings:form.outcome.tooLong",
  }),
});
