import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { campaignLeads, foreignReference, targetOptions, updateCampaign } from "~/models/campaign.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { CampaignFields } from "./__campaign-fields";
import { campaignFormSchema, campaignListFields } from "./__campaign-form.server";

export const handle = { i18n: ["campaigns"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.metaTitle }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.edit");
  const { t } = await requestTranslator(request, "campaigns");
  return {
    metaTitle: t("edit.metaTitle"),
    back: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    title: campaign.title,
    defaults: {
      ...campaign,
      primaryTargetIds: campaign.targets.filter((t) => t.role === "primary").map((t) => t.id),
      secondaryTargetIds: campaign.targets.filter((t) => t.role === "secondary").map((t) => t.id),
    },
    targets: targetOptions(campaign.districtId),
    leads: campaignLeads(organization.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, campaign, user } = await requireCampaign(request, params, "campaigns.edit");
  const parsed = parseForm(await readForm(request), campaignFormSchema, campaignListFields);
  if (!parsed.ok) return invalid(parsed.failure);
  const foreign = foreignReference(organization.id, campaign.districtId, parsed.data);
  if (foreign) return fieldError(parsed.values, foreign.field, foreign.message);
  updateCampaign(organization.id, campaign, parsed.data, user);
  return redirectWithConfirmation(
    href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    "saved",
  );
}

export default function EditCampaign() {
  const { back, title, defaults, targets, leads } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("campaigns");
  return (
    <FormSection
      id="edit-campaign-title"
      title={t("edit.title", { title })}
      failure={failure}
      submitLabel={t("edit.submit")}
      busyLabel={t("edit.busy")}
      cancelTo={back}
    >
      <CampaignFields failure={failure} defaults={defaults} targets={targets} leads={leads} />
    </FormSection>
  );
}
