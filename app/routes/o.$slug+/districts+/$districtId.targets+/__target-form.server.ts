// The form's zod schema, for its route's action only: the limits its fields show live in __target-limits.ts.
// Its messages are catalog keys of the "districts" namespace, translated on the form.
import { z } from "zod";

import { multiLineField, optionalEmail, singleLineField } from "~/lib/schemas.server";
import { domains, loci } from "~/lib/typology/vocabulary";

import { limitsTarget } from "./__target-limits";

export const targetFormSchema = z
  .object({
    name: singleLineField(limitsTarget.name, {
      required: "districts:targetForm.validation.name.required",
      tooLong: "districts:targetForm.validation.name.tooLong",
    }),
    title: singleLineField(limitsTarget.title, {
      tooLong: "districts:targetForm.validation.title.tooLong",
    }),
    locus: z.enum(loci, "districts:targetForm.validation.locus"),
    schoolId: z.string().trim().max(64),
    domains: z
      .array(z.enum(domains, "districts:targetForm.validation.domain"))
      .min(1, "districts:targetForm.validation.domains")
      .max(domains.length)
      .transform((list) => [...new Set(list)]),
    email: singleLineField(254, { tooLong: "districts:targetForm.validation.email.tooLong" }).pipe(
      optionalEmail("districts:targetForm.validation.email.invalid"),
    ),
    phone: singleLineField(limitsTarget.phone, {
      tooLong: "districts:targetForm.validation.phone.tooLong",
    }).regex(/^[0-9+()\-.\s x]*$/i, "districts:targetForm.validation.phone.invalid"),
    notes: multiLineField(limitsTarget.notes, {
      tooLong: "districts:targetForm.validation.notes.tooLong",
    }),
  })
  .superRefine((values, context) => {
    if (values.locus === "school" && !values.schoolId) {
      context.addIssue({ code: "custom", path: ["schoolId"], message: "districts:targetForm.validation.school" });
    }
  })
  .transform((values) => ({ ...values, schoolId: values.locus === "school" ? values.schoolId : null }));
