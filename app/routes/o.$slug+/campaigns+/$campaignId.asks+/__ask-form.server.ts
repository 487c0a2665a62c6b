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
  targetId: z.string().trim().min(1, "Choose the target this ask is for.").max(64),
  text: multiLineField(limitsAsk.text, {
    required: "Write the ask: what exactly do you want them to do?",
    tooLong: `Keep the ask to ${limitsAsk.text} characters or fewer.`,
  }),
  domain: z.enum(domains, "Choose the kind of work this ask touches."),
  venue: z.enum(askVenues, "Choose where the ask is made."),
  followUpOn: optionalDateField,
  meetingId: optionalIdField("Choose a meeting from the list."),
});

export const askStatusFormSchema = z.object({
  to: z.enum(askStatuses, "Choose the new status."),
  note: multiLineField(limitsAsk.note, { tooLong: `Keep the note to ${limitsAsk.note} characters or fewer.` }),
  evidenceUrl: singleLineField(limitsAsk.evidenceUrl, {
    tooLong: `Keep the link to ${limitsAsk.evidenceUrl} characters or fewer.`,
  }).pipe(optionalWebLink("Paste a link starting with http:// or https://, or leave it empty.")),
  version: versionField,
});
