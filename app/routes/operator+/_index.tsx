import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, SelectField, TextField } from "~/components/form-fields";
import { OperatorNav } from "~/components/operator-nav";
import { StateOptions } from "~/components/place-fields";
import { Trans } from "~/components/trans";
import { verificationLimits } from "~/lib/agency-verification";
import { useFormFailure, type FormFailure } from "~/lib/form-failure";
import { formatMoment, type Locale } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { limits } from "~/lib/limits";
import { stateName } from "~/lib/us-states";
import { useLanguage, useLocale } from "~/lib/use-language";
import {
  decideVerification,
  type DecisionRefusal,
  type VerificationAction,
  findAgencyBySlug,
  listAgenciesForOperators,
  requestForPage,
  renameAgencyAsOperator,
} from "~/models/agency-verification.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireOperator } from "~/services/permissions.server";

import { operatorRenameSchema, verificationDecisionSchema } from "./__agency-decision-form.server";

export const handle = { i18n: ["operator"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

const refusalKeys = {
  "unknown-agency": "operator:agencies.refused.unknown",
  "already-verified": "operator:agencies.refused.alreadyVerified",
  "not-verified": "operator:agencies.refused.notVerified",
  lookalike: "operator:agencies.refused.lookalike",
} as const satisfies Record<DecisionRefusal, string>;

const savedKeys = {
  verify: "operator:agencies.saved.verify",
  revoke: "operator:agencies.saved.revoke",
  rename: "operator:agencies.saved.rename",
} as const;

const eventKeys = {
  verify: "operator:agencies.event.verify",
  revoke: "operator:agencies.event.revoke",
  rename: "operator:agencies.event.rename",
} as const satisfies Record<VerificationAction, string>;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOperator(request);
  const { t } = await requestTranslator(request, "operator");
  return {
    title: t("agencies.metaTitle"),
    agencies: listAgenciesForOperators().map(({ agency, request: sent, events }) => ({
      slug: agency.slug,
      name: agency.name,
      state: agency.state,
      verifiedAt: agency.verifiedAt?.toISOString() ?? null,
      createdAt: agency.createdAt.toISOString(),
      request: requestForPage(sent),
      events: events.map((event) => ({
        id: event.id,
        action: event.action,
        by: event.operatorName,
        note: event.note,
        at: event.createdAt.toISOString(),
      })),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOperator(request);
  const operatorName = `${user.name} (${user.email})`;
  const form = await readForm(request);
  const { t } = await requestTranslator(request, "operator");
  const rename = form.get("intent") === "rename";
  const parsed = rename ? parseForm(form, operatorRenameSchema) : parseForm(form, verificationDecisionSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (!findAgencyBySlug(parsed.data.slug)) notFound(t("agencies.refused.unknown"));
  const result =
    parsed.data.intent === "rename"
      ? renameAgencyAsOperator(parsed.data.slug, parsed.data, operatorName, parsed.data.note)
      : decideVerification(parsed.data.slug, parsed.data.intent, operatorName, parsed.data.note);
  if (!result.ok) {
    const errors = { form: refusalKeys[result.reason] };
    return data({ errors, values: parsed.values, messageValues: { form: { name: result.name } } }, { status: 400 });
  }
  return { saved: t(savedKeys[parsed.data.intent], { name: result.name }) };
}

// Operators serve every state: their pages show UTC, named on each line.
const moment = (iso: string, locale: Locale) => formatMoment(iso, "dateTime", "UTC", locale);

type Agency = ReturnType<typeof useLoaderData<typeof loader>>["agencies"][number];

/** Only the form that was sent shows its messages and keeps its entries. */
function failureFor(failure: FormFailure, slug: string, intents: string[]): FormFailure {
  const mine = failure.values.slug === slug && intents.includes(failure.values.intent ?? "");
  return mine ? failure : { errors: {}, values: {} };
}

export default function OperatorAgencies() {
  const { agencies } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const { t } = useTranslation("operator");
  const pending = agencies.filter((agency) => !agency.verifiedAt).length;
  return (
    <section aria-labelledby="operator-title">
      <OperatorNav />
      <h1 id="operator-title">{t("agencies.title")}</h1>
      <p>{t("agencies.intro")}</p>
      {result && "saved" in result ? (
        <p className="notice notice--success" role="status">
          {result.saved}
        </p>
      ) : null}
      <p className="muted">{pending === 0 ? t("agencies.noneWaiting") : t("agencies.waiting", { count: pending })}</p>
      <ul className="card-list">
        {agencies.map((agency) => (
          <AgencyCard key={agency.slug} agency={agency} failure={failure} />
        ))}
      </ul>
    </section>
  );
}

function AgencyCard({ agency, failure }: { agency: Agency; failure: FormFailure }) {
  const { t } = useTranslation("operator");
  const language = useLanguage();
  const locale = useLocale();
  const when = (iso: string) => moment(iso, locale);
  const decision = failureFor(failure, agency.slug, ["verify", "revoke"]);
  const rename = failureFor(failure, agency.slug, ["rename"]);
  const id = (field: string) => `${agency.slug}-${field}`;
  const decisionFields = { note: id("note") };
  const renameFields = { name: id("name"), state: id("state"), note: id("rename-note") };
  const request = agency.request;
  return (
    <li className="card" id={`agency-${agency.slug}`}>
      <h2>
        {agency.name}{" "}
        <span className="muted">
          {t("agencies.where", { state: stateName(agency.state, language), slug: agency.slug })}
        </span>
      </h2>
      <p>
        <Trans
          t={t}
          i18nKey="agencies.createdAt"
          values={{
            status: agency.verifiedAt
              ? t("agencies.verifiedAt", { when: when(agency.verifiedAt) })
              : t("agencies.notVerified"),
            when: when(agency.createdAt),
          }}
          components={{ status: <strong /> }}
        />
      </p>
      {request ? (
        <dl className="facts">
          {(
            [
              [t("agencies.request.officialName"), request.officialName],
              [
                t("agencies.request.role"),
                t("agencies.request.roleBy", { role: request.requesterRole, by: request.by }),
              ],
              [t("agencies.request.officialEmail"), request.officialEmail],
              [t("agencies.request.phone"), request.phone],
              [t("agencies.request.website"), request.website],
              [t("agencies.request.sent"), when(request.at)],
            ] as const
          ).map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t("agencies.noRequest")}</p>
      )}
      {/* Keyed by the decision it makes: once verified, the note typed for verifying is not the reason to revoke. */}
      <Form key={agency.verifiedAt ? "revoke" : "verify"} method="post" noValidate className="stack">
        <FormErrorSummary errors={decision.errors} fieldIds={decisionFields} />
        <input type="hidden" name="slug" value={agency.slug} />
        <input type="hidden" name="intent" value={agency.verifiedAt ? "revoke" : "verify"} />
        <TextField
          id={id("note")}
          name="note"
          label={agency.verifiedAt ? t("agencies.decision.revokeNote") : t("agencies.decision.verifyNote")}
          required
          maxLength={verificationLimits.note}
          defaultValue={decision.values.note}
          error={decision.errors.note}
        />
        <button type="submit" className={agency.verifiedAt ? "button button--danger" : "button"}>
          {agency.verifiedAt ? t("agencies.decision.revoke") : t("agencies.decision.verify")}
          <span className="visually-hidden"> {agency.name}</span>
        </button>
      </Form>
      <details open={Boolean(rename.values.intent)}>
        <summary>{t("agencies.rename.summary")}</summary>
        <Form method="post" noValidate className="stack">
          <FormErrorSummary errors={rename.errors} fieldIds={renameFields} />
          <input type="hidden" name="slug" value={agency.slug} />
          <input type="hidden" name="intent" value="rename" />
          <TextField
            id={id("name")}
            name="name"
            label={t("agencies.rename.name")}
            required
            maxLength={limits.orgName}
            defaultValue={rename.values.name ?? agency.name}
            error={rename.errors.name}
          />
          <SelectField
            id={id("state")}
            name="state"
            label={t("agencies.rename.state")}
            defaultValue={rename.values.state ?? agency.state}
            error={rename.errors.state}
          >
            <StateOptions />
          </SelectField>
          <TextField
            id={id("rename-note")}
            name="note"
            label={t("agencies.rename.note")}
            required
            maxLength={verificationLimits.note}
            defaultValue={rename.values.note}
            error={rename.errors.note}
          />
          <button type="submit" className="button button--secondary">
            {t("agencies.rename.submit")}
            <span className="visually-hidden">{t("agencies.rename.submitOf", { name: agency.name })}</span>
          </button>
        </Form>
      </details>
      <h3>{t("agencies.record")}</h3>
      {agency.events.length === 0 ? (
        <p className="muted">{t("agencies.noEvents")}</p>
      ) : (
        <ol className="timeline">
          {agency.events.map((event) => (
            <li key={event.id}>
              {t(eventKeys[event.action], { when: when(event.at), by: event.by, note: event.note })}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
