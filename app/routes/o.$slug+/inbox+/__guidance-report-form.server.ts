// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { reportLimits, reportSubjects } from "~/lib/reports";
import { optionalIdField } from "~/lib/schemas.server";

export const reportSchema = z.object({
  intent: z.literal("report"),
  subject: z.enum(reportSubjects, "guidance:form.subject"),
  reason: z
    .string()
    .trim()
    .min(1, "guidance:form.reasonRequired")
    .max(reportLimits.reason, "guidance:form.reasonTooLong"),
});

export const linkSchema = z.object({
  intent: z.literal("link"),
  campaignId: optionalIdField("guidance:form.campaign"),
});
