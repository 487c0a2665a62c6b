import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RadioGroup, SelectField, TextAreaField } from "~/components/form-fields";
import { usePointTitle } from "~/components/point-title";
import { FormSection } from "~/components/record-page";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { typologyKeys } from "~/lib/typology/keys";
import { createAsk } from "~/models/ask.server";
import { activeCampaignsInDistrict } from "~/models/campaign.server";
import { requestLanguage, requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { currentPlaybook, pointOf, returnToIn } from "~/services/playbook-actions.server";

import { planAskFormSchema, planAskQuerySchema } from "./__plan-ask-form.server";
import { limitsPlanAsk } from "./__plan-ask-limits";

export const handle = { i18n: ["asks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "asks.edit");
  const { t, language } = await requestTranslator(request, "asks");
  const url = new URL(request.url);
  const query = planAskQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw data({ message: t("plan.badLink") }, { status: 400 });
  const { domain, locus, context } = query.data;
  const playbook = currentPlaybook(district.id, context, language);
  if (!playbook) notFound(t("plan.nothingDeclared", { district: district.name }));
  const point = pointOf(playbook.model, { domain, locus });
  const text = point?.asks[query.data.ask];
  if (!point || !text) notFound(t("plan.pointGone"));
  const ids = { slug: organization.slug, districtId: district.id };
  const returnTo = returnToIn(organization.slug, query.data.returnTo);
  const here = url.pathname + url.search;
  const campaigns = activeCampaignsInDistrict(organization.id, district.id);
  const targets = point.targets.flatMap((t) => (t.id ? [{ id: t.id, name: t.name, title: t.title ?? "" }] : []));
  return {
    title: t("plan.metaTitle"),
    back: returnTo ?? href("/o/:slug/districts/:districtId/playbook", ids, { context }),
    declarationId: playbook.declaration.id,
    point: { domain, locus, level: point.level },
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
  const playbook = currentPlaybook(district.id, input.context, await requestLanguage(request));
  if (!playbook || playbook.declaration.id !== input.declarationId) {
    return fieldError(parsed.values, "form", "asks:plan.stale");
  }
  const point = pointOf(playbook.model, input);
  if (!point) return fieldError(parsed.values, "form", "asks:plan.pointGone");
  if (!point.targets.some((t) => t.id === input.targetId)) {
    return fieldError(parsed.values, "targetId", "asks:plan.form.targetNotHere");
  }
  const campaign = activeCampaignsInDistrict(organization.id, district.id).find((c) => c.id === input.campaignId);
  if (!campaign) {
    return invalid({
      errors: { campaignId: "asks:plan.form.campaignNotActive" },
      values: parsed.values,
      messageValues: { campaignId: { district: district.name } },
    });
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
  const { t } = useTranslation("asks");
  const pointTitle = usePointTitle();
  return (
    <FormSection
      id="plan-ask-title"
      title={t("plan.title")}
      failure={failure}
      submitLabel={t("plan.submit")}
      busyLabel={t("plan.busy")}
      back={{ to: page.back, label: t("plan.back") }}
    >
      <input type="hidden" name="declarationId" value={page.declarationId} />
      <input type="hidden" name="domain" value={page.point.domain} />
      <input type="hidden" name="locus" value={page.point.locus} />
      <input type="hidden" name="context" value={page.context} />
      <input type="hidden" name="returnTo" value={page.returnTo ?? ""} />
      <p className="notice">
        <Trans
          t={t}
          i18nKey="plan.from"
          values={{
            point: pointTitle(page.point),
            level: t(typologyKeys.level[page.point.level].plain).toLowerCase(),
          }}
          components={{ strong: <strong /> }}
        />
      </p>
      <TextAreaField
        name="text"
        label={t("plan.text")}
        hint={t("plan.textHint")}
        required
        maxLength={limitsPlanAsk.text}
        defaultValue={values.text ?? page.text}
        error={errors.text}
      />
      {page.targets.length ? (
        <RadioGroup
          name="targetId"
          legend={t("plan.who")}
          options={page.targets.map((t) => ({ value: t.id, label: t.name, description: t.title || undefined }))}
          defaultValue={values.targetId ?? (page.targets.length === 1 ? page.targets[0]!.id : undefined)}
          error={errors.targetId}
        />
      ) : (
        <p className="field">
          <Trans t={t} i18nKey="plan.noTarget" components={{ linked: <Link to={page.addTargetHref} /> }} />
        </p>
      )}
      {page.campaigns.length ? (
        <SelectField
          name="campaignId"
          label={t("plan.campaign")}
          defaultValue={values.campaignId ?? page.campaignId}
          error={errors.campaignId}
        >
          <option value="">{t("plan.chooseCampaign")}</option>
          {page.campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.title}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="field">
          <Trans t={t} i18nKey="plan.noCampaign" components={{ linked: <Link to={page.startCampaignHref} /> }} />
        </p>
      )}
      {missing ? <p className="muted">{t("plan.onceBoth")}</p> : null}
    </FormSection>
  );
}
