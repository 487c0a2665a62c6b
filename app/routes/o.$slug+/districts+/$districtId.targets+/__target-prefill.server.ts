import { z } from "zod";

import { idParam } from "~/lib/schemas.server";
import { domains, loci } from "~/lib/typology/vocabulary";
import { contextParam } from "~/services/playbook-actions.server";

// A link from the playbook fills in the form. Each value that does not parse is dropped on its own (the form
// then simply asks for it), so a mangled link still opens the form instead of failing.
export const targetPrefillSchema = z.object({
  locus: z.enum(loci).optional().catch(undefined),
  domain: z.enum(domains).optional().catch(undefined),
  school: idParam.optional().catch(undefined),
  context: contextParam,
  returnTo: z.string().max(500).optional().catch(undefined),
});
