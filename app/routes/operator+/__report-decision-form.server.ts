// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { reportLimits } from "~/lib/reports";
import { idParam } from "~/lib/schemas.server";

export const note = z
  .string()
  .trim()
  .max(reportLimits.note, `Keep the note to ${reportLimits.note} characters or fewer.`);

// The reason for a suspension is what the suspended see: it cannot be left out.
export const reasonShown = note.min(1, "Write the reason. The people suspended see it.");

export const personField = z
  .string()
  .refine((value) => idParam.safeParse(value).success, "Choose one of the agency's people.");

export const schemas = {
  dismiss: z.object({ note }),
  "suspend-organization": z.object({ note: reasonShown }),
  "lift-organization": z.object({ note }),
  "suspend-user": z.object({ userId: personField, note: reasonShown }),
  "lift-user": z.object({ userId: personField, note }),
};

export const intentField = z.enum(Object.keys(schemas) as [keyof typeof schemas, ...Array<keyof typeof schemas>]);
