// The operators' forms on the agencies page, for its action only: a route module that imports zod sends it to
// the browser. Messages are catalog keys of the "operator" namespace.
import { z } from "zod";

import { verificationLimits } from "~/lib/agency-verification";
import { limits } from "~/lib/limits";
import { stateField } from "~/lib/schemas.server";

const note = z
  .string()
  .trim()
  .min(1, "operator:agencies.form.note.required")
  .max(verificationLimits.note, "operator:agencies.form.note.tooLong");

const slug = z.string().trim().min(1).max(60);

export const verificationDecisionSchema = z.object({
  intent: z.enum(["verify", "revoke"], "operator:agencies.form.intent"),
  slug,
  note,
});

export const operatorRenameSchema = z.object({
  intent: z.literal("rename"),
  slug,
  name: z
    .string()
    .trim()
    .min(1, "operator:agencies.form.name.required")
    .max(limits.orgName, "operator:agencies.form.name.tooLong"),
  state: stateField,
  note,
});
