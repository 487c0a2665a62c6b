// An operator's decisions, checked with zod on the server (the agency's own request is checked by its page's
// __verification-form.server.ts); the limits the forms show live in agency-verification.ts, which holds no validator.
import { z } from "zod";

import { verificationLimits } from "./agency-verification";
import { stateField } from "./schemas.server";

export const operatorNoteField = z
  .string()
  .trim()
  .min(1, "Write a note for the record: how you checked, or why.")
  .max(verificationLimits.note, `Keep the note to ${verificationLimits.note} characters or fewer.`);

export const verificationDecisionSchema = z.object({
  intent: z.enum(["verify", "revoke"], "Choose to verify or to revoke."),
  slug: z.string().trim().min(1).max(60),
  note: operatorNoteField,
});

export const operatorRenameSchema = z.object({
  intent: z.literal("rename"),
  slug: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1, "Enter a name.").max(120, "Keep the name to 120 characters or fewer."),
  state: stateField,
  note: operatorNoteField,
});
