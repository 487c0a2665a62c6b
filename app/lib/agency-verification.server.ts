// A verification request and an operator's decisions, checked with zod on the server; the limits the forms show
// live in agency-verification.ts, which holds no validator.
import { z } from "zod";

import { verificationLimits } from "./agency-verification";
import { emailField } from "./schemas.server";

const required = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} to ${max} characters or fewer.`);

// Digits with the usual separators, an optional leading + and an optional extension ("x12", "ext. 12").
const phonePattern = /^\+?[0-9 ().-]+(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i;

export const phoneField = z
  .string()
  .trim()
  .min(1, "Enter the agency's phone number.")
  .max(verificationLimits.phone, `Keep the phone number to ${verificationLimits.phone} characters or fewer.`)
  .refine((value) => {
    const digits = value.replace(/(?:x|ext\.?)\s*[0-9]+$/i, "").replace(/\D/g, "").length;
    return phonePattern.test(value) && digits >= 10 && digits <= 15;
  }, "Enter a phone number with its area code, like (614) 555-0100.");

export const websiteField = z
  .string()
  .trim()
  .min(1, "Enter the agency's website.")
  .max(verificationLimits.website, `Keep the website address to ${verificationLimits.website} characters or fewer.`)
  .pipe(
    z.url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: "Enter the website's https address, like https://education.ohio.gov.",
    }),
  );

export const verificationRequestSchema = z.object({
  officialName: required("the agency's official name", verificationLimits.officialName),
  requesterRole: required("your role at the agency", verificationLimits.requesterRole),
  officialEmail: emailField,
  phone: phoneField,
  website: websiteField,
});

export type VerificationRequestInput = z.output<typeof verificationRequestSchema>;

// The command line's note (scripts/admin.ts), in English; the operator pages have their own, translated.
export const operatorNoteField = z
  .string()
  .trim()
  .min(1, "Write a note for the record: how you checked, or why.")
  .max(verificationLimits.note, `Keep the note to ${verificationLimits.note} characters or fewer.`);
