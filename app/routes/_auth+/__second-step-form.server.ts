// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

export const secondStepSchema = z.object({
  intent: z.enum(["code", "recovery"], "auth:secondStep.reload"),
  code: z.string().trim().max(40, "auth:secondStep.tooLong"),
});
