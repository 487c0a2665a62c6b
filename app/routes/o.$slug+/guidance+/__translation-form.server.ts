// The other language's version's form, for its route's action only: its limits are the guidance editor's.
import { z } from "zod";

import { multiLineField, singleLineField } from "~/lib/schemas.server";

import { guidanceLimits } from "./__guidance-limits";

export const translationSchema = z.object({
  title: singleLineField(guidanceLimits.title, {
    required: "guidance-pairs:form.titleRequired",
    tooLong: "guidance-pairs:form.titleTooLong",
  }),
  summary: singleLineField(guidanceLimits.summary, { tooLong: "guidance-pairs:form.summaryTooLong" }),
  body: multiLineField(guidanceLimits.body, {
    required: "guidance-pairs:form.bodyRequired",
    tooLong: "guidance-pairs:form.bodyTooLong",
  }),
});
