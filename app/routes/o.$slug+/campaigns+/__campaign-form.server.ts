// The form's zod schema, for its route's action only: the limits its fields show live in __campaign-limits.ts.
import { z } from "zod";

import { campaignStatuses } from "~/lib/domain";
import { chartFields } from "~/lib/labels";
import { idListField, multiLineField, optionalDateField, singleLineField } from "~/lib/schemas.server";

import { limitsCampaign } from "./__campaign-limits";

const idList = idListField("That target is not one of this district's.");

// The strategy chart's boxes, one field each; read back as one typed object for the model.
const chartSchema = z.object(
  Object.fromEntries(
    chartFields.map(([name, label]) => [
      name,
      multiLineField(limitsCampaign.chartField, {
        tooLong: `Keep "${label}" to ${limitsCampaign.chartField} characters or fewer.`,
      }),
    ]),
  ),
);

export const campaignFormSchema = z
  .object({
    title: singleLineField(limitsCampaign.title, {
      required: "Give the campaign a title.",
      tooLong: `Keep the title to ${limitsCampaign.title} characters or fewer.`,
    }),
    win: singleLineField(limitsCampaign.win, {
      required: "Say in one sentence what winning looks like.",
      tooLong: `Keep the win to one sentence (${limitsCampaign.win} characters or fewer).`,
    }),
    status: z.enum(campaignStatuses, "Choose a status from the list."),
    startsOn: optionalDateField,
    endsOn: optionalDateField,
    leadUserId: z.string().trim().max(64),
    primaryTargetIds: idList,
    secondaryTargetIds: idList,
    ...chartSchema.shape,
  })
  .superRefine((values, context) => {
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
      context.addIssue({ code: "custom", path: ["endsOn"], message: "The end date is before the start date." });
    }
    const both = values.primaryTargetIds.filter((id) => values.secondaryTargetIds.includes(id));
    if (both.length) {
      context.addIssue({
        code: "custom",
        path: ["secondaryTargetIds"],
        message: "A target can be a decision-maker or an influencer, not both.",
      });
    }
  })
  .transform((values) => {
    return {
      title: values.title,
      win: values.win,
      status: values.status,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      leadUserId: values.leadUserId || null,
      chart: chartSchema.parse(values),
      primaryTargetIds: [...new Set(values.primaryTargetIds)],
      secondaryTargetIds: [...new Set(values.secondaryTargetIds)],
    };
  });

export const campaignListFields = ["primaryTargetIds", "secondaryTargetIds"] as const;
