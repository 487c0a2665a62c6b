import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RadioGroup, SelectField, TextAreaField } from "~/components/form-fields";
import { AlsoAvailableIn } from "~/components/guidance-pair";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { labelKeys } from "~/lib/labels";
import { renderMarkdown } from "~/lib/markdown.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { reportLimits } from "~/lib/reports";
import { operatorName } from "~/models/agency-verification.server";
import { getCampaign, listCampaigns } from "~/models/campaign.server";
import {
  acknowledgeGuidance,
  guidanceVersions,
  linkGuidanceToCampaign,
  markGuidanceRead,
} from "~/models/guidance.server";
import { fileReport } from "~/models/report.server";
import { emailReportFiled } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireInboxGuidance } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { reportSchema, linkSchema } from "./__guidance-report-form.server";
import { changedLines } from "./__text-changes.server";

export const handle = { i18n: ["guidance", "guidance-pairs"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, item } = await requireInboxGuidance(request, params, "guidance.read");
  const earlier = guidanceVersions(item.id).filter((v) => v.version < item.version.version);
  const previous = earlier[0];
  const { t, language } = await requestTranslator(request, "guidance");
  const locale = localeFor(language);
  return {
    title: item.version.title,
    item: {
      id: item.id,
      agencyName: item.agencyName,
      state: item.state,
      campaignId: item.campaignId ?? "",
      title: item.version.title,
      summary: item.version.summary,
      version: item.version.version,
      changeNote: item.version.changeNote,
      language: item.language,
      alternate: item.alternate,
      publishedAt: formatMoment(item.version.publishedAt, "date", organization.timeZone, locale),
    },
    verifiedBy: t("verifiedBy", { operator: operatorName() }),
    html: renderMarkdown(item.version.body),
    changes: previous
      ? {
          since: previous.version,
          title: previous.title !== item.version.title ? previous.title : null,
          lines: changedLines(previous.body, item.version.body),
        }
      : null,
    earlier: earlier.map((v) => ({
      version: v.version,
      title: v.title,
      at: formatMoment(v.publishedAt, "date", organization.timeZone, locale),
      changeNote: v.changeNote,
    })),
    canRespond: can(organization.kind, role, "guidance.respond"),
    canReport: can(organization.kind, role, "guidance.report"),
    reported: can(organization.kind, role, "guidance.report") && new URL(request.url).searchParams.has("reported"),
    campaigns: listCampaigns(organization.id).map(({ id, title }) => ({ id, title })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "read") {
    const { organization, item } = await requireInboxGuidance(request, params, "guidance.read");
    markGuidanceRead(item.id, organization.id, item.version.version);
    return redirectWithConfirmation(
      href("/o/:slug/inbox/:guidanceId", { slug: organization.slug, guidanceId: item.id }),
      "guidance-read",
    );
  }
  if (intent === "report") {
    const { organization, user, item } = await requireInboxGuidance(request, params, "guidance.report");
    const parsed = parseForm(form, reportSchema);
    if (!parsed.ok) return invalid(parsed.failure);
    const { subject, reason } = parsed.data;
    const reportId = fileReport({
      coalitionId: organization.id,
      reporter: user,
      subject,
      guidanceId: item.id,
      guidanceVersion: item.version.version,
      reason,
    });
    if (!reportId) notFound((await requestTranslator(request, "guidance")).t("notFound"));
    emailReportFiled({
      id: reportId,
      coalitionName: organization.name,
      reporterName: user.name,
      agencyName: item.agencyName,
      guidanceTitle: item.version.title,
      aboutAgency: subject === "agency",
      reason,
    });
    return redirect(
      href("/o/:slug/inbox/:guidanceId", { slug: organization.slug, guidanceId: item.id }, { reported: 1 }),
    );
  }
  const { organization, item } = await requireInboxGuidance(request, params, "guidance.respond");
  if (intent === "acknowledge") {
    acknowledgeGuidance(item.id, organization.id, item.version.version);
    return redirectWithConfirmation(
      href("/o/:slug/inbox/:guidanceId", { slug: organization.slug, guidanceId: item.id }),
      "guidance-acknowledged",
    );
  }
  const parsed = parseForm(form, linkSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.campaignId && !getCampaign(organization.id, parsed.data.campaignId))
    return fieldError(parsed.values, "campaignId", "guidance:form.campaign");
  linkGuidanceToCampaign(item.id, organization.id, parsed.data.campaignId || null, item.alternate?.id ?? null);
  return data({ linked: true });
}

export default function InboxGuidance() {
  const { organization } = useOrganization();
  const { item, verifiedBy, html, changes, earlier, canRespond, canReport, reported, campaigns } =
    useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("guidance");
  const reportFailed = failure.values.intent === "report";
  return (
    <section aria-labelledby="guidance-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/inbox", { slug: organization.slug })}>{t("inbox.title")}</Link>
      </p>
      <h1 id="guidance-title" lang={item.language}>
        {item.title}
      </h1>
      {item.alternate ? (
        <AlsoAvailableIn
          to={href("/o/:slug/inbox/:guidanceId", { slug: organization.slug, guidanceId: item.alternate.id })}
          language={item.alternate.language}
        />
      ) : null}
      <p className="muted">
        {t("item.from", { agency: item.agencyName })} · <strong className="verified-mark">{verifiedBy}</strong> ·{" "}
        {t(labelKeys.inboxState[item.state])} · {t("item.version", { version: item.version, date: item.publishedAt })}
      </p>
      {item.version > 1 ? (
        <p className="notice">
          {item.changeNote ? (
            <Trans
              t={t}
              i18nKey="item.updatedWithNote"
              values={{ date: item.publishedAt, note: item.changeNote }}
              components={{ note: <span lang={item.language} /> }}
            />
          ) : (
            t("item.updated", { date: item.publishedAt })
          )}
        </p>
      ) : null}
      <div className="actions">
        {item.state === "new" || item.state === "updated" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read" />
            <button type="submit" className="button button--secondary">
              {t("item.markRead")}
            </button>
          </Form>
        ) : null}
        {canRespond && item.state !== "acknowledged" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="acknowledge" />
            <button type="submit" className="button">
              {t("item.acknowledge")}
            </button>
          </Form>
        ) : null}
      </div>
      {changes ? (
        <details className="changes">
          <summary>{t("item.changes.summary", { version: changes.since })}</summary>
          {changes.title ? <p>{t("item.changes.titleWas", { title: changes.title })}</p> : null}
          {changes.lines.length === 0 ? (
            <p>{t("item.changes.same")}</p>
          ) : (
            <ul className="changes__lines" lang={item.language}>
              {changes.lines.map((line, index) =>
                line.change === "added" ? (
                  <li key={index}>
                    <ins>
                      <span className="visually-hidden">{t("item.changes.added")}</span>
                      {line.text}
                    </ins>
                  </li>
                ) : (
                  <li key={index}>
                    <del>
                      <span className="visually-hidden">{t("item.changes.removed")}</span>
                      {line.text}
                    </del>
                  </li>
                ),
              )}
            </ul>
          )}
        </details>
      ) : null}
      <article className="playbook" lang={item.language} dangerouslySetInnerHTML={{ __html: html }} />
      {canRespond ? (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="link" />
          <SelectField
            name="campaignId"
            label={t("item.link.label")}
            defaultValue={failure.values.campaignId ?? item.campaignId}
            error={failure.errors.campaignId}
          >
            <option value="">{t("item.link.none")}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.title}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary">
            {t("item.link.save")}
          </button>
        </Form>
      ) : null}
      {reported ? (
        <p className="notice notice--success" role="status">
          {t("item.reported")}
        </p>
      ) : null}
      {canReport && !reported ? (
        <details className="report" open={reportFailed}>
          <summary>{t("item.report.summary")}</summary>
          <p>{t("item.report.intro", { agency: item.agencyName })}</p>
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="report" />
            <RadioGroup
              name="subject"
              legend={t("item.report.legend")}
              options={[
                { value: "guidance", label: t("item.report.guidance") },
                { value: "agency", label: t("item.report.agency", { agency: item.agencyName }) },
              ]}
              defaultValue={reportFailed ? failure.values.subject : undefined}
              error={reportFailed ? failure.errors.subject : undefined}
            />
            <TextAreaField
              name="reason"
              label={t("item.report.reason")}
              maxLength={reportLimits.reason}
              defaultValue={reportFailed ? failure.values.reason : undefined}
              error={reportFailed ? failure.errors.reason : undefined}
            />
            <button type="submit" className="button button--secondary">
              {t("item.report.send")}
            </button>
          </Form>
        </details>
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h2>{t("item.earlier")}</h2>
          <ul>
            {earlier.map((v) => (
              <li key={v.version}>
                {t("item.earlierLine", { version: v.version, date: v.at, title: v.title })}
                {v.changeNote ? ` (${v.changeNote})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
