import { z } from "zod";

import { multiLineField } from "~/lib/schemas.server";
import { domains, loci } from "~/lib/typology/vocabulary";
import { contextParam } from "~/services/playbook-actions.server";

import { limitsPlanAsk } from "./__plan-ask-limits";

// Which suggested ask: its point and its place in the point's list. A link that names none is refused (400).
export const planAskQuerySchema = z.object({
  domain: z.enum(domains),
  locus: z.enum(loci),
  ask: z.coerce.number().int().min(0).max(9),
  context: contextParam,
  campaign: z.string().max(64).optional().catch(undefined),
  returnTo: z.string().max(500).optional().catch(undefined),
});

export const planAskFormSchema = z.object({
  declarationId: z.string().trim().max(64),
  domain: z.enum(domains, "asks:plan.form.domainInvalid"),
  locus: z.enum(loci, "asks:plan.form.locusInvalid"),
  context: contextParam,
  returnTo: z.string().max(500),
  text: multiLineField(limitsPlanAsk.text, {
    required: "asks:form.text.required",
    tooLong: "asks:form.text.tooLong",
  }),
  targetId: z.string().trim().min(1, "asks:plan.form.targetRequired").max(64),
  campaignId: z.string().trim().min(1, "asks:plan.form.campaignRequired").max(64),
});
