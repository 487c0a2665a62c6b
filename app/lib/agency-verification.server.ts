// The command line's note for an operator's decision (scripts/admin.ts), in English, checked with zod. The agency's
// own request is checked by its page's __verification-form.server.ts and the operator pages have their own,
// translated forms; the limits the forms show live in agency-verification.ts, which holds no validator.
import { z } from "zod";

import { verificationLimits } from "./agency-verification";

export const operatorNoteField = z
  .string()
  .trim()
  .min(1, "Write a note for the record: how you checked, or why.")
  .max(verificationLimits.note, `Keep the note to ${verificationLimits.note} characters or fewer.`);
