// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { reportLimits } from "~/lib/reports";
import { idParam } from "~/lib/schemas.server";

export const note = z.string().trim().max(reportLimits.note, "operator:report.form.note.tooLong");

// The reason for a suspension is what the suspended see: it cannot be left out.
export const reasonShown = note.min(1, "operator:report.form.reason");

export const personField = z
  .string()
  .refine((value) => idParam.safeParse(value).success, "operator:report.form.person");

export const schemas = {
  dismiss: z.object({ note }),
  "suspend-organization": z.object({ note: reasonShown }),
  "lift-organization": z.object({ note }),
  "suspend-user": z.object({ userId: personField, note: reasonShown }),
  "lift-user": z.object({ userId: personField, note }),
};

export const intentField = z.enum(Object.keys(schemas) as [keyof typeof schemas, ...Array<keyof typeof schemas>]);
