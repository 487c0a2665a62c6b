// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

export const secondStepSchema = z.object({
  intent: z.enum(["code", "recovery"], "Reload the page and try again."),
  code: z.string().trim().max(40, "That is longer than any code. Check what you typed."),
});
