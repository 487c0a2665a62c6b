import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { FieldError, FormErrorSummary, TextField } from "~/components/form-fields";
import { usePointTitle } from "~/components/point-title";
import { useTargetPlace } from "~/components/target-place";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, formValues, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { labelKeys } from "~/lib/labels";
import { href } from "~/lib/paths";
import type { PlaybookModel } from "~/lib/playbook";
import { gapAnchor } from "~/lib/playbook-points";
import { typologyKeys } from "~/lib/typology/keys";
import type { Domain, Locus } from "~/lib/typology/vocabulary";
import type { District } from "~/models/district.server";
import { startCampaignFromPlaybook } from "~/models/playbook-campaign.server";
import { listTargets } from "~/models/target.server";
import { requestLanguage, requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { currentPlaybook, pointOf, returnToIn } from "~/services/playbook-actions.server";

import { startCampaignFormSchema, startCampaignLists, startCampaignQuerySchema } from "./__start-campaign-form.server";
import { limitsStartCampaign } from "./__start-campaign-limits";

export const handle = { i18n: ["campaigns"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

type Choice = { value: string; text: string; domain: Domain; locus: Locus };
type TargetChoice = {
  id: string;
  name: string;
  title: string | null;
  locus: Locus;
  schoolName: string | null;
  atPrimary: boolean;
  asks: Choice[];
};

/** Each target once, with the suggested asks of every point it sits at (main levers first). */
function targetChoices(model: PlaybookModel, targets: ReturnType<typeof listTargets>): TargetChoice[] {
  const points = [...model.primary, ...model.secondary];
  return targets.flatMap((target) => {
    const here = points.filter((p) => p.targets.some((t) => t.id === target.id));
    if (here.length === 0) return [];
    return [
      {
        id: target.id,
        name: target.title ? `${target.name} (${target.title})` : target.name,
        // The title is in the name already; the place line says where.
        title: null,
        locus: target.locus,
        schoolName: target.schoolName ?? null,
        atPrimary: here.some((p) => model.primary.includes(p)),
        asks: here.flatMap((point) =>
          point.asks.map((text, index) => ({
            value: `${target.id}/${point.domain}/${point.locus}/${index}`,
            text,
            domain: point.domain,
            locus: point.locus,
          })),
        ),
      },
    ];
  });
}

/** The reader's language and a translator for it. */
type Reader = Awaited<ReturnType<typeof requestTranslator>>;

function pageData(slug: string, district: District, context: string, returnTo: string | null, { t, language }: Reader) {
  const playbook = currentPlaybook(district.id, context, language);
  if (!playbook) notFound(t("fromPlaybook.nothingDeclared", { district: district.name }));
  const { model, declaration } = playbook;
  const targets = targetChoices(model, listTargets(district.id));
  const ids = { slug, districtId: district.id };
  const page = href("/o/:slug/districts/:districtId/start-campaign", ids, { context, returnTo });
  const point = (level: "primary" | "secondary") => (p: PlaybookModel["primary"][number]) => ({
    key: `${p.domain}-${p.locus}`,
    anchor: gapAnchor(p),
    domain: p.domain,
    locus: p.locus,
    level,
    targetIds: p.targets.map((t) => t.id).filter((id): id is string => Boolean(id)),
    addTargetHref: href("/o/:slug/districts/:districtId/targets/new", ids, {
      domain: p.domain,
      locus: p.locus,
      context,
      returnTo: `${page}#${gapAnchor(p)}`,
    }),
  });
  return {
    title: t("fromPlaybook.metaTitle"),
    district: { id: district.id, name: district.name },
    playbookHref: href("/o/:slug/districts/:districtId/playbook", ids, { context }),
    context,
    returnTo,
    declarationId: declaration.id,
    points: [...model.primary.map(point("primary")), ...model.secondary.map(point("secondary"))],
    targets,
    defaults: {
      title: t("fromPlaybook.defaultTitle", { district: district.name }).slice(0, limitsStartCampaign.title),
      targetIds: targets.filter((t) => t.atPrimary).map((t) => t.id),
      asks: targets.filter((t) => t.atPrimary).flatMap((t) => t.asks.slice(0, 1).map((a) => a.value)),
    },
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "campaigns.edit");
  const query = startCampaignQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const reader = await requestTranslator(request, "campaigns");
  return pageData(organization.slug, district, query.context, returnToIn(organization.slug, query.returnTo), reader);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, user } = await requireDistrict(request, params, "campaigns.edit");
  const formData = await readForm(request);
  if (formData.get("intent") !== "create") {
    // "Review" only shows what the ticks would create: nothing is checked or written yet.
    const values = formValues(formData);
    for (const list of startCampaignLists)
      values[list] = formData
        .getAll(list)
        .filter((v) => typeof v === "string")
        .join(",");
    return data({ errors: {}, values }, { status: 200 });
  }
  const parsed = parseForm(formData, startCampaignFormSchema, startCampaignLists);
  if (!parsed.ok) return invalid(parsed.failure);
  const input = parsed.data;
  // The asks are saved in the words the review showed: the reader's language.
  const playbook = currentPlaybook(district.id, input.context, await requestLanguage(request));
  if (!playbook || playbook.declaration.id !== input.declarationId) {
    return fieldError(parsed.values, "form", "campaigns:fromPlaybook.stale");
  }
  const known = new Set(listTargets(district.id).map((t) => t.id));
  if (input.target.some((id) => !known.has(id))) {
    return fieldError(parsed.values, "target", "campaigns:fromPlaybook.targetGone");
  }
  const ticked = new Set(input.target);
  const asks = [];
  for (const choice of input.ask) {
    if (!ticked.has(choice.targetId)) {
      return fieldError(parsed.values, "ask", "campaigns:fromPlaybook.askWithoutTarget");
    }
    const point = pointOf(playbook.model, choice);
    const text = point?.asks[choice.index];
    if (!point || !text || !point.targets.some((t) => t.id === choice.targetId)) {
      return fieldError(parsed.values, "ask", "campaigns:fromPlaybook.pointGone");
    }
    asks.push({ targetId: choice.targetId, text, domain: choice.domain });
  }
  const campaignId = startCampaignFromPlaybook(
    organization.id,
    district.id,
    { title: input.title, win: input.win, targetIds: input.target, asks },
    user,
  );
  const returnTo = returnToIn(organization.slug, input.returnTo);
  if (returnTo) {
    const back = new URL(returnTo, "http://fulcrum.invalid");
    back.searchParams.set("campaign", campaignId);
    return redirect(back.pathname + back.search + back.hash);
  }
  return redirect(href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId }));
}

const ticks = (form: HTMLFormElement, name: string) =>
  new FormData(form).getAll(name).filter((value): value is string => typeof value === "string");

export default function StartCampaignFromPlaybook() {
  const page = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("campaigns");
  const pointTitle = usePointTitle();
  const place = useTargetPlace();
  const busy = useNavigation().state === "submitting";
  const { errors, values } = failure;
  const list = (name: "target" | "ask", fallback: string[]) =>
    values[name] !== undefined ? values[name].split(",").filter(Boolean) : fallback;
  const [chosen, setChosen] = useState<{ targets: string[]; asks: string[] } | null>(null);
  const targetIds = chosen?.targets ?? list("target", page.defaults.targetIds);
  const askValues = chosen?.asks ?? list("ask", page.defaults.asks);
  const onChange = (event: FormEvent<HTMLFormElement>) =>
    setChosen({ targets: ticks(event.currentTarget, "target"), asks: ticks(event.currentTarget, "ask") });
  const title = values.title ?? page.defaults.title;
  const pressed = page.targets.filter((t) => targetIds.includes(t.id));
  const planned = pressed.flatMap((t) =>
    t.asks.filter((a) => askValues.includes(a.value)).map((a) => ({ ...a, target: t.name })),
  );
  const shownOnce = new Set<string>();
  return (
    <section className="narrow start-campaign" aria-labelledby="start-campaign-title">
      <p className="breadcrumb">
        <Link to={page.returnTo ?? page.playbookHref}>
          {page.returnTo ? t("fromPlaybook.back") : t("fromPlaybook.playbook")}
        </Link>
      </p>
      <h1 id="start-campaign-title">{t("fromPlaybook.title")}</h1>
      <p>{t("fromPlaybook.intro")}</p>
      <Form method="post" noValidate className="stack" onChange={onChange}>
        <FormErrorSummary errors={errors} />
        <input type="hidden" name="declarationId" value={page.declarationId} />
        <input type="hidden" name="context" value={page.context} />
        <input type="hidden" name="returnTo" value={page.returnTo ?? ""} />
        <TextField
          name="title"
          label={t("fromPlaybook.campaignTitle")}
          required
          maxLength={limitsStartCampaign.title}
          defaultValue={title}
          error={errors.title}
        />
        <TextField
          name="win"
          label={t("fromPlaybook.win")}
          hint={t("fromPlaybook.winHint")}
          required
          maxLength={limitsStartCampaign.win}
          defaultValue={values.win ?? ""}
          error={errors.win}
        />
        <FieldError id="target" error={errors.target} />
        <FieldError id="ask" error={errors.ask} />
        {page.points.map((point) => {
          const here = page.targets.filter((t) => point.targetIds.includes(t.id));
          const fresh = here.filter((t) => !shownOnce.has(t.id));
          fresh.forEach((t) => shownOnce.add(t.id));
          const earlier = here.filter((t) => !fresh.includes(t));
          return (
            <fieldset key={point.key} className="field start-campaign__point" id={point.anchor}>
              <legend>
                {pointTitle(point)} <span className="muted">· {t(typologyKeys.level[point.level].plain)}</span>
              </legend>
              {here.length === 0 ? (
                <p>
                  {t("fromPlaybook.noTarget")} <Link to={point.addTargetHref}>{t("fromPlaybook.addTarget")}</Link>
                </p>
              ) : null}
              {fresh.map((target) => (
                <div key={target.id} className="start-campaign__target">
                  <label className="choice">
                    <input
                      type="checkbox"
                      name="target"
                      value={target.id}
                      defaultChecked={targetIds.includes(target.id)}
                    />
                    <span>
                      {target.name}
                      <span className="choice__description">{place(target)}</span>
                    </span>
                  </label>
                  <fieldset className="start-campaign__asks">
                    <legend className="visually-hidden">{t("fromPlaybook.asksFor", { name: target.name })}</legend>
                    {target.asks.map((ask) => (
                      <label key={ask.value} className="choice">
                        <input
                          type="checkbox"
                          name="ask"
                          value={ask.value}
                          defaultChecked={askValues.includes(ask.value)}
                        />
                        <span>
                          {t("fromPlaybook.plan", { text: ask.text })}
                          <span className="choice__description">{pointTitle(ask)}</span>
                        </span>
                      </label>
                    ))}
                  </fieldset>
                </div>
              ))}
              {earlier.length ? (
                <p className="muted">
                  {t("fromPlaybook.alsoHere", { names: earlier.map((target) => target.name).join(", ") })}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <section className="notice start-campaign__summary" aria-labelledby="summary-title" aria-live="polite">
          <h2 id="summary-title">{t("fromPlaybook.summaryTitle")}</h2>
          <ul>
            <li>
              {t("fromPlaybook.summaryCampaign", {
                title: title || t("fromPlaybook.noTitle"),
                district: page.district.name,
              })}
            </li>
            <li>
              {pressed.length === 0
                ? t("fromPlaybook.summaryNoTargets")
                : t("fromPlaybook.summaryTargets", {
                    count: pressed.length,
                    role: t(labelKeys.targetRole.primary.many).toLowerCase(),
                    names: pressed.map((target) => target.name).join(", "),
                  })}
            </li>
            <li>
              {planned.length === 0
                ? t("fromPlaybook.summaryNoAsks")
                : t("fromPlaybook.summaryAsks", { count: planned.length })}
              {planned.length ? (
                <ul>
                  {planned.map((ask) => (
                    <li key={ask.value}>
                      {ask.target}: {ask.text}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          </ul>
          <p className="muted">{t("fromPlaybook.summaryNote")}</p>
        </section>
        <p className="actions">
          <button type="submit" name="intent" value="create" className="button" disabled={busy}>
            {busy ? t("fromPlaybook.busy") : t("fromPlaybook.submit")}
          </button>
          <button type="submit" name="intent" value="review" className="button button--secondary">
            {t("fromPlaybook.review")}
          </button>
        </p>
      </Form>
    </section>
  );
}
