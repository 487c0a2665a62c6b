// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

export const count = z.coerce.number().int().min(0).max(1_000_000);

export const confirmationSchema = z.object({
  schools: count,
  targets: count,
  declarations: count,
  diagnostics: count,
  alsoDeleteDependents: z.literal("yes").optional(),
});
