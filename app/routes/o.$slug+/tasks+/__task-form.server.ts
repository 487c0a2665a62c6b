// The form's zod schema, for its route's action only: the limits its fields show live in __task-limits.ts.
import { z } from "zod";

import { dateField, multiLineField, optionalIdField, singleLineField } from "~/lib/schemas.server";

import { limitsTask } from "./__task-limits";

const optionalId = optionalIdField("Choose from the list.");

export const taskFormSchema = z.object({
  title: singleLineField(limitsTask.title, {
    required: "Say what needs doing.",
    tooLong: `Keep the title to ${limitsTask.title} characters or fewer.`,
  }),
  details: multiLineField(limitsTask.details, {
    tooLong: `Keep the details to ${limitsTask.details} characters or fewer.`,
  }),
  dueOn: dateField("Enter the due date, like 2026-10-14."),
  assigneeId: z.string().trim().min(1, "Choose who will do it.").max(64),
  campaignId: optionalId,
  meetingId: optionalId,
  askId: optionalId,
});

export const settleTaskSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("done") }),
  z.object({
    intent: z.literal("hand-back"),
    note: multiLineField(limitsTask.note, {
      required: "Say why you are handing it back, so an organizer can find someone else.",
      tooLong: `Keep the note to ${limitsTask.note} characters or fewer.`,
    }),
  }),
  z.object({ intent: z.literal("reassign"), assigneeId: z.string().trim().min(1, "Choose who will do it.").max(64) }),
  z.object({ intent: z.literal("undo") }),
  z.object({ intent: z.literal("close") }),
]);
