import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { challengeTokenCookie, readChallengeToken, startSession } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import {
  accountRetryAfter,
  claimAttempt,
  clearAccountFailures,
  endChallenge,
  findChallenge,
  recordWrongCode,
  verifySecondFactor,
  type SecondFactorCheck,
} from "~/models/two-factor.server";
import { requireAnonymous } from "~/services/session.server";

import { secondStepSchema } from "./__second-step-form.server";

export const meta: MetaFunction = () => [{ title: "Your sign-in code · Fulcrum" }];

export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

const wrongMessages: Record<Extract<SecondFactorCheck, { ok: false }>["reason"], string> = {
  wrong: "That code is not right. Check the newest code in your app and try again.",
  replayed: "That code was just used. Wait for the next code in your app, then enter it.",
  "used-recovery-code": "That recovery code was already used: each one works once. Try another.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const token = await readChallengeToken(request);
  return { active: Boolean(token && findChallenge(token)) };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await readForm(request);
  const token = await readChallengeToken(request);
  const challenge = token ? findChallenge(token) : null;
  const clear = { "Set-Cookie": await challengeTokenCookie(request, null) };
  if (!challenge) {
    const message = "This sign-in took more than 10 minutes or was started over. Please log in again.";
    return data({ errors: { form: message }, values: {}, restart: true }, { status: 400, headers: clear });
  }
  const parsed = parseForm(form, secondStepSchema);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const { intent, code } = parsed.data;
  const values = { code: parsed.values.code ?? "" };
  const field = intent === "recovery" ? "recoveryCode" : "code";
  if (!code) {
    const message =
      intent === "recovery" ? "Enter one of your recovery codes." : "Enter the 6-digit code from your app.";
    return data({ errors: { [field]: message }, values, intent }, { status: 400 });
  }
  const retryAfter = accountRetryAfter(challenge.userId);
  if (retryAfter > 0) {
    const minutes = Math.ceil(retryAfter / 60);
    const message = `Too many wrong codes for this account. Please wait ${minutes} minute${
      minutes === 1 ? "" : "s"
    } and try again.`;
    return data(
      { errors: { form: message }, values, intent },
      { status: 429, headers: { "Retry-After": String(retryAfter) } },
    );
  }
  const tries = claimAttempt(challenge);
  if (tries === null) {
    const message = "This sign-in took more than 10 minutes or had too many wrong codes. Please log in again.";
    return data({ errors: { form: message }, values: {}, restart: true }, { status: 400, headers: clear });
  }
  const check = verifySecondFactor(challenge.userId, code);
  if (!check.ok) {
    const left = recordWrongCode(challenge, tries);
    if (left === 0) {
      const message = "That was too many wrong codes. For your safety, please log in again from the start.";
      return data({ errors: { form: message }, values: {}, restart: true }, { status: 400, headers: clear });
    }
    const message = `${wrongMessages[check.reason]} (${left} ${left === 1 ? "try" : "tries"} left.)`;
    return data({ errors: { [field]: message }, values, intent }, { status: 400 });
  }
  // Two requests with the same right code: only the one that ends the sign-in gets a session.
  if (!endChallenge(challenge)) {
    return data(
      { errors: { form: "This sign-in is already finished. Please log in again." }, values: {}, restart: true },
      { status: 400, headers: clear },
    );
  }
  clearAccountFailures(challenge.userId);
  const headers = new Headers(clear);
  headers.append("Set-Cookie", await startSession(request, challenge.userId));
  return redirect(challenge.redirectTo, { headers });
}

export default function SecondStep() {
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const { active } = useLoaderData<typeof loader>();
  const restart = "restart" in failure || !active;
  const restartMessage =
    failure.errors.form ?? "This sign-in took more than 10 minutes or was started over. Please log in again.";
  const usingRecovery = "intent" in failure && failure.intent === "recovery";
  return (
    <section className="narrow" aria-labelledby="second-step-title">
      <h1 id="second-step-title">Enter your sign-in code</h1>
      {restart ? (
        <>
          <p className="notice notice--error" role="alert">
            {restartMessage}
          </p>
          <p>
            <Link className="button" to={href("/login")}>
              Log in again
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>Your password was right. Open your authenticator app and enter the 6-digit code it shows for Fulcrum.</p>
          <Form method="post" noValidate className="stack">
            <FormErrorSummary errors={failure.errors} fieldIds={usingRecovery ? { code: "recoveryCode" } : undefined} />
            <input type="hidden" name="intent" value="code" />
            <TextField
              name="code"
              label="6-digit code"
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9 ]*"
              maxLength={40}
              required
              defaultValue={usingRecovery ? "" : failure.values.code}
              error={failure.errors.code}
            />
            <button type="submit" className="button" disabled={busy}>
              {busy ? "Checking…" : "Log in"}
            </button>
          </Form>
          <details className="confirm" open={usingRecovery}>
            <summary className="link-button">Lost your phone? Use a recovery code</summary>
            <Form method="post" noValidate className="stack">
              <input type="hidden" name="intent" value="recovery" />
              <TextField
                name="code"
                id="recoveryCode"
                label="Recovery code"
                hint="One of the ten codes you saved when you set this up, like abcde-fghjk. Each works once."
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={40}
                required
                defaultValue={usingRecovery ? failure.values.code : ""}
                error={failure.errors.recoveryCode}
              />
              <button type="submit" className="button button--secondary" disabled={busy}>
                Log in with a recovery code
              </button>
            </Form>
          </details>
        </>
      )}
    </section>
  );
}
