import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useState, type FormEvent } from "react";

import { FieldError, FormErrorSummary, TextField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, formValues, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { targetRoleLabels } from "~/lib/labels";
import { href } from "~/lib/paths";
import { cellTitle, type PlaybookModel } from "~/lib/playbook";
import { gapAnchor } from "~/lib/playbook-points";
import { levelGlossary } from "~/lib/typology/glossary";
import type { District } from "~/models/district.server";
import { startCampaignFromPlaybook } from "~/models/playbook-campaign.server";
import { listTargets } from "~/models/target.server";
import { requireDistrict } from "~/services/permissions.server";
import {
  currentPlaybook,
  missingPointMessage,
  pointOf,
  returnToIn,
  stalePlaybookMessage,
} from "~/services/playbook-actions.server";

import { startCampaignFormSchema, startCampaignLists, startCampaignQuerySchema } from "./__start-campaign-form.server";
import { limitsStartCampaign } from "./__start-campaign-limits";

export const meta: MetaFunction = () => [{ title: "Start a campaign from the playbook · Fulcrum" }];

type Choice = { value: string; text: string; where: string };
type TargetChoice = { id: string; name: string; where: string; atPrimary: boolean; asks: Choice[] };

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
        where: target.locus === "school" ? (target.schoolName ?? "A school") : "Central office",
        atPrimary: here.some((p) => model.primary.includes(p)),
        asks: here.flatMap((point) =>
          point.asks.map((text, index) => ({
            value: `${target.id}/${point.domain}/${point.locus}/${index}`,
            text,
            where: cellTitle(point),
          })),
        ),
      },
    ];
  });
}

function pageData(slug: string, district: District, context: string, returnTo: string | null) {
  const playbook = currentPlaybook(district.id, context);
  if (!playbook) notFound(`Nothing is declared yet for ${district.name}.`);
  const { model, declaration } = playbook;
  const targets = targetChoices(model, listTargets(district.id));
  const ids = { slug, districtId: district.id };
  const page = href("/o/:slug/districts/:districtId/start-campaign", ids, { context, returnTo });
  const point = (level: "primary" | "secondary") => (p: PlaybookModel["primary"][number]) => ({
    key: `${p.domain}-${p.locus}`,
    anchor: gapAnchor(p),
    title: cellTitle(p),
    level: levelGlossary[level].plain,
    targetIds: p.targets.map((t) => t.id).filter((id): id is string => Boolean(id)),
    addTargetHref: href("/o/:slug/districts/:districtId/targets/new", ids, {
      domain: p.domain,
      locus: p.locus,
      context,
      returnTo: `${page}#${gapAnchor(p)}`,
    }),
  });
  return {
    district: { id: district.id, name: district.name },
    playbookHref: href("/o/:slug/districts/:districtId/playbook", ids, { context }),
    context,
    returnTo,
    declarationId: declaration.id,
    points: [...model.primary.map(point("primary")), ...model.secondary.map(point("secondary"))],
    targets,
    defaults: {
      title: `Our first campaign in ${district.name}`.slice(0, limitsStartCampaign.title),
      targetIds: targets.filter((t) => t.atPrimary).map((t) => t.id),
      asks: targets.filter((t) => t.atPrimary).flatMap((t) => t.asks.slice(0, 1).map((a) => a.value)),
    },
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "campaigns.edit");
  const query = startCampaignQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return pageData(organization.slug, district, query.context, returnToIn(organization.slug, query.returnTo));
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
  const playbook = currentPlaybook(district.id, input.context);
  if (!playbook || playbook.declaration.id !== input.declarationId) {
    return fieldError(parsed.values, "form", stalePlaybookMessage);
  }
  const known = new Set(listTargets(district.id).map((t) => t.id));
  if (input.target.some((id) => !known.has(id))) {
    return fieldError(parsed.values, "target", "One of the ticked targets is not in this district (any more).");
  }
  const ticked = new Set(input.target);
  const asks = [];
  for (const choice of input.ask) {
    if (!ticked.has(choice.targetId)) {
      return fieldError(parsed.values, "ask", "An ask is ticked for a target that is not: tick the target too.");
    }
    const point = pointOf(playbook.model, choice);
    const text = point?.asks[choice.index];
    if (!point || !text || !point.targets.some((t) => t.id === choice.targetId)) {
      return fieldError(parsed.values, "ask", missingPointMessage);
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
        <Link to={page.returnTo ?? page.playbookHref}>{page.returnTo ? "Back" : "Playbook"}</Link>
      </p>
      <h1 id="start-campaign-title">Start a campaign from the playbook</h1>
      <p>
        Tick the targets this campaign will press and the asks to plan for each. Nothing is made until you press “Start
        the campaign”.
      </p>
      <Form method="post" noValidate className="stack" onChange={onChange}>
        <FormErrorSummary errors={errors} />
        <input type="hidden" name="declarationId" value={page.declarationId} />
        <input type="hidden" name="context" value={page.context} />
        <input type="hidden" name="returnTo" value={page.returnTo ?? ""} />
        <TextField
          name="title"
          label="Campaign title"
          required
          maxLength={limitsStartCampaign.title}
          defaultValue={title}
          error={errors.title}
        />
        <TextField
          name="win"
          label="What does winning look like?"
          hint="One sentence: what the district will have done."
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
                {point.title} <span className="muted">· {point.level}</span>
              </legend>
              {here.length === 0 ? (
                <p>
                  No target yet. <Link to={point.addTargetHref}>Add a target here</Link>
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
                      <span className="choice__description">{target.where}</span>
                    </span>
                  </label>
                  <fieldset className="start-campaign__asks">
                    <legend className="visually-hidden">Asks to plan for {target.name}</legend>
                    {target.asks.map((ask) => (
                      <label key={ask.value} className="choice">
                        <input
                          type="checkbox"
                          name="ask"
                          value={ask.value}
                          defaultChecked={askValues.includes(ask.value)}
                        />
                        <span>
                          Plan: {ask.text}
                          <span className="choice__description">{ask.where}</span>
                        </span>
                      </label>
                    ))}
                  </fieldset>
                </div>
              ))}
              {earlier.length ? (
                <p className="muted">Also here: {earlier.map((t) => t.name).join(", ")} (listed above).</p>
              ) : null}
            </fieldset>
          );
        })}
        <section className="notice start-campaign__summary" aria-labelledby="summary-title" aria-live="polite">
          <h2 id="summary-title">What will be created</h2>
          <ul>
            <li>
              The campaign “{title || "(no title yet)"}” in {page.district.name}, active, with you as its lead.
            </li>
            <li>
              {pressed.length === 0
                ? "No targets yet: you can add them later."
                : `${pressed.length} ${pressed.length === 1 ? "target" : "targets"} as ${targetRoleLabels.primary.many.toLowerCase()}: ${pressed.map((t) => t.name).join(", ")}.`}
            </li>
            <li>
              {planned.length === 0
                ? "No asks planned yet."
                : `${planned.length} planned ${planned.length === 1 ? "ask" : "asks"}:`}
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
          <p className="muted">An ask is planned only with its target ticked.</p>
        </section>
        <p className="actions">
          <button type="submit" name="intent" value="create" className="button" disabled={busy}>
            {busy ? "Starting…" : "Start the campaign"}
          </button>
          <button type="submit" name="intent" value="review" className="button button--secondary">
            Review the summary
          </button>
        </p>
      </Form>
    </section>
  );
}
