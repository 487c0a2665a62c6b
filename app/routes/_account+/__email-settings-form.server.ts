import { z } from "zod";

import { optionalEmailKinds } from "~/lib/email-kinds";

export const preferencesSchema = z.object({
  intent: z.literal("preferences"),
  kinds: z.array(z.enum(optionalEmailKinds, "Choose among the kinds of email listed.")).max(optionalEmailKinds.length),
});
