// The forms' zod schemas, for their route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { optionalEmailKinds } from "~/lib/email-kinds";
import { languages } from "~/lib/i18n";

export const preferencesSchema = z.object({
  intent: z.literal("preferences"),
  kinds: z.array(z.enum(optionalEmailKinds, "account:emails.kindsInvalid")).max(optionalEmailKinds.length),
});

export const languageSchema = z.object({
  intent: z.literal("language"),
  language: z.enum(languages, "account:language.choose"),
});
