// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { emailField, idParam } from "~/lib/schemas.server";

export const intentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("change-role"), userId: idParam, role: z.string() }),
  z.object({ intent: z.literal("remove"), userId: idParam }),
  z.object({ intent: z.literal("leave") }),
  z.object({ intent: z.literal("revoke"), invitationId: idParam }),
  z.object({ intent: z.literal("resend"), invitationId: idParam, email: z.string() }),
  z.object({ intent: z.enum(["approve", "decline"]), requestId: idParam }),
]);

export const resendSchema = z.object({ email: emailField });
