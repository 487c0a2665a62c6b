import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { TextField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { verificationLimits } from "~/lib/agency-verification";
import { verificationRequestSchema } from "~/lib/agency-verification.server";
import { useFormFailure } from "~/lib/form-failure";
import { formatMoment } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { can } from "~/lib/permissions";
import { requestForPage, saveVerificationRequest, verificationStatus } from "~/models/agency-verification.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Verification · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role } = await requireMembership(request, params.slug, "verification.view");
  const { state, request: sent } = verificationStatus(organization);
  const shown = requestForPage(sent);
  return {
    state,
    canRequest: can(organization.kind, role, "verification.request") && state !== "verified",
    request: shown && { ...shown, at: formatMoment(shown.at, "dateTime", organization.timeZone) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "verification.request");
  const form = await readForm(request);
  if (organization.verifiedAt) {
    return data({ errors: { form: "Your agency is already verified." }, values: {} }, { status: 400 });
  }
  const parsed = parseForm(form, verificationRequestSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  saveVerificationRequest(organization.id, parsed.data, user);
  return { saved: true };
}

const stateText = {
  verified: "Your agency is verified. Coalitions in your state see what you publish, marked as verified.",
  revoked:
    "The operators of this server withdrew your agency's verification. Coalitions no longer see your guidance or " +
    "notes, and no emails go out. Your work is kept. Update your request below and the operators will look at it " +
    "again.",
  requested:
    "Your request is with the operators of this server. They check it against public records, usually by calling or " +
    "emailing the official contacts you gave. Once they verify your agency, what you publish reaches coalitions.",
  "not-requested":
    "Your agency is not verified yet. Tell the operators of this server who you are so they can check it. Until then " +
    "you can write drafts and preview them, but nothing reaches coalitions.",
} as const;

export default function Verification() {
  const { state, canRequest, request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const value = (field: keyof NonNullable<typeof request>) => failure.values[field] ?? request?.[field] ?? "";
  const status = (
    <>
      {result && "saved" in result ? (
        <p className="notice notice--success" role="status">
          Thank you. Your request is with the operators. They will check it and verify your agency; this page will say
          when.
        </p>
      ) : null}
      <p className={state === "verified" ? "notice notice--success" : "notice"}>{stateText[state]}</p>
      {request ? (
        <p className="muted">
          Request sent by {request.by}, {request.at}.
        </p>
      ) : null}
    </>
  );
  if (!canRequest) {
    return (
      <section className="narrow" aria-labelledby="verification-title">
        <h1 id="verification-title">Verification</h1>
        {status}
        {request ? (
          <dl className="facts">
            {(
              [
                ["Official name", request.officialName],
                ["Official email", request.officialEmail],
                ["Phone", request.phone],
                ["Website", request.website],
              ] as const
            ).map(([label, text]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        ) : state !== "verified" ? (
          <p>Your agency's owner sends the request.</p>
        ) : null}
      </section>
    );
  }
  return (
    <FormSection
      id="verification-title"
      title="Verification"
      failure={failure}
      submitLabel={request ? "Update the request" : "Send the request"}
      busyLabel="Sending…"
    >
      {status}
      <p>
        Give the agency's official contacts, as published on its own website, so the operators can check them. They may
        call or write to confirm.
      </p>
      <TextField
        name="officialName"
        label="The agency's official name"
        required
        maxLength={verificationLimits.officialName}
        defaultValue={value("officialName")}
        error={failure.errors.officialName}
      />
      <TextField
        name="requesterRole"
        label="Your role at the agency"
        hint="For example: Director, Office of Family Engagement"
        required
        maxLength={verificationLimits.requesterRole}
        defaultValue={value("requesterRole")}
        error={failure.errors.requesterRole}
      />
      <TextField
        name="officialEmail"
        label="Your official email address"
        hint="An address at the agency's own domain."
        type="email"
        required
        maxLength={limits.email}
        defaultValue={value("officialEmail")}
        error={failure.errors.officialEmail}
      />
      <TextField
        name="phone"
        label="The agency's phone number"
        type="tel"
        required
        maxLength={verificationLimits.phone}
        defaultValue={value("phone")}
        error={failure.errors.phone}
      />
      <TextField
        name="website"
        label="The agency's website"
        hint="Its https address, like https://education.ohio.gov"
        type="url"
        required
        maxLength={verificationLimits.website}
        defaultValue={value("website")}
        error={failure.errors.website}
      />
    </FormSection>
  );
}
