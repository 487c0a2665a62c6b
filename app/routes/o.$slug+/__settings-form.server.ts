// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { meetingReminderChoices } from "~/lib/email-kinds";

export const reminderSchema = z.object({
  intent: z.literal("reminders"),
  meetingReminderMinutes: z.array(
    z.enum(
      meetingReminderChoices.map((choice) => String(choice.minutes)) as [string, ...string[]],
      "coalition:settings.reminders.choose",
    ),
  ),
});
