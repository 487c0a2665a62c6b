// The form's zod schema, for its route's action only: the limits its fields show live in __guidance-limits.ts.
import { z } from "zod";

import { languages } from "~/lib/i18n";
import { multiLineField, singleLineField } from "~/lib/schemas.server";
import { systemTypes } from "~/lib/typology";

import { guidanceLimits } from "./__guidance-limits";

export const guidanceSchema = z.object({
  title: singleLineField(guidanceLimits.title, {
    required: "Give the guidance a title.",
    tooLong: `Keep the title to ${guidanceLimits.title} characters or fewer.`,
  }),
  summary: singleLineField(guidanceLimits.summary, {
    tooLong: `Keep the summary to ${guidanceLimits.summary} characters or fewer.`,
  }),
  body: multiLineField(guidanceLimits.body, {
    required: "Write the guidance itself.",
    tooLong: `Keep the guidance to ${guidanceLimits.body.toLocaleString("en-US")} characters or fewer.`,
  }),
  audienceTypes: z.array(z.enum(systemTypes, "Choose among the system types listed.")).max(systemTypes.length),
  // A form from before the field existed sends none: such guidance was written in English.
  language: z.union([z.literal(""), z.enum(languages)], "guidance:form.language").transform((value) => value || "en"),
});

export const publishSchema = z.object({
  intent: z.literal("publish"),
  changeNote: singleLineField(guidanceLimits.changeNote, {
    tooLong: `Keep the note to ${guidanceLimits.changeNote} characters or fewer.`,
  }),
});
