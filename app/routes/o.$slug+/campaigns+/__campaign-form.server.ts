// The form's zod schema, for its route's action only: the limits its fields show live in __campaign-limits.ts.
import { z } from "zod";

import { campaignStatuses } from "~/lib/domain";
import { chartFieldKeys } from "~/lib/labels";
import { idListField, multiLineField, optionalDateField, singleLineField } from "~/lib/schemas.server";

import { limitsCampaign } from "./__campaign-limits";

const idList = idListField("campaigns:form.targets.unknown");

// The strategy chart's boxes, one field each; read back as one typed object for the model.
const chartSchema = z.object(
  Object.fromEntries(
    chartFieldKeys.map(([name]) => [
      name,
      multiLineField(limitsCampaign.chartField, { tooLong: "campaigns:form.chart.tooLong" }),
    ]),
  ),
);

export const campaignFormSchema = z
  .object({
    title: singleLineField(limitsCampaign.title, {
      required: "campaigns:form.title.required",
      tooLong: "campaigns:form.title.tooLong",
    }),
    win: singleLineField(limitsCampaign.win, {
      required: "campaigns:form.win.required",
      tooLong: "campaigns:form.win.tooLong",
    }),
    status: z.enum(campaignStatuses, "campaigns:form.status.invalid"),
    startsOn: optionalDateField,
    endsOn: optionalDateField,
    leadUserId: z.string().trim().max(64),
    primaryTargetIds: idList,
    secondaryTargetIds: idList,
    ...chartSchema.shape,
  })
  .superRefine((values, context) => {
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
      context.addIssue({ code: "custom", path: ["endsOn"], message: "campaigns:form.endsOn.beforeStart" });
    }
    const both = values.primaryTargetIds.filter((id) => values.secondaryTargetIds.includes(id));
    if (both.length) {
      context.addIssue({
        code: "custom",
        path: ["secondaryTargetIds"],
        message: "campaigns:form.targets.both",
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
