import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { RadioGroup, SelectField, TextAreaField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatMoment } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { inboxStateText } from "~/lib/labels";
import { renderMarkdown } from "~/lib/markdown.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { reportLimits } from "~/lib/reports";
import { getCampaign, listCampaigns } from "~/models/campaign.server";
import {
  acknowledgeGuidance,
  guidanceVersions,
  linkGuidanceToCampaign,
  markGuidanceRead,
} from "~/models/guidance.server";
import { fileReport } from "~/models/report.server";
import { emailReportFiled } from "~/services/email/notifications.server";
import { requireInboxGuidance } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { reportSchema, linkSchema } from "./__guidance-report-form.server";
import { changedLines } from "./__text-changes.server";

export const meta: MetaFunction = () => [{ title: "Guidance · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, item } = await requireInboxGuidance(request, params, "guidance.read");
  const earlier = guidanceVersions(item.id).filter((v) => v.version < item.version.version);
  const previous = earlier[0];
  return {
    item: {
      id: item.id,
      agencyName: item.agencyName,
      state: item.state,
      campaignId: item.campaignId ?? "",
      title: item.version.title,
      summary: item.version.summary,
      version: item.version.version,
      changeNote: item.version.changeNote,
      publishedAt: formatMoment(item.version.publishedAt, "date", organization.timeZone),
    },
    verifiedBy: item.verifiedBy,
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
      at: formatMoment(v.publishedAt, "date", organization.timeZone),
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
    if (!reportId) notFound("We could not find that guidance.");
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
    return fieldError(parsed.values, "campaignId", "Choose one of your coalition's campaigns.");
  linkGuidanceToCampaign(item.id, organization.id, parsed.data.campaignId || null);
  return data({ linked: true });
}

export default function InboxGuidance() {
  const { organization } = useOrganization();
  const { item, verifiedBy, html, changes, earlier, canRespond, canReport, reported, campaigns } =
    useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const reportFailed = failure.values.intent === "report";
  return (
    <section aria-labelledby="guidance-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/inbox", { slug: organization.slug })}>Guidance inbox</Link>
      </p>
      <h1 id="guidance-title">{item.title}</h1>
      <p className="muted">
        From {item.agencyName} · <strong className="verified-mark">{verifiedBy}</strong> · {inboxStateText[item.state]}{" "}
        · version {item.version}, {item.publishedAt}
      </p>
      {item.version > 1 ? (
        <p className="notice">
          Updated {item.publishedAt}
          {item.changeNote ? `: ${item.changeNote}` : "."}
        </p>
      ) : null}
      <div className="actions">
        {item.state === "new" || item.state === "updated" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read" />
            <button type="submit" className="button button--secondary">
              Mark as read
            </button>
          </Form>
        ) : null}
        {canRespond && item.state !== "acknowledged" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="acknowledge" />
            <button type="submit" className="button">
              Acknowledge
            </button>
          </Form>
        ) : null}
      </div>
      {changes ? (
        <details className="changes">
          <summary>What changed since version {changes.since}</summary>
          {changes.title ? <p>The title was “{changes.title}”.</p> : null}
          {changes.lines.length === 0 ? (
            <p>The text is the same.</p>
          ) : (
            <ul className="changes__lines">
              {changes.lines.map((line, index) =>
                line.change === "added" ? (
                  <li key={index}>
                    <ins>
                      <span className="visually-hidden">Added: </span>
                      {line.text}
                    </ins>
                  </li>
                ) : (
                  <li key={index}>
                    <del>
                      <span className="visually-hidden">Removed: </span>
                      {line.text}
                    </del>
                  </li>
                ),
              )}
            </ul>
          )}
        </details>
      ) : null}
      <article className="playbook" dangerouslySetInnerHTML={{ __html: html }} />
      {canRespond ? (
        <Form method="post" noValidate className="stack">
          <input type="hidden" name="intent" value="link" />
          <SelectField
            name="campaignId"
            label="Use it in a campaign"
            defaultValue={failure.values.campaignId ?? item.campaignId}
            error={failure.errors.campaignId}
          >
            <option value="">No campaign</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.title}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary">
            Save link
          </button>
        </Form>
      ) : null}
      {reported ? (
        <p className="notice notice--success" role="status">
          Thank you. Your report went to the people who run this Fulcrum server. They will read the guidance as you saw
          it and decide what to do.
        </p>
      ) : null}
      {canReport && !reported ? (
        <details className="report" open={reportFailed}>
          <summary>Report this guidance or this agency</summary>
          <p>
            If this guidance is misleading, harmful or not really from {item.agencyName}, tell the people who run this
            Fulcrum server. The agency is not told who reported it.
          </p>
          <Form method="post" noValidate className="stack">
            <input type="hidden" name="intent" value="report" />
            <RadioGroup
              name="subject"
              legend="What are you reporting?"
              options={[
                { value: "guidance", label: "This guidance" },
                { value: "agency", label: `The agency, ${item.agencyName}` },
              ]}
              defaultValue={reportFailed ? failure.values.subject : undefined}
              error={reportFailed ? failure.errors.subject : undefined}
            />
            <TextAreaField
              name="reason"
              label="What is wrong?"
              maxLength={reportLimits.reason}
              defaultValue={reportFailed ? failure.values.reason : undefined}
              error={reportFailed ? failure.errors.reason : undefined}
            />
            <button type="submit" className="button button--secondary">
              Send the report
            </button>
          </Form>
        </details>
      ) : null}
      {earlier.length > 0 ? (
        <>
          <h2>Earlier versions</h2>
          <ul>
            {earlier.map((v) => (
              <li key={v.version}>
                Version {v.version}, {v.at}: {v.title}
                {v.changeNote ? ` (${v.changeNote})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
