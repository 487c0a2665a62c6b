// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { reportLimits, reportSubjects } from "~/lib/reports";
import { optionalIdField } from "~/lib/schemas.server";

export const reportSchema = z.object({
  intent: z.literal("report"),
  subject: z.enum(reportSubjects, "Choose what you are reporting: this guidance or the agency."),
  reason: z
    .string()
    .trim()
    .min(1, "Tell the operators what is wrong, so they can look into it.")
    .max(reportLimits.reason, `Keep the reason to ${reportLimits.reason} characters or fewer.`),
});

export const linkSchema = z.object({
  intent: z.literal("link"),
  campaignId: optionalIdField("Choose one of your coalition's campaigns."),
});
