import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { RadioGroup, SelectField, TextAreaField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { cellTitle } from "~/lib/playbook";
import { levelGlossary } from "~/lib/typology/glossary";
import { createAsk } from "~/models/ask.server";
import { activeCampaignsInDistrict } from "~/models/campaign.server";
import { requireDistrict } from "~/services/permissions.server";
import {
  currentPlaybook,
  missingPointMessage,
  pointOf,
  returnToIn,
  stalePlaybookMessage,
} from "~/services/playbook-actions.server";

import { planAskFormSchema, planAskQuerySchema } from "./__plan-ask-form.server";
import { limitsPlanAsk } from "./__plan-ask-limits";

export const meta: MetaFunction = () => [{ title: "Plan this ask · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "asks.edit");
  const url = new URL(request.url);
  const query = planAskQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    throw data(
      { message: "This link does not name an ask of the playbook. Open the playbook and choose one." },
      {
        status: 400,
      },
    );
  }
  const { domain, locus, context } = query.data;
  const playbook = currentPlaybook(district.id, context);
  if (!playbook) notFound(`Nothing is declared yet for ${district.name}.`);
  const point = pointOf(playbook.model, { domain, locus });
  const text = point?.asks[query.data.ask];
  if (!point || !text) notFound(missingPointMessage);
  const ids = { slug: organization.slug, districtId: district.id };
  const returnTo = returnToIn(organization.slug, query.data.returnTo);
  const here = url.pathname + url.search;
  const campaigns = activeCampaignsInDistrict(organization.id, district.id);
  const targets = point.targets.flatMap((t) => (t.id ? [{ id: t.id, name: t.name, title: t.title ?? "" }] : []));
  return {
    back: returnTo ?? href("/o/:slug/districts/:districtId/playbook", ids, { context }),
    declarationId: playbook.declaration.id,
    point: { domain, locus, title: cellTitle(point), level: levelGlossary[point.level].plain.toLowerCase() },
    context,
    returnTo,
    text,
    targets,
    campaigns,
    campaignId:
      campaigns.find((c) => c.id === query.data.campaign)?.id ?? (campaigns.length === 1 ? campaigns[0]!.id : ""),
    startCampaignHref: href("/o/:slug/districts/:districtId/start-campaign", ids, { context, returnTo: here }),
    addTargetHref: href("/o/:slug/districts/:districtId/targets/new", ids, { domain, locus, context, returnTo: here }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, user } = await requireDistrict(request, params, "asks.edit");
  const parsed = parseForm(await readForm(request), planAskFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const input = parsed.data;
  const playbook = currentPlaybook(district.id, input.context);
  if (!playbook || playbook.declaration.id !== input.declarationId) {
    return fieldError(parsed.values, "form", stalePlaybookMessage);
  }
  const point = pointOf(playbook.model, input);
  if (!point) return fieldError(parsed.values, "form", missingPointMessage);
  if (!point.targets.some((t) => t.id === input.targetId)) {
    return fieldError(parsed.values, "targetId", "Choose one of your targets at this point of the playbook.");
  }
  const campaign = activeCampaignsInDistrict(organization.id, district.id).find((c) => c.id === input.campaignId);
  if (!campaign) {
    return fieldError(parsed.values, "campaignId", `Choose one of your active campaigns in ${district.name}.`);
  }
  const askId = createAsk(
    organization.id,
    campaign.id,
    {
      targetId: input.targetId,
      text: input.text,
      domain: input.domain,
      venue: "meeting",
      followUpOn: null,
      meetingId: null,
    },
    user,
  );
  const returnTo = returnToIn(organization.slug, input.returnTo);
  return redirect(
    returnTo ??
      href("/o/:slug/campaigns/:campaignId/asks/:askId", { slug: organization.slug, campaignId: campaign.id, askId }),
  );
}

export default function PlanAsk() {
  const page = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { errors, values } = failure;
  const missing = page.campaigns.length === 0 || page.targets.length === 0;
  return (
    <FormSection
      id="plan-ask-title"
      title="Plan this ask"
      failure={failure}
      submitLabel="Plan the ask"
      busyLabel="Saving…"
      back={{ to: page.back, label: "Back to the playbook" }}
    >
      <input type="hidden" name="declarationId" value={page.declarationId} />
      <input type="hidden" name="domain" value={page.point.domain} />
      <input type="hidden" name="locus" value={page.point.locus} />
      <input type="hidden" name="context" value={page.context} />
      <input type="hidden" name="returnTo" value={page.returnTo ?? ""} />
      <p className="notice">
        From <strong>{page.point.title}</strong>, a {page.point.level} in your playbook. It is saved as a planned ask:
        nobody has been asked yet.
      </p>
      <TextAreaField
        name="text"
        label="The ask"
        hint="Put it in your own words if you like."
        required
        maxLength={limitsPlanAsk.text}
        defaultValue={values.text ?? page.text}
        error={errors.text}
      />
      {page.targets.length ? (
        <RadioGroup
          name="targetId"
          legend="Who will you ask?"
          options={page.targets.map((t) => ({ value: t.id, label: t.name, description: t.title || undefined }))}
          defaultValue={values.targetId ?? (page.targets.length === 1 ? page.targets[0]!.id : undefined)}
          error={errors.targetId}
        />
      ) : (
        <p className="field">
          You have no target at this point yet. <Link to={page.addTargetHref}>Add a target here</Link> first.
        </p>
      )}
      {page.campaigns.length ? (
        <SelectField
          name="campaignId"
          label="Which campaign is it part of?"
          defaultValue={values.campaignId ?? page.campaignId}
          error={errors.campaignId}
        >
          <option value="">Choose a campaign…</option>
          {page.campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.title}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="field">
          Your coalition has no active campaign in this district yet.{" "}
          <Link to={page.startCampaignHref}>Start a campaign first</Link>; you will come back here.
        </p>
      )}
      {missing ? <p className="muted">Once both are there, plan the ask here.</p> : null}
    </FormSection>
  );
}
