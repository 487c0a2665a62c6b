// The form's zod schema, for its route's action only: the limits its fields show live in __target-limits.ts.
import { z } from "zod";

import { multiLineField, optionalEmail, singleLineField } from "~/lib/schemas.server";
import { domains, loci } from "~/lib/typology/vocabulary";

import { limitsTarget } from "./__target-limits";

export const targetFormSchema = z
  .object({
    name: singleLineField(limitsTarget.name, {
      required: "Enter the person's or body's name.",
      tooLong: `Keep the name to ${limitsTarget.name} characters or fewer.`,
    }),
    title: singleLineField(limitsTarget.title, {
      tooLong: `Keep the title to ${limitsTarget.title} characters or fewer.`,
    }),
    locus: z.enum(loci, "Choose whether they work at the central office or at a school."),
    schoolId: z.string().trim().max(64),
    domains: z
      .array(z.enum(domains, "Choose from the listed kinds of work."))
      .min(1, "Choose at least one kind of work they hold.")
      .max(domains.length)
      .transform((list) => [...new Set(list)]),
    email: singleLineField(254, { tooLong: "Keep the email address to 254 characters or fewer." }).pipe(
      optionalEmail("Enter an email address like name@example.org, or leave it empty."),
    ),
    phone: singleLineField(limitsTarget.phone, {
      tooLong: `Keep the phone number to ${limitsTarget.phone} characters or fewer.`,
    }).regex(/^[0-9+()\-.\s x]*$/i, "Use digits, spaces and + ( ) - . only, or leave it empty."),
    notes: multiLineField(limitsTarget.notes, {
      tooLong: `Keep the notes to ${limitsTarget.notes} characters or fewer.`,
    }),
  })
  .superRefine((values, context) => {
    if (values.locus === "school" && !values.schoolId) {
      context.addIssue({ code: "custom", path: ["schoolId"], message: "Choose the school they work at." });
    }
  })
  .transform((values) => ({ ...values, schoolId: values.locus === "school" ? values.schoolId : null }));
