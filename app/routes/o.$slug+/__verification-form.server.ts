// The verification request's zod schema, for its route's action only; the limits its fields show live in
// ~/lib/agency-verification.ts, which holds no validator.
import { z } from "zod";

import { verificationLimits, type VerificationRequestInput } from "~/lib/agency-verification";
import { emailField } from "~/lib/schemas.server";

const required = (max: number, messages: { required: string; tooLong: string }) =>
  z.string().trim().min(1, messages.required).max(max, messages.tooLong);

// Digits with the usual separators, an optional leading + and an optional extension ("x12", "ext. 12").
const phonePattern = /^\+?[0-9 ().-]+(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i;

export const phoneField = z
  .string()
  .trim()
  .min(1, "agency:verification.form.phone.required")
  .max(verificationLimits.phone, "agency:verification.form.phone.tooLong")
  .refine((value) => {
    const digits = value.replace(/(?:x|ext\.?)\s*[0-9]+$/i, "").replace(/\D/g, "").length;
    return phonePattern.test(value) && digits >= 10 && digits <= 15;
  }, "agency:verification.form.phone.invalid");

export const websiteField = z
  .string()
  .trim()
  .min(1, "agency:verification.form.website.required")
  .max(verificationLimits.website, "agency:verification.form.website.tooLong")
  .pipe(
    z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: "agency:verification.form.website.invalid",
    }),
  );

export const verificationRequestSchema = z.object({
  officialName: required(verificationLimits.officialName, {
    required: "agency:verification.form.officialName.required",
    tooLong: "agency:verification.form.officialName.tooLong",
  }),
  requesterRole: required(verificationLimits.requesterRole, {
    required: "agency:verification.form.requesterRole.required",
    tooLong: "agency:verification.form.requesterRole.tooLong",
  }),
  officialEmail: emailField,
  phone: phoneField,
  website: websiteField,
}) satisfies z.ZodType<VerificationRequestInput>;
