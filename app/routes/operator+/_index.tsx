import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, SelectField, TextField } from "~/components/form-fields";
import { OperatorNav } from "~/components/operator-nav";
import { verificationLimits } from "~/lib/agency-verification";
import { operatorRenameSchema, verificationDecisionSchema } from "~/lib/agency-verification.server";
import { useFormFailure, type FormFailure } from "~/lib/form-failure";
import { formatMoment } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { limits } from "~/lib/limits";
import { stateName, usStates } from "~/lib/us-states";
import {
  decideVerification,
  findAgencyBySlug,
  listAgenciesForOperators,
  requestForPage,
  renameAgencyAsOperator,
} from "~/models/agency-verification.server";
import { requireOperator } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "State agencies · Operator · Fulcrum" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOperator(request);
  return {
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
  const rename = form.get("intent") === "rename";
  const parsed = rename ? parseForm(form, operatorRenameSchema) : parseForm(form, verificationDecisionSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (!findAgencyBySlug(parsed.data.slug)) notFound("There is no state agency at that address.");
  const result =
    parsed.data.intent === "rename"
      ? renameAgencyAsOperator(parsed.data.slug, parsed.data, operatorName, parsed.data.note)
      : decideVerification(parsed.data.slug, parsed.data.intent, operatorName, parsed.data.note);
  if (!result.ok) return data({ errors: { form: result.reason }, values: parsed.values }, { status: 400 });
  const done = { verify: "verified", revoke: "no longer verified", rename: "renamed" }[parsed.data.intent];
  return { saved: `${result.name} is ${done}. The decision is on its record below.` };
}

// Operators serve every state: their pages show UTC, named on each line.
const when = (iso: string) => formatMoment(iso, "dateTime", "UTC");
const actionText = { verify: "Verified", revoke: "Revoked", rename: "Renamed" } as const;

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
  const pending = agencies.filter((agency) => !agency.verifiedAt).length;
  return (
    <section aria-labelledby="operator-title">
      <OperatorNav />
      <h1 id="operator-title">State agencies</h1>
      <p>
        Verify an agency only once you have checked, outside Fulcrum, that the person works there: call the number on
        the agency's own website, or write to its official address. Until you verify it, nothing it writes reaches a
        coalition. Revoking hides its guidance and notes again and stops its emails; its work stays on record.
      </p>
      {result && "saved" in result ? (
        <p className="notice notice--success" role="status">
          {result.saved}
        </p>
      ) : null}
      <p className="muted">{pending === 0 ? "No agency is waiting." : `${pending} not verified, waiting first.`}</p>
      <ul className="card-list">
        {agencies.map((agency) => (
          <AgencyCard key={agency.slug} agency={agency} failure={failure} />
        ))}
      </ul>
    </section>
  );
}

function AgencyCard({ agency, failure }: { agency: Agency; failure: FormFailure }) {
  const decision = failureFor(failure, agency.slug, ["verify", "revoke"]);
  const rename = failureFor(failure, agency.slug, ["rename"]);
  const id = (field: string) => `${agency.slug}-${field}`;
  return (
    <li className="card" id={`agency-${agency.slug}`}>
      <h2>
        {agency.name}{" "}
        <span className="muted">
          ({stateName(agency.state)}, /o/{agency.slug})
        </span>
      </h2>
      <p>
        <strong>{agency.verifiedAt ? `Verified ${when(agency.verifiedAt)}` : "Not verified"}</strong> · created{" "}
        {when(agency.createdAt)}
      </p>
      {agency.request ? (
        <dl className="facts">
          {(
            [
              ["Official name", agency.request.officialName],
              ["Role", `${agency.request.requesterRole} (${agency.request.by})`],
              ["Official email", agency.request.officialEmail],
              ["Phone", agency.request.phone],
              ["Website", agency.request.website],
              ["Sent", when(agency.request.at)],
            ] as const
          ).map(([label, text]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">No verification request yet.</p>
      )}
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={decision.errors} fieldIds={{ note: id("note") }} />
        <input type="hidden" name="slug" value={agency.slug} />
        <input type="hidden" name="intent" value={agency.verifiedAt ? "revoke" : "verify"} />
        <TextField
          id={id("note")}
          name="note"
          label={agency.verifiedAt ? "Why you revoke it (kept on record)" : "How you checked it (kept on record)"}
          required
          maxLength={verificationLimits.note}
          defaultValue={decision.values.note}
          error={decision.errors.note}
        />
        <button type="submit" className={agency.verifiedAt ? "button button--danger" : "button"}>
          {agency.verifiedAt ? "Revoke verification" : "Verify this agency"}
          <span className="visually-hidden"> {agency.name}</span>
        </button>
      </Form>
      <details open={Boolean(rename.values.intent)}>
        <summary>Change its name or state</summary>
        <Form method="post" noValidate className="stack">
          <FormErrorSummary
            errors={rename.errors}
            fieldIds={{ name: id("name"), state: id("state"), note: id("rename-note") }}
          />
          <input type="hidden" name="slug" value={agency.slug} />
          <input type="hidden" name="intent" value="rename" />
          <TextField
            id={id("name")}
            name="name"
            label="Name"
            required
            maxLength={limits.orgName}
            defaultValue={rename.values.name ?? agency.name}
            error={rename.errors.name}
          />
          <SelectField
            id={id("state")}
            name="state"
            label="State"
            defaultValue={rename.values.state ?? agency.state}
            error={rename.errors.state}
          >
            {Object.entries(usStates).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id("rename-note")}
            name="note"
            label="Why (kept on record)"
            required
            maxLength={verificationLimits.note}
            defaultValue={rename.values.note}
            error={rename.errors.note}
          />
          <button type="submit" className="button button--secondary">
            Save name and state<span className="visually-hidden"> of {agency.name}</span>
          </button>
        </Form>
      </details>
      <h3>Record</h3>
      {agency.events.length === 0 ? (
        <p className="muted">No decisions yet.</p>
      ) : (
        <ol className="timeline">
          {agency.events.map((event) => (
            <li key={event.id}>
              {actionText[event.action]} {when(event.at)} by {event.by}: {event.note}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
