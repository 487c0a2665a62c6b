// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { limits } from "~/lib/limits";

export const passwordField = z
  .string()
  .min(1, "Enter your password.")
  .max(limits.passwordMax, "That password is too long.");

export const actionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("confirm"),
      code: z
        .string()
        .trim()
        .regex(/^\d{3} ?\d{3}$/, "Enter the 6-digit code your app shows now."),
      password: z.string().max(limits.passwordMax, "That password is too long."),
      redirectTo: z.string().max(2000),
    }),
    z.object({ intent: z.literal("disable"), password: passwordField }),
    z.object({ intent: z.literal("cancel") }),
    z.object({ intent: z.literal("replace") }),
  ],
  "Reload the page and try again.",
);
