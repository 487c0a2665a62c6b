import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { SelectField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { idParam } from "~/lib/schemas.server";
import { campaignLeads, createCampaign, foreignReference, targetOptions } from "~/models/campaign.server";
import { getDistrict, listDistricts } from "~/models/district.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";
import { districtLeverageMap } from "~/services/target-leverage.server";

import { CampaignFields } from "./__campaign-fields";
import { campaignFormSchema, campaignListFields } from "./__campaign-form.server";

export const meta: MetaFunction = () => [{ title: "Start a campaign · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "campaigns.edit");
  const districts = listDistricts(organization.id).map(({ id, name }) => ({ id, name }));
  const search = new URL(request.url).searchParams;
  const requested = search.get("district") ?? (districts.length === 1 ? districts[0]!.id : null);
  if (!requested) return { step: "district" as const, districts };
  const id = idParam.safeParse(requested);
  const district = id.success ? getDistrict(organization.id, id.data) : undefined;
  if (!district) notFound("We could not find that district.");
  return {
    step: "details" as const,
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
  if (!district) notFound("We could not find that district.");
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
  if (data.step === "district") {
    return (
      <section className="narrow" aria-labelledby="new-campaign-title">
        <h1 id="new-campaign-title">Start a campaign</h1>
        {data.districts.length === 0 ? (
          <p>
            Campaigns work on a district.{" "}
            <Link to={href("/o/:slug/districts/new", { slug: organization.slug })}>Add your district first</Link>.
          </p>
        ) : (
          <Form method="get" className="stack">
            <SelectField name="district" label="Which district is this campaign about?" required defaultValue="">
              <option value="" disabled>
                Choose a district…
              </option>
              {data.districts.map((district) => (
                <option key={district.id} value={district.id}>
                  {district.name}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="button">
              Continue
            </button>
          </Form>
        )}
      </section>
    );
  }
  return (
    <FormSection
      id="new-campaign-title"
      title={`Start a campaign in ${data.district.name}`}
      failure={failure}
      submitLabel="Start campaign"
      busyLabel="Starting…"
    >
      <input type="hidden" name="districtId" value={data.district.id} />
      {data.fromPlaybookHref ? (
        <p>
          <Link to={data.fromPlaybookHref}>Start from the district's playbook instead</Link>: pick its targets and plan
          its suggested asks in one go.
        </p>
      ) : null}
      <CampaignFields failure={failure} defaults={{}} targets={data.targets} leads={data.leads} />
    </FormSection>
  );
}
