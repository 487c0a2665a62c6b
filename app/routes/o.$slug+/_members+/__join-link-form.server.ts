// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

export const joinLinkIntentSchema = z.object({ intent: z.enum(["renew", "off"]) });
