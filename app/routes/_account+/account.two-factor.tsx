import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { endOtherSessions, type SessionUser } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { safeRedirect } from "~/lib/schemas.server";
import { qrCodeSvg } from "~/lib/two-factor-qr.server";
import {
  cancelEnrolment,
  confirmEnrolment,
  disableTwoFactor,
  pendingEnrolment,
  twoFactorStatus,
} from "~/models/two-factor.server";
import { verifyLogin } from "~/models/user.server";
import { requestTranslator } from "~/services/i18n.server";
import { isOperator, twoFactorRequired } from "~/services/permissions.server";
import { requireUser } from "~/services/session.server";

import { actionSchema } from "./__two-factor-form.server";

export const handle = { i18n: ["account"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

/** Why this person may not go without a second step (a catalog key); null when it is their choice. */
function requirementReason(user: SessionUser) {
  if (user.inVerifiedAgency) return "account:twoFactor.reason.agency";
  if (isOperator(user)) return "account:twoFactor.reason.operator";
  return null;
}

function splitSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), "");
  const status = twoFactorStatus(user.id);
  const { t } = await requestTranslator(request, "account");
  // The secret appears only while it is being set up; once confirmed, no page shows it again. A replacement is
  // started by a post (intent=replace), so this page never makes one on a visit, or again after it is done.
  const enrolment = !status.enabled
    ? pendingEnrolment(user.id, user.email, { create: true })
    : url.searchParams.get("replace") === "1"
      ? pendingEnrolment(user.id, user.email, { create: false })
      : null;
  return {
    ...status,
    title: t("twoFactor.metaTitle"),
    reason: requirementReason(user),
    redirectTo,
    setup: enrolment ? { secret: splitSecret(enrolment.secret), qrSvg: await qrCodeSvg(enrolment.uri) } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), actionSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const input = parsed.data;
  const status = twoFactorStatus(user.id);
  if (input.intent === "replace") {
    if (status.enabled) pendingEnrolment(user.id, user.email, { create: true });
    return redirect(href("/account/two-factor", {}, { replace: 1 }));
  }
  if (input.intent === "cancel") {
    cancelEnrolment(user.id);
    return redirect(href("/account/two-factor"));
  }
  if (input.intent === "disable") {
    if (twoFactorRequired(user)) {
      return data(
        {
          errors: { form: "account:twoFactor.form.required" },
          values: {},
        },
        { status: 403 },
      );
    }
    if (!status.enabled) return redirect(href("/account/two-factor"));
    if (!(await verifyLogin(user.email, input.password)))
      return fieldError(parsed.values, "password", "account:twoFactor.form.passwordWrong");
    disableTwoFactor(user.id);
    return { turnedOff: true };
  }
  // Replacing a second step in use asks for the password too: a session left open is not enough to swap it.
  if (status.enabled) {
    if (!input.password) return fieldError(parsed.values, "password", "account:twoFactor.form.passwordRequired");
    if (!(await verifyLogin(user.email, input.password)))
      return fieldError(parsed.values, "password", "account:twoFactor.form.passwordWrong");
  }
  const result = confirmEnrolment(user.id, input.code);
  if (!("recoveryCodes" in result)) {
    return fieldError(parsed.values, "code", "account:twoFactor.form.codeWrong");
  }
  // Whoever else was signed in (perhaps with a stolen password) must now pass the new second step.
  await endOtherSessions(request, user.id);
  return { recoveryCodes: result.recoveryCodes, redirectTo: safeRedirect(input.redirectTo, href("/home")) };
}

export default function TwoFactorPage() {
  const { enabled, recoveryCodesLeft, reason, redirectTo, setup } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const codes = result && "recoveryCodes" in result ? result.recoveryCodes : undefined;
  if (codes && result && "redirectTo" in result)
    return <RecoveryCodes codes={codes} next={result.redirectTo ?? href("/home")} />;
  return (
    <section className="narrow" aria-labelledby="two-factor-title">
      <h1 id="two-factor-title">{t("twoFactor.title")}</h1>
      {result && "turnedOff" in result ? (
        <p className="notice" role="status">
          {t("twoFactor.turnedOff")}
        </p>
      ) : null}
      {reason ? (
        <div className="notice" role={enabled ? undefined : "alert"}>
          <h2>{enabled ? t("twoFactor.needed") : t("twoFactor.neededFirst")}</h2>
          <p>{t(reason)}</p>
          {/* A refused "turn off" (posted without the form, which this account does not show). */}
          {failure.errors.form ? <p role="alert">{failure.errors.form}</p> : null}
        </div>
      ) : null}
      <p>{t("twoFactor.lead")}</p>
      {enabled && !setup ? (
        <>
          <p className="notice notice--success">{t("twoFactor.on", { count: recoveryCodesLeft })}</p>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="replace" />
            <p>
              <button type="submit" className="button button--secondary">
                {t("twoFactor.move")}
              </button>
            </p>
            <p className="muted">{t("twoFactor.moveHint")}</p>
          </Form>
          {reason ? null : (
            <Form method="post" noValidate className="stack">
              <h2>{t("twoFactor.turnOffTitle")}</h2>
              <FormErrorSummary errors={failure.errors} />
              <input type="hidden" name="intent" value="disable" />
              <TextField
                name="password"
                label={t("twoFactor.password")}
                type="password"
                autoComplete="current-password"
                required
                maxLength={limits.passwordMax}
                error={failure.errors.password}
              />
              <button type="submit" className="button button--danger-outline" disabled={busy}>
                {t("twoFactor.turnOff")}
              </button>
            </Form>
          )}
        </>
      ) : null}
      {setup ? (
        <Form
          method="post"
          action={enabled ? href("/account/two-factor", {}, { replace: 1 }) : href("/account/two-factor")}
          noValidate
          className="stack"
        >
          <h2>{enabled ? t("twoFactor.moveTitle") : t("twoFactor.setUpTitle")}</h2>
          <FormErrorSummary errors={failure.errors} />
          <ol className="steps">
            <li>
              {t("twoFactor.scan")}
              <div dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
              <p>
                {t("twoFactor.typeKey")}{" "}
                <code className="copy-field" id="two-factor-secret">
                  {setup.secret}
                </code>
              </p>
            </li>
            <li>{t("twoFactor.enterCode")}</li>
          </ol>
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField
            name="code"
            label={t("twoFactor.code")}
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9 ]*"
            maxLength={7}
            required
            defaultValue={failure.values.code}
            error={failure.errors.code}
          />
          {enabled ? (
            <TextField
              name="password"
              label={t("twoFactor.password")}
              type="password"
              autoComplete="current-password"
              required
              maxLength={limits.passwordMax}
              error={failure.errors.password}
            />
          ) : (
            <input type="hidden" name="password" value="" />
          )}
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("twoFactor.busy") : enabled ? t("twoFactor.useNew") : t("twoFactor.turnOn")}
          </button>
        </Form>
      ) : null}
      {setup && enabled ? (
        <Form method="post" action={href("/account/two-factor")}>
          <input type="hidden" name="intent" value="cancel" />
          <button type="submit" className="link-button">
            {t("twoFactor.keep")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const { t } = useTranslation("account");
  return (
    <section className="narrow" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t("twoFactor.recovery.title")}</h1>
      <div className="notice notice--success" role="status">
        <h2>{t("twoFactor.recovery.saveTitle")}</h2>
        <p>{t("twoFactor.recovery.text")}</p>
      </div>
      <ul className="copy-field" id="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p>
        <Link className="button" to={next}>
          {t("twoFactor.recovery.continue")}
        </Link>
      </p>
    </section>
  );
}
