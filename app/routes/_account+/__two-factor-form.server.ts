// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { limits } from "~/lib/limits";

export const passwordField = z
  .string()
  .min(1, "account:twoFactor.form.passwordRequired")
  .max(limits.passwordMax, "account:twoFactor.form.passwordTooLong");

export const actionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("confirm"),
      code: z
        .string()
        .trim()
        .regex(/^\d{3} ?\d{3}$/, "account:twoFactor.form.code"),
      password: z.string().max(limits.passwordMax, "account:twoFactor.form.passwordTooLong"),
      redirectTo: z.string().max(2000),
    }),
    z.object({ intent: z.literal("disable"), password: passwordField }),
    z.object({ intent: z.literal("cancel") }),
    z.object({ intent: z.literal("replace") }),
  ],
  "account:twoFactor.form.reload",
);
