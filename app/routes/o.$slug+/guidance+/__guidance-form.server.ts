// The form's zod schema, for its route's action only: the limits its fields show live in __guidance-limits.ts.
import { z } from "zod";

import { languages } from "~/lib/i18n";
import { multiLineField, singleLineField } from "~/lib/schemas.server";
import { systemTypes } from "~/lib/typology";

import { guidanceLimits } from "./__guidance-limits";

export const guidanceSchema = z.object({
  title: singleLineField(guidanceLimits.title, {
    required: "guidance-editor:form.title.required",
    tooLong: "guidance-editor:form.title.tooLong",
  }),
  summary: singleLineField(guidanceLimits.summary, {
    tooLong: "guidance-editor:form.summary.tooLong",
  }),
  body: multiLineField(guidanceLimits.body, {
    required: "guidance-editor:form.body.required",
    tooLong: "guidance-editor:form.body.tooLong",
  }),
  audienceTypes: z.array(z.enum(systemTypes, "guidance-editor:form.audienceTypes")).max(systemTypes.length),
  // A form from before the field existed sends none: such guidance was written in English.
  language: z.union([z.literal(""), z.enum(languages)], "guidance:form.language").transform((value) => value || "en"),
});

export const publishSchema = z.object({
  intent: z.literal("publish"),
  changeNote: singleLineField(guidanceLimits.changeNote, {
    tooLong: "guidance-editor:form.changeNote.tooLong",
  }),
});
