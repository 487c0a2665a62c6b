import { z } from "zod";

import { idParam, singleLineField } from "~/lib/schemas.server";
import { domains, loci } from "~/lib/typology/vocabulary";
import { contextParam } from "~/services/playbook-actions.server";

import { limitsStartCampaign } from "./__start-campaign-limits";

// A ticked suggested ask: "<target id>/<kind of work>/<where>/<its place in the point's list>".
const askChoice = z
  .string()
  .regex(new RegExp(`^[A-Za-z0-9_-]{1,64}/(${domains.join("|")})/(${loci.join("|")})/[0-9]$`), "Choose from the list.")
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
    required: "Give the campaign a title.",
    tooLong: `Keep the title to ${limitsStartCampaign.title} characters or fewer.`,
  }),
  win: singleLineField(limitsStartCampaign.win, {
    required: "Say in one sentence what winning looks like.",
    tooLong: `Keep the win to one sentence (${limitsStartCampaign.win} characters or fewer).`,
  }),
  target: z.array(idParam).max(limitsStartCampaign.targets, "Choose fewer targets."),
  ask: z.array(askChoice).max(limitsStartCampaign.asks, "Choose fewer asks."),
});

export const startCampaignLists = ["target", "ask"] as const;

export const startCampaignQuerySchema = z.object({
  context: contextParam,
  returnTo: z.string().max(500).optional().catch(undefined),
});
