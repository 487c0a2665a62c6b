import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

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
import { requestTranslator } from "~/services/i18n.server";
import { requireAnonymous } from "~/services/session.server";

import { secondStepSchema } from "./__second-step-form.server";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

// Each with the tries left as its count.
const wrongMessages = {
  wrong: "auth:secondStep.wrong",
  replayed: "auth:secondStep.replayed",
  "used-recovery-code": "auth:secondStep.usedRecoveryCode",
} as const satisfies Record<Extract<SecondFactorCheck, { ok: false }>["reason"], string>;

const expiredMessage = "auth:secondStep.expired";

// The recovery form's code field has its own id on the page.
const recoveryFieldIds = { code: "recoveryCode" };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const token = await readChallengeToken(request);
  const { t } = await requestTranslator(request, "auth");
  return { active: Boolean(token && findChallenge(token)), title: t("secondStep.metaTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await readForm(request);
  const token = await readChallengeToken(request);
  const challenge = token ? findChallenge(token) : null;
  const clear = { "Set-Cookie": await challengeTokenCookie(request, null) };
  if (!challenge) {
    return data({ errors: { form: expiredMessage }, values: {}, restart: true }, { status: 400, headers: clear });
  }
  const parsed = parseForm(form, secondStepSchema);
  if (!parsed.ok) return data(parsed.failure, { status: 400 });
  const { intent, code } = parsed.data;
  const values = { code: parsed.values.code ?? "" };
  const field = intent === "recovery" ? "recoveryCode" : "code";
  if (!code) {
    const message = intent === "recovery" ? "auth:secondStep.recoveryRequired" : "auth:secondStep.codeRequired";
    return data({ errors: { [field]: message }, values, intent }, { status: 400 });
  }
  const retryAfter = accountRetryAfter(challenge.userId);
  if (retryAfter > 0) {
    const messageValues = { form: { count: Math.ceil(retryAfter / 60) } };
    return data(
      { errors: { form: "auth:secondStep.tooMany" }, messageValues, values, intent },
      { status: 429, headers: { "Retry-After": String(retryAfter) } },
    );
  }
  const tries = claimAttempt(challenge);
  if (tries === null) {
    const form = "auth:secondStep.expiredOrTooMany";
    return data({ errors: { form }, values: {}, restart: true }, { status: 400, headers: clear });
  }
  const check = verifySecondFactor(challenge.userId, code);
  if (!check.ok) {
    const left = recordWrongCode(challenge, tries);
    if (left === 0) {
      const form = "auth:secondStep.lastTry";
      return data({ errors: { form }, values: {}, restart: true }, { status: 400, headers: clear });
    }
    const messageValues = { [field]: { count: left } };
    return data({ errors: { [field]: wrongMessages[check.reason] }, messageValues, values, intent }, { status: 400 });
  }
  // Two requests with the same right code: only the one that ends the sign-in gets a session.
  if (!endChallenge(challenge)) {
    return data(
      { errors: { form: "auth:secondStep.finished" }, values: {}, restart: true },
      { status: 400, headers: clear },
    );
  }
  clearAccountFailures(challenge.userId);
  const headers = new Headers(clear);
  headers.append("Set-Cookie", await startSession(request, challenge.userId));
  return redirect(challenge.redirectTo, { headers });
}

export default function SecondStep() {
  const { t } = useTranslation("auth");
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const { active } = useLoaderData<typeof loader>();
  const restart = "restart" in failure || !active;
  const restartMessage = failure.errors.form ?? t(expiredMessage);
  const usingRecovery = "intent" in failure && failure.intent === "recovery";
  return (
    <section className="narrow" aria-labelledby="second-step-title">
      <h1 id="second-step-title">{t("secondStep.title")}</h1>
      {restart ? (
        <>
          <p className="notice notice--error" role="alert">
            {restartMessage}
          </p>
          <p>
            <Link className="button" to={href("/login")}>
              {t("secondStep.logInAgain")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("secondStep.lead")}</p>
          <Form method="post" noValidate className="stack">
            <FormErrorSummary errors={failure.errors} fieldIds={usingRecovery ? recoveryFieldIds : undefined} />
            <input type="hidden" name="intent" value="code" />
            <TextField
              name="code"
              label={t("secondStep.code")}
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9 ]*"
              maxLength={40}
              required
              defaultValue={usingRecovery ? "" : failure.values.code}
              error={failure.errors.code}
            />
            <button type="submit" className="button" disabled={busy}>
              {busy ? t("secondStep.busy") : t("secondStep.submit")}
            </button>
          </Form>
          <details className="confirm" open={usingRecovery}>
            <summary className="link-button">{t("secondStep.lostPhone")}</summary>
            <Form method="post" noValidate className="stack">
              <input type="hidden" name="intent" value="recovery" />
              <TextField
                name="code"
                id="recoveryCode"
                label={t("secondStep.recoveryCode")}
                hint={t("secondStep.recoveryHint")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={40}
                required
                defaultValue={usingRecovery ? failure.values.code : ""}
                error={failure.errors.recoveryCode}
              />
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t("secondStep.recoverySubmit")}
              </button>
            </Form>
          </details>
        </>
      )}
    </section>
  );
}
