import { z } from "zod";

import { idParam, singleLineField } from "~/lib/schemas.server";
import { domains, loci } from "~/lib/typology/vocabulary";
import { contextParam } from "~/services/playbook-actions.server";

import { limitsStartCampaign } from "./__start-campaign-limits";

// A ticked suggested ask: "<target id>/<kind of work>/<where>/<its place in the point's list>".
const askChoice = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9_-]{1,64}/(${domains.join("|")})/(${loci.join("|")})/[0-9]$`),
    "campaigns:fromPlaybook.form.askInvalid",
  )
  .transform((value) => {
    const [targetId, domain, locus, index] = value.split("/");
    return {
      value,
      targetId: targetId!,
      domain: z.enum(domains).parse(domain),
      locus: z.enum(loci).parse(locus),
      index: Number(index),
    };
  });

export const startCampaignFormSchema = z.object({
  intent: z.enum(["review", "create"]).catch("review"),
  declarationId: z.string().trim().max(64),
  context: contextParam,
  returnTo: z.string().max(500),
  title: singleLineField(limitsStartCampaign.title, {
    required: "campaigns:form.title.required",
    tooLong: "campaigns:form.title.tooLong",
  }),
  win: singleLineField(limitsStartCampaign.win, {
    required: "campaigns:form.win.required",
    tooLong: "campaigns:form.win.tooLong",
  }),
  target: z.array(idParam).max(limitsStartCampaign.targets, "campaigns:fromPlaybook.form.tooManyTargets"),
  ask: z.array(askChoice).max(limitsStartCampaign.asks, "campaigns:fromPlaybook.form.tooManyAsks"),
});

export const startCampaignLists = ["target", "ask"] as const;

export const startCampaignQuerySchema = z.object({
  context: contextParam,
  returnTo: z.string().max(500).optional().catch(undefined),
});
