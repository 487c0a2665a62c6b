// The form's zod schema, for its route's action only: the limits its fields show live in __task-limits.ts.
import { z } from "zod";

import { dateField, multiLineField, optionalIdField, singleLineField } from "~/lib/schemas.server";

import { limitsTask } from "./__task-limits";

const optionalId = optionalIdField("tasks:form.chooseFromList");

export const taskFormSchema = z.object({
  title: singleLineField(limitsTask.title, {
    required: "tasks:form.title.required",
    tooLong: "tasks:form.title.tooLong",
  }),
  details: multiLineField(limitsTask.details, {
    tooLong: "tasks:form.details.tooLong",
  }),
  dueOn: dateField("tasks:form.dueOn.invalid"),
  assigneeId: z.string().trim().min(1, "tasks:form.assigneeId.required").max(64),
  campaignId: optionalId,
  meetingId: optionalId,
  askId: optionalId,
});

export const settleTaskSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("done") }),
  z.object({
    intent: z.literal("hand-back"),
    note: multiLineField(limitsTask.note, {
      required: "tasks:form.note.required",
      tooLong: "tasks:form.note.tooLong",
    }),
  }),
  z.object({
    intent: z.literal("reassign"),
    assigneeId: z.string().trim().min(1, "tasks:form.assigneeId.required").max(64),
  }),
  z.object({ intent: z.literal("undo") }),
  z.object({ intent: z.literal("close") }),
]);
