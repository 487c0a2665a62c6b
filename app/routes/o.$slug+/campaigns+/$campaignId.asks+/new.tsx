import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { createAsk, foreignAskReference } from "~/models/ask.server";
import { targetOptions } from "~/models/campaign.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { AskFields } from "./__ask-fields";
import { askFormSchema } from "./__ask-form.server";
import { meetingChoices } from "./__ask-meetings.server";
import { askPrefill } from "./__ask-prefill.server";

export const handle = { i18n: ["asks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "asks.edit");
  const targets = targetOptions(campaign.districtId);
  const { t } = await requestTranslator(request, "asks");
  const { meetingId, targetId } = askPrefill(
    new URL(request.url).searchParams,
    campaign.id,
    new Set(targets.map((target) => target.id)),
    t,
  );
  return {
    title: t("new.metaTitle"),
    back: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    campaignTitle: campaign.title,
    targets,
    meetings: meetingChoices(campaign.id),
    targetId,
    meetingId,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, campaign, user } = await requireCampaign(request, params, "asks.edit");
  const parsed = parseForm(await readForm(request), askFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const foreign = foreignAskReference(campaign, parsed.data);
  if (foreign) return fieldError(parsed.values, foreign.field, foreign.message);
  const id = createAsk(organization.id, campaign.id, parsed.data, user);
  return redirectWithConfirmation(
    href("/o/:slug/campaigns/:campaignId/asks/:askId", { slug: organization.slug, campaignId: campaign.id, askId: id }),
    "ask-logged",
  );
}

export default function NewAsk() {
  const { back, campaignTitle, targets, meetings, targetId, meetingId } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("asks");
  return (
    <FormSection
      id="new-ask-title"
      title={t("new.title")}
      failure={failure}
      submitLabel={t("new.submit")}
      busyLabel={t("new.busy")}
      back={{ to: back, label: campaignTitle }}
    >
      <AskFields failure={failure} defaults={{ targetId, meetingId }} targets={targets} meetings={meetings} />
    </FormSection>
  );
}
