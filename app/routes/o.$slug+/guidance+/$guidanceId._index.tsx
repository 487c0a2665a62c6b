import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { renderMarkdownReport } from "~/lib/markdown.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { typologyKeys } from "~/lib/typology/keys";
import { useLocale } from "~/lib/use-language";
import { guidanceVersions, NotPublishableError, publishGuidance, withdrawGuidance } from "~/models/guidance.server";
import { emailGuidancePublished } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireAgencyGuidance } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { publishSchema } from "./__guidance-form.server";
import { guidanceLimits } from "./__guidance-limits";
import { GuidancePairPanel } from "./__guidance-pair-panel";
import { pairPanelData } from "./__guidance-pair.server";
import { SanitizerReport } from "./__sanitizer-report";

export const handle = { i18n: ["guidance-editor", "guidance-pairs"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

const refusalKeys = {
  missing: "guidance-editor:item.refused.missing",
  unverified: "guidance-editor:item.refused.unverified",
  originalWithdrawn: "guidance-pairs:publish.originalWithdrawn",
} as const satisfies Record<NotPublishableError["reason"], string>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { guidance, organization } = await requireAgencyGuidance(request, params);
  const { t, language } = await requestTranslator(request, "guidance-editor");
  const versions = guidanceVersions(guidance.id);
  const latest = versions[0];
  const unpublishedChanges =
    !latest ||
    latest.title !== guidance.title ||
    latest.summary !== guidance.summary ||
    latest.body !== guidance.body ||
    JSON.stringify(latest.audienceTypes) !== JSON.stringify(guidance.audienceTypes);
  return {
    title: t("item.metaTitle"),
    guidance: {
      id: guidance.id,
      title: guidance.title,
      summary: guidance.summary,
      language: guidance.language,
      status: guidance.status,
      audienceTypes: guidance.audienceTypes,
    },
    preview: renderMarkdownReport(guidance.body),
    pair: pairPanelData(guidance),
    unpublishedChanges,
    verified: Boolean(organization.verifiedAt),
    versions: versions.map((v) => ({
      version: v.version,
      changeNote: v.changeNote,
      by: v.publishedByName,
      at: formatMoment(v.publishedAt, "dateTime", organization.timeZone, localeFor(language)),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, guidance, user } = await requireAgencyGuidance(request, params);
  const form = await readForm(request);
  if (form.get("intent") === "withdraw") {
    withdrawGuidance(organization.id, guidance.id);
    return redirectWithConfirmation(
      href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: guidance.id }),
      "guidance-withdrawn",
    );
  }
  const parsed = parseForm(form, publishSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  let version: number;
  try {
    version = publishGuidance(organization.id, guidance.id, parsed.data.changeNote, user);
  } catch (error) {
    if (!(error instanceof NotPublishableError)) throw error;
    return data({ errors: { form: refusalKeys[error.reason] }, values: parsed.values }, { status: 403 });
  }
  emailGuidancePublished(guidance.id, version);
  return redirectWithConfirmation(
    href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: guidance.id }),
    "guidance-published",
  );
}

export default function AgencyGuidanceItem() {
  const { organization } = useOrganization();
  const { guidance, preview, unpublishedChanges, versions, verified, pair } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("guidance-editor");
  const locale = useLocale();
  const published = versions.length > 0;
  const audience = new Intl.ListFormat(locale, { type: "disjunction" }).format(
    guidance.audienceTypes.map((type) => t(typologyKeys.systemType[type].name)),
  );
  return (
    <section aria-labelledby="guidance-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/guidance", { slug: organization.slug })}>{t("allGuidance")}</Link>
      </p>
      <h1 id="guidance-title" lang={guidance.language}>
        {guidance.title}
      </h1>
      <p className="muted">
        {guidance.status === "draft"
          ? t("item.status.draft")
          : guidance.status === "withdrawn"
            ? t("item.status.withdrawn")
            : t("item.status.published", { version: formatCount(versions[0]!.version, locale) })}
        {" · "}
        {guidance.audienceTypes.length === 0 ? t("item.audience.all") : t("item.audience.types", { types: audience })}
      </p>
      {guidance.summary ? <p lang={guidance.language}>{guidance.summary}</p> : null}
      <p>
        <Link to="edit">{t("item.edit")}</Link>
      </p>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <input type="hidden" name="intent" value="publish" />
        {published ? (
          <TextField
            name="changeNote"
            label={t("item.changeNote")}
            maxLength={guidanceLimits.changeNote}
            defaultValue={failure.values.changeNote}
            error={failure.errors.changeNote}
          />
        ) : (
          <input type="hidden" name="changeNote" value="" />
        )}
        {verified ? null : <p className="field__hint">{t("item.unverified")}</p>}
        <button
          type="submit"
          className="button"
          disabled={!verified || (published && !unpublishedChanges && guidance.status === "published")}
        >
          {published
            ? guidance.status === "withdrawn"
              ? t("item.publish.again")
              : t("item.publish.changes")
            : t("item.publish.first")}
        </button>
        {published && !unpublishedChanges && guidance.status === "published" ? (
          <p className="field__hint">{t("item.upToDate")}</p>
        ) : null}
      </Form>
      {guidance.status === "published" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="withdraw" />
          <button type="submit" className="button button--secondary">
            {t("item.withdraw")}
          </button>
        </Form>
      ) : null}
      <GuidancePairPanel pair={pair} />
      <h2>{t("item.preview")}</h2>
      <SanitizerReport removed={preview.removed} />
      <article className="playbook" lang={guidance.language} dangerouslySetInnerHTML={{ __html: preview.html }} />
      <h2>{t("item.versions.title")}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t("item.versions.none")}</p>
      ) : (
        <ol reversed className="timeline">
          {versions.map((v) => (
            <li key={v.version}>
              {v.changeNote ? (
                <Trans
                  t={t}
                  i18nKey="item.versions.lineWithNote"
                  values={{ version: formatCount(v.version, locale), date: v.at, name: v.by, note: v.changeNote }}
                  components={{ note: <span lang={guidance.language} /> }}
                />
              ) : (
                t("item.versions.line", { version: formatCount(v.version, locale), date: v.at, name: v.by })
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
