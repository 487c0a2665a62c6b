import { z } from "zod";
import { dateField, optionalIdField } from "./schemas";

export const limitsTask = { title: 160, details: 4000, note: 1000 } as const;

const optionalId = optionalIdField("Choose from the list.");

export const taskFormSchema = z.object({
  title: z.string().trim().min(1, "Say what needs doing.").max(limitsTask.title, `Keep the title to ${limitsTask.title} characters or fewer.`),
  details: z.string().trim().max(limitsTask.details, `Keep the details to ${limitsTask.details} characters or fewer.`),
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
    note: z.string().trim().min(1, "Say why you are handing it back, so an organizer can find someone else.").max(limitsTask.note, `Keep the note to ${limitsTask.note} characters or fewer.`),
  }),
  z.object({ intent: z.literal("reassign"), assigneeId: z.string().trim().min(1, "Choose who will do it.").max(64) }),
]);
