import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { SelectField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { idParam } from "~/lib/schemas.server";
import { campaignLeads, createCampaign, foreignReference, targetOptions } from "~/models/campaign.server";
import { getDistrict, listDistricts } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";
import { districtLeverageMap } from "~/services/target-leverage.server";

import { CampaignFields } from "./__campaign-fields";
import { campaignFormSchema, campaignListFields } from "./__campaign-form.server";

export const handle = { i18n: ["campaigns"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "campaigns.edit");
  const { t } = await requestTranslator(request, "campaigns");
  const title = t("new.metaTitle");
  const districts = listDistricts(organization.id).map(({ id, name }) => ({ id, name }));
  const search = new URL(request.url).searchParams;
  const requested = search.get("district") ?? (districts.length === 1 ? districts[0]!.id : null);
  if (!requested) return { step: "district" as const, districts, title };
  const id = idParam.safeParse(requested);
  const district = id.success ? getDistrict(organization.id, id.data) : undefined;
  if (!district) notFound(t("new.districtNotFound"));
  return {
    step: "details" as const,
    title,
    districts,
    district: { id: district.id, name: district.name },
    // The playbook's own page makes a campaign with its targets and planned asks in one go.
    fromPlaybookHref: districtLeverageMap(district.id)
      ? href("/o/:slug/districts/:districtId/start-campaign", { slug: organization.slug, districtId: district.id })
      : null,
    targets: targetOptions(district.id),
    leads: campaignLeads(organization.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "campaigns.edit");
  const formData = await readForm(request);
  const id = idParam.safeParse(formData.get("districtId"));
  const district = id.success ? getDistrict(organization.id, id.data) : undefined;
  if (!district) notFound((await requestTranslator(request, "campaigns")).t("new.districtNotFound"));
  const parsed = parseForm(formData, campaignFormSchema, campaignListFields);
  if (!parsed.ok) return invalid(parsed.failure);
  const foreign = foreignReference(organization.id, district.id, parsed.data);
  if (foreign) return fieldError(parsed.values, foreign.field, foreign.message);
  const campaignId = createCampaign(organization.id, district.id, parsed.data, user);
  return redirectWithConfirmation(
    href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId }),
    "campaign-started",
  );
}

export default function NewCampaign() {
  const { organization } = useOrganization();
  const data = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("campaigns");
  if (data.step === "district") {
    return (
      <section className="narrow" aria-labelledby="new-campaign-title">
        <h1 id="new-campaign-title">{t("new.title")}</h1>
        {data.districts.length === 0 ? (
          <p>
            <Trans
              t={t}
              i18nKey="new.noDistrict"
              components={{ linked: <Link to={href("/o/:slug/districts/new", { slug: organization.slug })} /> }}
            />
          </p>
        ) : (
          <Form method="get" className="stack">
            <SelectField name="district" label={t("new.whichDistrict")} required defaultValue="">
              <option value="" disabled>
                {t("new.chooseDistrict")}
              </option>
              {data.districts.map((district) => (
                <option key={district.id} value={district.id}>
                  {district.name}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="button">
              {t("new.continue")}
            </button>
          </Form>
        )}
      </section>
    );
  }
  return (
    <FormSection
      id="new-campaign-title"
      title={t("new.titleIn", { district: data.district.name })}
      failure={failure}
      submitLabel={t("new.submit")}
      busyLabel={t("new.busy")}
    >
      <input type="hidden" name="districtId" value={data.district.id} />
      {data.fromPlaybookHref ? (
        <p>
          <Trans t={t} i18nKey="new.fromPlaybook" components={{ linked: <Link to={data.fromPlaybookHref} /> }} />
        </p>
      ) : null}
      <CampaignFields failure={failure} defaults={{}} targets={data.targets} leads={data.leads} />
    </FormSection>
  );
}
