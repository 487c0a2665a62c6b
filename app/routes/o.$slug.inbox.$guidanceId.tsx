import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { changedLines } from "~/lib/text-changes.server";
import { can } from "~/lib/permissions";
import { requireInboxGuidance } from "~/lib/permissions.server";
import { optionalIdField } from "~/lib/schemas";
import { getCampaign, listCampaigns } from "~/models/campaign.server";
import { acknowledgeGuidance, guidanceVersions, linkGuidanceToCampaign, markGuidanceRead } from "~/models/guidance.server";
import { inboxStateText } from "~/lib/labels";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction = () => [{ title: "Guidance · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, item } = await requireInboxGuidance(request, params, "guidance.read");
  const earlier = guidanceVersions(item.id).filter((v) => v.version < item.version.version);
  const previous = earlier[0];
  return {
    item: { id: item.id, agencyName: item.agencyName, state: item.state, campaignId: item.campaignId ?? "", title: item.version.title, summary: item.version.summary, version: item.version.version, changeNote: item.version.changeNote, publishedAt: item.version.publishedAt.toISOString() },
    verifiedBy: item.verifiedBy,
    html: renderMarkdown(item.version.body),
    changes: previous
      ? { since: previous.version, title: previous.title !== item.version.title ? previous.title : null, lines: changedLines(previous.body, item.version.body) }
      : null,
    earlier: earlier.map((v) => ({ version: v.version, title: v.title, at: v.publishedAt.toISOString(), changeNote: v.changeNote })),
    canRespond: can(organization.kind, role, "guidance.respond"),
    campaigns: listCampaigns(organization.id).map(({ id, title }) => ({ id, title })),
  };
}

const linkSchema = z.object({ intent: z.literal("link"), campaignId: optionalIdField("Choose one of your coalition's campaigns.") });

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "read") {
    const { organization, item } = await requireInboxGuidance(request, params, "guidance.read");
    markGuidanceRead(item.id, organization.id, item.version.version);
    return redirect(`/o/${organization.slug}/inbox/${item.id}`);
  }
  const { organization, item } = await requireInboxGuidance(request, params, "guidance.respond");
  if (intent === "acknowledge") {
    acknowledgeGuidance(item.id, organization.id, item.version.version);
    return redirect(`/o/${organization.slug}/inbox/${item.id}`);
  }
  const parsed = parseForm(form, linkSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.campaignId && !getCampaign(organization.id, parsed.data.campaignId)) return fieldError(parsed.values, "campaignId", "Choose one of your coalition's campaigns.");
  linkGuidanceToCampaign(item.id, organization.id, parsed.data.campaignId || null);
  return data({ linked: true });
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default function InboxGuidance() {
  const { organization } = useOrganization();
  const { item, verifiedBy, html, changes, earlier, canRespond, campaigns } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <section aria-labelledby="guidance-title">
      <p className="breadcrumb">
        <Link to={`/o/${organization.slug}/inbox`}>Guidance inbox</Link>
      </p>
      <h1 id="guidance-title">{item.title}</h1>
      <p className="muted">
        From {item.agencyName} · <strong className="verified-mark">{verifiedBy}</strong> ·{" "}
        {inboxStateText[item.state]} · version {item.version}, {dateFormat.format(new Date(item.publishedAt))}
      </p>
      {item.version > 1 ? (
        <p className="notice">
          Updated {dateFormat.format(new Date(item.publishedAt))}
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
          <SelectField name="campaignId" label="Use it in a campaign" defaultValue={failure.values.campaignId ?? item.campaignId} error={failure.errors.campaignId}>
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
      {earlier.length > 0 ? (
        <>
          <h2>Earlier versions</h2>
          <ul>
            {earlier.map((v) => (
              <li key={v.version}>
                Version {v.version}, {dateFormat.format(new Date(v.at))}: {v.title}
                {v.changeNote ? ` (${v.changeNote})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
