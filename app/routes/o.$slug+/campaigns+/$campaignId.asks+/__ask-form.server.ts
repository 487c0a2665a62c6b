// The form's zod schema, for its route's action only: the limits its fields show live in __ask-limits.ts.
import { z } from "zod";

import { askStatuses, askVenues } from "~/lib/domain";
import {
  multiLineField,
  optionalDateField,
  optionalIdField,
  optionalWebLink,
  singleLineField,
} from "~/lib/schemas.server";
import { domains } from "~/lib/typology/vocabulary";

import { limitsAsk } from "./__ask-limits";

export const versionField = z.coerce.number().int().min(1);

export const askFormSchema = z.object({
  targetId: z.string().trim().min(1, "asks:form.targetId.required").max(64),
  text: multiLineField(limitsAsk.text, {
    required: "asks:form.text.required",
    tooLong: "asks:form.text.tooLong",
  }),
  domain: z.enum(domains, "asks:form.domain.invalid"),
  venue: z.enum(askVenues, "asks:form.venue.invalid"),
  followUpOn: optionalDateField,
  meetingId: optionalIdField("asks:form.meetingId.invalid"),
});

export const askStatusFormSchema = z.object({
  to: z.enum(askStatuses, "asks:form.to.invalid"),
  note: multiLineField(limitsAsk.note, { tooLong: "asks:form.note.tooLong" }),
  evidenceUrl: singleLineField(limitsAsk.evidenceUrl, {
    tooLong: "asks:form.evidenceUrl.tooLong",
  }).pipe(optionalWebLink("asks:form.evidenceUrl.invalid")),
  version: versionField,
});
