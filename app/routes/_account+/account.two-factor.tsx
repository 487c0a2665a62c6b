import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";

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
import { isOperator, twoFactorRequired } from "~/services/permissions.server";
import { requireUser } from "~/services/session.server";

import { actionSchema } from "./__two-factor-form.server";

export const handle = { i18n: ["account"] };

export const meta: MetaFunction = () => [{ title: "Two-step sign-in · Fulcrum" }];

/** Why this person may not go without a second step, in words for the page; null when it is their choice. */
function requirementReason(user: SessionUser): string | null {
  if (user.inVerifiedAgency) {
    return (
      "You work for a verified state agency: what you publish reaches coalitions as the state's word. " +
      "A second step means a stolen or guessed password alone cannot be used to speak for the state."
    );
  }
  if (isOperator(user)) {
    return "You run this Fulcrum server. A second step means a stolen or guessed password alone cannot take it over.";
  }
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
  // The secret appears only while it is being set up; once confirmed, no page shows it again. A replacement is
  // started by a post (intent=replace), so this page never makes one on a visit, or again after it is done.
  const enrolment = !status.enabled
    ? pendingEnrolment(user.id, user.email, { create: true })
    : url.searchParams.get("replace") === "1"
      ? pendingEnrolment(user.id, user.email, { create: false })
      : null;
  return {
    ...status,
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
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const codes = result && "recoveryCodes" in result ? result.recoveryCodes : undefined;
  if (codes && result && "redirectTo" in result)
    return <RecoveryCodes codes={codes} next={result.redirectTo ?? href("/home")} />;
  return (
    <section className="narrow" aria-labelledby="two-factor-title">
      <h1 id="two-factor-title">Two-step sign-in</h1>
      {result && "turnedOff" in result ? (
        <p className="notice" role="status">
          Two-step sign-in is off. Logging in now takes only your password.
        </p>
      ) : null}
      {reason ? (
        <div className="notice" role={enabled ? undefined : "alert"}>
          <h2>{enabled ? "Your account needs this" : "Please set this up before you go on"}</h2>
          <p>{reason}</p>
          {/* A refused "turn off" (posted without the form, which this account does not show). */}
          {failure.errors.form ? <p role="alert">{failure.errors.form}</p> : null}
        </div>
      ) : null}
      <p>
        With two-step sign-in, logging in takes your password and a 6-digit code from an authenticator app on your phone
        (such as Google Authenticator, Microsoft Authenticator, 1Password or Aegis). The code changes every 30 seconds.
      </p>
      {enabled && !setup ? (
        <>
          <p className="notice notice--success">
            Two-step sign-in is on. You have {recoveryCodesLeft} unused recovery code
            {recoveryCodesLeft === 1 ? "" : "s"}.
          </p>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="replace" />
            <p>
              <button type="submit" className="button button--secondary">
                Move it to a new phone or app
              </button>
            </p>
            <p className="muted">
              You will scan a new code, and get new recovery codes. The old app keeps working until then.
            </p>
          </Form>
          {reason ? null : (
            <Form method="post" noValidate className="stack">
              <h2>Turn it off</h2>
              <FormErrorSummary errors={failure.errors} />
              <input type="hidden" name="intent" value="disable" />
              <TextField
                name="password"
                label="Your password"
                type="password"
                autoComplete="current-password"
                required
                maxLength={limits.passwordMax}
                error={failure.errors.password}
              />
              <button type="submit" className="button button--danger-outline" disabled={busy}>
                Turn off two-step sign-in
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
          <h2>{enabled ? "Move it to a new app" : "Set it up"}</h2>
          <FormErrorSummary errors={failure.errors} />
          <ol className="steps">
            <li>
              In your authenticator app, add an account and scan this code:
              <div dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
              <p>
                Or type this key instead:{" "}
                <code className="copy-field" id="two-factor-secret">
                  {setup.secret}
                </code>
              </p>
            </li>
            <li>Enter the 6-digit code the app now shows for Fulcrum.</li>
          </ol>
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField
            name="code"
            label="6-digit code"
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
              label="Your password"
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
            {busy ? "Checking…" : enabled ? "Use the new app" : "Turn on two-step sign-in"}
          </button>
        </Form>
      ) : null}
      {setup && enabled ? (
        <Form method="post" action={href("/account/two-factor")}>
          <input type="hidden" name="intent" value="cancel" />
          <button type="submit" className="link-button">
            Keep the app I have
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  return (
    <section className="narrow" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Two-step sign-in is on</h1>
      <div className="notice notice--success" role="status">
        <h2>Save your recovery codes now</h2>
        <p>
          If you lose your phone, each of these codes lets you log in once instead of a code from the app. Write them
          down or save them somewhere safe. Fulcrum shows them only this once.
        </p>
      </div>
      <ul className="copy-field" id="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <p>
        <Link className="button" to={next}>
          I saved them, continue
        </Link>
      </p>
    </section>
  );
}
