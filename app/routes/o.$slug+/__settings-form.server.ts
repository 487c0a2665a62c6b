import { z } from "zod";

import { meetingReminderChoices } from "~/lib/email-kinds";

export const reminderSchema = z.object({
  intent: z.literal("reminders"),
  meetingReminderMinutes: z.array(
    z.enum(
      meetingReminderChoices.map((choice) => String(choice.minutes)) as [string, ...string[]],
      "Choose among the times listed.",
    ),
  ),
});
