import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatMoment } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { renderMarkdownReport } from "~/lib/markdown.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { typologyKeys } from "~/lib/typology/keys";
import { guidanceVersions, NotPublishableError, publishGuidance, withdrawGuidance } from "~/models/guidance.server";
import { emailGuidancePublished } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireAgencyGuidance } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { publishSchema } from "./__guidance-form.server";
import { guidanceLimits } from "./__guidance-limits";
import { SanitizerReport } from "./__sanitizer-report";

export const meta: MetaFunction = () => [{ title: "Guidance · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { guidance, organization } = await requireAgencyGuidance(request, params);
  const versions = guidanceVersions(guidance.id);
  const { t } = await requestTranslator(request, "typology");
  const latest = versions[0];
  const unpublishedChanges =
    !latest ||
    latest.title !== guidance.title ||
    latest.summary !== guidance.summary ||
    latest.body !== guidance.body ||
    JSON.stringify(latest.audienceTypes) !== JSON.stringify(guidance.audienceTypes);
  return {
    guidance: {
      id: guidance.id,
      title: guidance.title,
      summary: guidance.summary,
      status: guidance.status,
      audience: guidance.audienceTypes.map((type) => t(typologyKeys.systemType[type].name)),
    },
    preview: renderMarkdownReport(guidance.body),
    unpublishedChanges,
    verified: Boolean(organization.verifiedAt),
    versions: versions.map((v) => ({
      version: v.version,
      changeNote: v.changeNote,
      by: v.publishedByName,
      at: formatMoment(v.publishedAt, "dateTime", organization.timeZone),
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
    return data({ errors: { form: error.message }, values: parsed.values }, { status: 403 });
  }
  emailGuidancePublished(guidance.id, version);
  return redirectWithConfirmation(
    href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: guidance.id }),
    "guidance-published",
  );
}

export default function AgencyGuidanceItem() {
  const { organization } = useOrganization();
  const { guidance, preview, unpublishedChanges, versions, verified } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const published = versions.length > 0;
  return (
    <section aria-labelledby="guidance-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/guidance", { slug: organization.slug })}>All guidance</Link>
      </p>
      <h1 id="guidance-title">{guidance.title}</h1>
      <p className="muted">
        {guidance.status === "draft"
          ? "Draft, not published"
          : guidance.status === "withdrawn"
            ? "Withdrawn: coalitions no longer see it"
            : `Published, version ${versions[0]!.version}`}
        {" · "}For{" "}
        {guidance.audience.length === 0
          ? "every coalition in the state"
          : `coalitions whose district is declared ${guidance.audience.join(" or ")}`}
      </p>
      {guidance.summary ? <p>{guidance.summary}</p> : null}
      <p>
        <Link to="edit">Edit</Link>
      </p>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <input type="hidden" name="intent" value="publish" />
        {published ? (
          <TextField
            name="changeNote"
            label="What changed (shown to coalitions)"
            maxLength={guidanceLimits.changeNote}
            defaultValue={failure.values.changeNote}
            error={failure.errors.changeNote}
          />
        ) : (
          <input type="hidden" name="changeNote" value="" />
        )}
        {verified ? null : (
          <p className="field__hint">
            Publishing opens once your agency is verified. Until then this stays a draft that only your agency sees.
          </p>
        )}
        <button
          type="submit"
          className="button"
          disabled={!verified || (published && !unpublishedChanges && guidance.status === "published")}
        >
          {published
            ? guidance.status === "withdrawn"
              ? "Publish again"
              : "Publish these changes"
            : "Publish to coalitions"}
        </button>
        {published && !unpublishedChanges && guidance.status === "published" ? (
          <p className="field__hint">Coalitions see exactly this version. Edit it to publish a revision.</p>
        ) : null}
      </Form>
      {guidance.status === "published" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="withdraw" />
          <button type="submit" className="button button--secondary">
            Withdraw from coalitions
          </button>
        </Form>
      ) : null}
      <h2>Preview</h2>
      <SanitizerReport removed={preview.removed} />
      <article className="playbook" dangerouslySetInnerHTML={{ __html: preview.html }} />
      <h2>Published versions</h2>
      {versions.length === 0 ? (
        <p className="muted">Not published yet.</p>
      ) : (
        <ol reversed className="timeline">
          {versions.map((v) => (
            <li key={v.version}>
              Version {v.version}, {v.at}, by {v.by}
              {v.changeNote ? `: ${v.changeNote}` : ""}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
