import { z } from "zod";

import { languages } from "~/lib/i18n";

// A .server module: the validator stays out of the browser's scripts.
export const languageChoice = z.object({ language: z.enum(languages), returnTo: z.string().max(2000).optional() });
