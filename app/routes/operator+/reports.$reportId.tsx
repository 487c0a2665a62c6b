import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, SelectField, TextAreaField } from "~/components/form-fields";
import { useFormFailure, type FormFailure } from "~/lib/form-failure";
import { formatMoment, type Locale } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { labelKeys } from "~/lib/labels";
import { renderMarkdown } from "~/lib/markdown.server";
import { href } from "~/lib/paths";
import { reportLimits, type ModerationActionKind } from "~/lib/reports";
import { useLocale } from "~/lib/use-language";
import {
  dismissReport,
  liftAgencySuspension,
  liftUserSuspension,
  suspendAgency,
  suspendUser,
} from "~/models/report.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireOperatorReport } from "~/services/permissions.server";

import { schemas, intentField } from "./__report-decision-form.server";
import { statusKeys, subjectKeys } from "./__report-keys";

// "labels" for the agency people's roles.
export const handle = { i18n: ["operator", "labels"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

const actionKeys = {
  dismiss: "operator:report.actionKind.dismiss",
  "suspend-organization": "operator:report.actionKind.suspendOrganization",
  "suspend-user": "operator:report.actionKind.suspendUser",
  "lift-organization": "operator:report.actionKind.liftOrganization",
  "lift-user": "operator:report.actionKind.liftUser",
} as const satisfies Record<ModerationActionKind, string>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report } = await requireOperatorReport(request, params);
  const { t } = await requestTranslator(request, "operator");
  const { version } = report;
  return {
    title: t("report.metaTitle"),
    report: {
      id: report.report.id,
      subject: report.report.subject,
      status: report.report.status,
      coalitionName: report.coalitionName,
      reporterName: report.report.reporterName,
      reason: report.report.reason,
      at: report.report.createdAt.toISOString(),
      agencyName: report.agencyName,
      agencySuspension: report.agencySuspendedAt
        ? {
            since: report.agencySuspendedAt.toISOString(),
            reason: report.agencySuspensionReason,
          }
        : null,
    },
    // The version the coalition was reading when it reported, whatever the agency published since.
    guidance: version
      ? {
          title: version.title,
          version: version.version,
          publishedByName: version.publishedByName,
          publishedAt: version.publishedAt.toISOString(),
          html: renderMarkdown(version.body),
        }
      : null,
    people: report.agencyPeople.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      role: person.role,
      suspension: person.suspendedAt
        ? {
            since: person.suspendedAt.toISOString(),
            reason: person.suspensionReason,
          }
        : null,
    })),
    actions: report.actions.map((action) => ({
      id: action.id,
      kind: action.action,
      subjectName: action.subjectName,
      note: action.note,
      actorName: action.actorName,
      at: action.at.toISOString(),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { operator, report } = await requireOperatorReport(request, params);
  const form = await readForm(request);
  const intent = intentField.safeParse(form.get("intent"));
  if (!intent.success)
    return invalid({
      errors: { form: "operator:report.refused.chooseAction" },
      values: {},
    });
  const back = redirect(href("/operator/reports/:reportId", { reportId: report.report.id }));
  const suspended = report.agencySuspendedAt !== null;
  switch (intent.data) {
    case "dismiss": {
      const parsed = parseForm(form, schemas.dismiss);
      if (!parsed.ok) return invalid(parsed.failure);
      dismissReport(report, operator, parsed.data.note);
      return back;
    }
    case "suspend-organization":
    case "lift-organization": {
      const parsed = parseForm(form, schemas[intent.data]);
      if (!parsed.ok) return invalid(parsed.failure);
      const suspending = intent.data === "suspend-organization";
      // A state the page no longer shows (another operator acted, or a second submit): the page-wide message, as
      // the form that was sent is not on the page any more.
      if (suspending === suspended) {
        return fieldError(
          parsed.values,
          "form",
          suspending ? "operator:report.refused.agencySuspended" : "operator:report.refused.agencyNotSuspended",
        );
      }
      if (suspending) suspendAgency(report, operator, parsed.data.note);
      else liftAgencySuspension(report, operator, parsed.data.note);
      return back;
    }
    case "suspend-user":
    case "lift-user": {
      const parsed = parseForm(form, schemas[intent.data]);
      if (!parsed.ok) return invalid(parsed.failure);
      const suspending = intent.data === "suspend-user";
      const target = report.agencyPeople.find((candidate) => candidate.id === parsed.data.userId);
      if (!target) return fieldError(parsed.values, "userId", "operator:report.refused.notTheirs");
      if (suspending && target.id === operator.id)
        return fieldError(parsed.values, "userId", "operator:report.refused.yourself");
      if (suspending === (target.suspendedAt !== null)) {
        return fieldError(
          parsed.values,
          "form",
          suspending ? "operator:report.refused.personSuspended" : "operator:report.refused.personNotSuspended",
          { name: target.name },
        );
      }
      if (suspending) suspendUser(report, target, operator, parsed.data.note);
      else liftUserSuspension(report, target, operator, parsed.data.note);
      return back;
    }
  }
}

// Operators serve every state: their pages show UTC, named on each line.
const moment = (iso: string, locale: Locale) => formatMoment(iso, "dateTime", "UTC", locale);

const noFailure: FormFailure = { errors: {}, values: {} };

export default function OperatorReport() {
  const { report, guidance, people, actions } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("operator");
  const locale = useLocale();
  const at = (iso: string) => moment(iso, locale);
  // Each form shows its own messages and entries only.
  const failed = (intent: string) => (failure.values.intent === intent ? failure : noFailure);
  const dismissForm = failed("dismiss");
  const liftAgencyForm = failed("lift-organization");
  const suspendAgencyForm = failed("suspend-organization");
  const suspendPersonForm = failed("suspend-user");
  const liftPersonForm = failed("lift-user");
  const active = people.filter((p) => !p.suspension);
  const suspendedPeople = people.filter((p) => p.suspension);
  const agency = report.agencyName;
  const title = guidance?.title ?? t("report.deletedGuidance");
  const signedOut = t("report.suspendPerson.signedOut");
  return (
    <section aria-labelledby="report-title">
      <p className="breadcrumb">
        <Link to={href("/operator/reports")}>{t("report.breadcrumb")}</Link>
      </p>
      <h1 id="report-title">{t(subjectKeys[report.subject], { agency, title })}</h1>
      <FormErrorSummary errors={failure.errors.form ? { form: failure.errors.form } : undefined} />
      <dl className="facts">
        <div>
          <dt>{t("report.facts.status")}</dt>
          <dd>{t(statusKeys[report.status])}</dd>
        </div>
        <div>
          <dt>{t("report.facts.reportedBy")}</dt>
          <dd>
            {t("report.facts.reportedByValue", {
              reporter: report.reporterName,
              coalition: report.coalitionName,
              when: at(report.at),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("report.facts.agency")}</dt>
          <dd>
            {report.agencySuspension
              ? t("report.facts.agencySuspended", {
                  agency,
                  since: at(report.agencySuspension.since),
                  reason: report.agencySuspension.reason,
                })
              : agency}
          </dd>
        </div>
        <div>
          <dt>{t("report.facts.reason")}</dt>
          <dd className="prewrap">{report.reason}</dd>
        </div>
      </dl>

      <h2>{t("report.done")}</h2>
      {actions.length === 0 ? (
        <p className="muted">{t("report.nothingYet")}</p>
      ) : (
        <ol>
          {actions.map((action) => {
            const line = { when: at(action.at), label: t(actionKeys[action.kind]), actor: action.actorName };
            return (
              <li key={action.id}>
                {action.subjectName
                  ? t("report.actionOn", { ...line, subject: action.subjectName })
                  : t("report.action", line)}
                {action.note ? <span className="choice__description prewrap">{action.note}</span> : null}
              </li>
            );
          })}
        </ol>
      )}

      <h2>{t("report.actions")}</h2>
      {/* Each form keyed by its intent: when suspending swaps one form for another in the same place, React would
          otherwise keep the first one's typed note in the second. */}
      {report.status === "open" ? (
        <Form key="dismiss" method="post" noValidate className="stack operator-action">
          <input type="hidden" name="intent" value="dismiss" />
          <TextAreaField
            name="note"
            id="dismiss-note"
            label={t("report.dismiss.note")}
            maxLength={reportLimits.note}
            defaultValue={dismissForm.values.note}
            error={dismissForm.errors.note}
          />
          <button type="submit" className="button button--secondary">
            {t("report.dismiss.submit")}
          </button>
        </Form>
      ) : null}
      {report.agencySuspension ? (
        <Form key="lift-organization" method="post" noValidate className="stack operator-action">
          <input type="hidden" name="intent" value="lift-organization" />
          <TextAreaField
            name="note"
            id="lift-organization-note"
            label={t("report.liftAgency.note", { agency })}
            maxLength={reportLimits.note}
            defaultValue={liftAgencyForm.values.note}
            error={liftAgencyForm.errors.note}
          />
          <button type="submit" className="button button--secondary">
            {t("report.liftAgency.submit")}
          </button>
        </Form>
      ) : (
        <Form key="suspend-organization" method="post" noValidate className="stack operator-action">
          <input type="hidden" name="intent" value="suspend-organization" />
          <TextAreaField
            name="note"
            id="suspend-organization-note"
            label={t("report.suspendAgency.note", { agency })}
            hint={t("report.suspendAgency.effects")}
            maxLength={reportLimits.note}
            defaultValue={suspendAgencyForm.values.note}
            error={suspendAgencyForm.errors.note}
          />
          <button type="submit" className="button">
            {t("report.suspendAgency.submit")}
          </button>
        </Form>
      )}
      {active.length > 0 ? (
        <Form key="suspend-user" method="post" noValidate className="stack operator-action">
          <input type="hidden" name="intent" value="suspend-user" />
          <SelectField
            name="userId"
            label={t("report.suspendPerson.label")}
            defaultValue={suspendPersonForm.values.userId ?? ""}
            error={suspendPersonForm.errors.userId}
          >
            <option value="">{t("report.suspendPerson.choose")}</option>
            {active.map((p) => (
              <option key={p.id} value={p.id}>
                {t("report.suspendPerson.option", { name: p.name, role: t(labelKeys.role[p.role]), email: p.email })}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="note"
            id="suspend-user-note"
            label={t("report.suspendPerson.note")}
            hint={
              guidance
                ? t("report.suspendPerson.publishedBy", { version: guidance.version, name: guidance.publishedByName })
                : signedOut
            }
            maxLength={reportLimits.note}
            defaultValue={suspendPersonForm.values.note}
            error={suspendPersonForm.errors.note}
          />
          <button type="submit" className="button">
            {t("report.suspendPerson.submit")}
          </button>
        </Form>
      ) : null}
      {suspendedPeople.length > 0 ? (
        <>
          <h3>{t("report.suspendedPeople", { agency })}</h3>
          {liftPersonForm.errors.userId ? <p className="field__error">{liftPersonForm.errors.userId}</p> : null}
          <ul>
            {suspendedPeople.map((p) => (
              <li key={p.id}>
                {t("report.suspendedPerson", {
                  name: p.name,
                  email: p.email,
                  since: at(p.suspension!.since),
                  reason: p.suspension!.reason,
                })}
                <Form method="post">
                  <input type="hidden" name="intent" value="lift-user" />
                  <input type="hidden" name="userId" value={p.id} />
                  <input type="hidden" name="note" value="" />
                  <button type="submit" className="button button--secondary">
                    {t("report.liftPerson", { name: p.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="guidance">{t("report.guidance")}</h2>
      {guidance ? (
        <>
          <p className="muted">
            {t("report.version", {
              version: guidance.version,
              name: guidance.publishedByName,
              when: at(guidance.publishedAt),
            })}
          </p>
          <h3>{guidance.title}</h3>
          <article className="playbook" dangerouslySetInnerHTML={{ __html: guidance.html }} />
        </>
      ) : (
        <p className="muted">{t("report.guidanceDeleted")}</p>
      )}
    </section>
  );
}
