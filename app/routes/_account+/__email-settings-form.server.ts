// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { optionalEmailKinds } from "~/lib/email-kinds";

export const preferencesSchema = z.object({
  intent: z.literal("preferences"),
  kinds: z.array(z.enum(optionalEmailKinds, "Choose among the kinds of email listed.")).max(optionalEmailKinds.length),
});
