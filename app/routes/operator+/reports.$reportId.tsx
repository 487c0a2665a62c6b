import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, SelectField, TextAreaField } from "~/components/form-fields";
import { useFormFailure, type FormFailure } from "~/lib/form-failure";
import { formatMoment } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { fixedTranslator } from "~/lib/i18n-catalogs.server";
import { labelKeys } from "~/lib/labels";
import { renderMarkdown } from "~/lib/markdown.server";
import { href } from "~/lib/paths";
import { moderationActionLabels, reportLimits, reportStatusLabels, reportSubjectLabels } from "~/lib/reports";
import {
  dismissReport,
  liftAgencySuspension,
  liftUserSuspension,
  suspendAgency,
  suspendUser,
} from "~/models/report.server";
import { requireOperatorReport } from "~/services/permissions.server";

import { schemas, intentField } from "./__report-decision-form.server";

export const meta: MetaFunction = () => [{ title: "Report · Fulcrum operators" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report } = await requireOperatorReport(request, params);
  const { version } = report;
  return {
    report: {
      id: report.report.id,
      subject: reportSubjectLabels[report.report.subject],
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
      // The operators' pages are English (README, Languages).
      role: fixedTranslator("en", "labels")(labelKeys.role[person.role]),
      suspension: person.suspendedAt
        ? {
            since: person.suspendedAt.toISOString(),
            reason: person.suspensionReason,
          }
        : null,
    })),
    actions: report.actions.map((action) => ({
      id: action.id,
      label: moderationActionLabels[action.action],
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
      errors: { form: "Choose one of the actions on this page." },
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
      if (suspending === suspended) {
        return fieldError(
          parsed.values,
          "note",
          suspending ? "The agency is already suspended." : "The agency is not suspended.",
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
      if (!target) return fieldError(parsed.values, "userId", "Choose one of the agency's people.");
      if (suspending && target.id === operator.id)
        return fieldError(parsed.values, "userId", "You cannot suspend yourself.");
      if (suspending === (target.suspendedAt !== null)) {
        return fieldError(
          parsed.values,
          "userId",
          suspending ? `${target.name} is already suspended.` : `${target.name} is not suspended.`,
        );
      }
      if (suspending) suspendUser(report, target, operator, parsed.data.note);
      else liftUserSuspension(report, target, operator, parsed.data.note);
      return back;
    }
  }
}

const agencyEffects =
  "While suspended it cannot publish or invite, its guidance is hidden from coalitions and its email stops.";
const signedOut = "They are signed out at once.";
// Operators serve every state: their pages show UTC, named on each line.
const at = (iso: string) => formatMoment(iso, "dateTime", "UTC");

const noFailure: FormFailure = { errors: {}, values: {} };

export default function OperatorReport() {
  const { report, guidance, people, actions } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  // Each form shows its own messages and entries only.
  const failed = (intent: string) => (failure.values.intent === intent ? failure : noFailure);
  const active = people.filter((p) => !p.suspension);
  const suspendedPeople = people.filter((p) => p.suspension);
  return (
    <section aria-labelledby="report-title">
      <p className="breadcrumb">
        <Link to={href("/operator/reports")}>Reports</Link>
      </p>
      <h1 id="report-title">
        {report.subject}:{" "}
        {report.subject === reportSubjectLabels.agency ? report.agencyName : (guidance?.title ?? "guidance")}
      </h1>
      <FormErrorSummary errors={failure.errors.form ? { form: failure.errors.form } : undefined} />
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{reportStatusLabels[report.status]}</dd>
        </div>
        <div>
          <dt>Reported by</dt>
          <dd>
            {report.reporterName} of {report.coalitionName}, {at(report.at)}
          </dd>
        </div>
        <div>
          <dt>Agency</dt>
          <dd>
            {report.agencyName}
            {report.agencySuspension
              ? ` (suspended since ${at(report.agencySuspension.since)}: ${report.agencySuspension.reason})`
              : ""}
          </dd>
        </div>
        <div>
          <dt>Their reason</dt>
          <dd className="prewrap">{report.reason}</dd>
        </div>
      </dl>

      <h2>What was done</h2>
      {actions.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol>
          {actions.map((action) => (
            <li key={action.id}>
              {at(action.at)}: {action.label}
              {action.subjectName ? ` (${action.subjectName})` : ""}, by {action.actorName}
              {action.note ? <span className="choice__description prewrap">{action.note}</span> : null}
            </li>
          ))}
        </ol>
      )}

      <h2>Actions</h2>
      {report.status === "open" ? (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="dismiss" />
          <TextAreaField
            name="note"
            id="dismiss-note"
            label="Dismiss: a note for the record (optional)"
            maxLength={reportLimits.note}
            defaultValue={failed("dismiss").values.note}
            error={failed("dismiss").errors.note}
          />
          <button type="submit" className="button button--secondary">
            Dismiss the report
          </button>
        </Form>
      ) : null}
      {report.agencySuspension ? (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="lift-organization" />
          <TextAreaField
            name="note"
            id="lift-organization-note"
            label={`Lift the suspension of ${report.agencyName}: a note (optional)`}
            maxLength={reportLimits.note}
            defaultValue={failed("lift-organization").values.note}
            error={failed("lift-organization").errors.note}
          />
          <button type="submit" className="button button--secondary">
            Lift the agency's suspension
          </button>
        </Form>
      ) : (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="suspend-organization" />
          <TextAreaField
            name="note"
            id="suspend-organization-note"
            label={`Suspend ${report.agencyName}: the reason its people will see`}
            hint={agencyEffects}
            maxLength={reportLimits.note}
            defaultValue={failed("suspend-organization").values.note}
            error={failed("suspend-organization").errors.note}
          />
          <button type="submit" className="button">
            Suspend the agency
          </button>
        </Form>
      )}
      {active.length > 0 ? (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="suspend-user" />
          <SelectField
            name="userId"
            label="Suspend one of the agency's people"
            defaultValue={failed("suspend-user").values.userId ?? ""}
            error={failed("suspend-user").errors.userId}
          >
            <option value="">Choose a person</option>
            {active.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.role}, {p.email})
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="note"
            id="suspend-user-note"
            label="The reason they will see"
            hint={
              guidance
                ? `Version ${guidance.version} was published by ${guidance.publishedByName}. ${signedOut}`
                : signedOut
            }
            maxLength={reportLimits.note}
            defaultValue={failed("suspend-user").values.note}
            error={failed("suspend-user").errors.note}
          />
          <button type="submit" className="button">
            Suspend this person
          </button>
        </Form>
      ) : null}
      {suspendedPeople.length > 0 ? (
        <>
          <h3>Suspended people of {report.agencyName}</h3>
          {failed("lift-user").errors.userId ? (
            <p className="field__error">{failed("lift-user").errors.userId}</p>
          ) : null}
          <ul>
            {suspendedPeople.map((p) => (
              <li key={p.id}>
                {p.name} ({p.email}), since {at(p.suspension!.since)}: {p.suspension!.reason}
                <Form method="post">
                  <input type="hidden" name="intent" value="lift-user" />
                  <input type="hidden" name="userId" value={p.id} />
                  <input type="hidden" name="note" value="" />
                  <button type="submit" className="button button--secondary">
                    Lift {p.name}'s suspension
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="guidance">The guidance as it was reported</h2>
      {guidance ? (
        <>
          <p className="muted">
            Version {guidance.version}, published by {guidance.publishedByName} on {at(guidance.publishedAt)}
          </p>
          <h3>{guidance.title}</h3>
          <article className="playbook" dangerouslySetInnerHTML={{ __html: guidance.html }} />
        </>
      ) : (
        <p className="muted">The agency deleted this guidance.</p>
      )}
    </section>
  );
}
