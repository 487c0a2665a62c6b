// The form's zod schema, for its route's action only: a route module that imports zod sends it to the browser.
import { z } from "zod";

import { emailField } from "~/lib/schemas.server";

/** An invitation: an address and one of the roles this inviter may give. */
export const inviteSchema = (roles: readonly string[]) =>
  z.object({
    email: emailField,
    role: z.enum(roles as [string, ...string[]], "members:invite.form.role.invalid"),
  });
