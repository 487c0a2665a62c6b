import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { TextField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { verificationLimits } from "~/lib/agency-verification";
import { useFormFailure } from "~/lib/form-failure";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { can } from "~/lib/permissions";
import { requestForPage, saveVerificationRequest, verificationStatus } from "~/models/agency-verification.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

import { verificationRequestSchema } from "./__verification-form.server";

export const handle = { i18n: ["agency"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role } = await requireMembership(request, params.slug, "verification.view");
  const { t, language } = await requestTranslator(request, "agency");
  const { state, request: sent } = verificationStatus(organization);
  const shown = requestForPage(sent);
  return {
    title: t("verification.metaTitle"),
    state,
    canRequest: can(organization.kind, role, "verification.request") && state !== "verified",
    request: shown && {
      ...shown,
      at: formatMoment(shown.at, "dateTime", organization.timeZone, localeFor(language)),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "verification.request");
  const form = await readForm(request);
  if (organization.verifiedAt) {
    return data({ errors: { form: "agency:verification.alreadyVerified" }, values: {} }, { status: 400 });
  }
  const parsed = parseForm(form, verificationRequestSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  saveVerificationRequest(organization.id, parsed.data, user);
  return { saved: true };
}

const stateKeys = {
  verified: "agency:verification.state.verified",
  revoked: "agency:verification.state.revoked",
  requested: "agency:verification.state.requested",
  "not-requested": "agency:verification.state.notRequested",
} as const satisfies Record<ReturnType<typeof verificationStatus>["state"], string>;

export default function Verification() {
  const { state, canRequest, request } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const { t } = useTranslation("agency");
  const value = (field: keyof NonNullable<typeof request>) => failure.values[field] ?? request?.[field] ?? "";
  const status = (
    <>
      {result && "saved" in result ? (
        <p className="notice notice--success" role="status">
          {t("verification.saved")}
        </p>
      ) : null}
      <p className={state === "verified" ? "notice notice--success" : "notice"}>{t(stateKeys[state])}</p>
      {request ? <p className="muted">{t("verification.sentBy", { name: request.by, date: request.at })}</p> : null}
    </>
  );
  if (!canRequest) {
    return (
      <section className="narrow" aria-labelledby="verification-title">
        <h1 id="verification-title">{t("verification.title")}</h1>
        {status}
        {request ? (
          <dl className="facts">
            {(
              [
                [t("verification.facts.officialName"), request.officialName],
                [t("verification.facts.officialEmail"), request.officialEmail],
                [t("verification.facts.phone"), request.phone],
                [t("verification.facts.website"), request.website],
              ] as const
            ).map(([label, text]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        ) : state !== "verified" ? (
          <p>{t("verification.ownerSends")}</p>
        ) : null}
      </section>
    );
  }
  return (
    <FormSection
      id="verification-title"
      title={t("verification.title")}
      failure={failure}
      submitLabel={request ? t("verification.update") : t("verification.send")}
      busyLabel={t("verification.sending")}
    >
      {status}
      <p>{t("verification.intro")}</p>
      <TextField
        name="officialName"
        label={t("verification.fields.officialName.label")}
        required
        maxLength={verificationLimits.officialName}
        defaultValue={value("officialName")}
        error={failure.errors.officialName}
      />
      <TextField
        name="requesterRole"
        label={t("verification.fields.requesterRole.label")}
        hint={t("verification.fields.requesterRole.hint")}
        required
        maxLength={verificationLimits.requesterRole}
        defaultValue={value("requesterRole")}
        error={failure.errors.requesterRole}
      />
      <TextField
        name="officialEmail"
        label={t("verification.fields.officialEmail.label")}
        hint={t("verification.fields.officialEmail.hint")}
        type="email"
        required
        maxLength={limits.email}
        defaultValue={value("officialEmail")}
        error={failure.errors.officialEmail}
      />
      <TextField
        name="phone"
        label={t("verification.fields.phone.label")}
        type="tel"
        required
        maxLength={verificationLimits.phone}
        defaultValue={value("phone")}
        error={failure.errors.phone}
      />
      <TextField
        name="website"
        label={t("verification.fields.website.label")}
        hint={t("verification.fields.website.hint")}
        type="url"
        required
        maxLength={verificationLimits.website}
        defaultValue={value("website")}
        error={failure.errors.website}
      />
    </FormSection>
  );
}
