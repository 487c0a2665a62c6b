import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { clientAddress } from "~/lib/request.server";
import { loginSchema, safeRedirect } from "~/lib/schemas.server";
import { waitText } from "~/lib/wait-text";
import { claimLoginAttempt, loginSucceeded } from "~/models/login-throttle.server";
import { userSuspension } from "~/models/report.server";
import { verifyLogin } from "~/models/user.server";
import { requestTranslator } from "~/services/i18n.server";
import { suspendedAccountMessage } from "~/services/permissions.server";
import { afterPassword, requireAnonymous } from "~/services/session.server";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

// Document responses only carry a route's own headers through this export: Retry-After on a 429.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = await requestTranslator(request, "auth");
  return { title: t("login.metaTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const parsed = parseForm(formData, loginSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const { email, password } = parsed.data;
  const ip = clientAddress(request);
  const values = { email: parsed.values.email ?? "", redirectTo: parsed.values.redirectTo ?? "" };

  // Counted before the password is checked, so that parallel attempts cannot all pass the limit.
  const attempt = claimLoginAttempt(email, ip);
  if (!attempt.ok) {
    const { t } = await requestTranslator(request, "auth");
    const form = t("login.tooMany", { wait: waitText(t, attempt.retryAfter) });
    return data({ errors: { form }, values }, { status: 429, headers: { "Retry-After": String(attempt.retryAfter) } });
  }
  const user = await verifyLogin(email, password);
  if (!user) {
    // The same words whether or not the email has an account; the claimed attempt stays counted.
    return data({ errors: { form: "auth:login.noMatch" }, values }, { status: 400 });
  }
  loginSucceeded(attempt);
  // Said only to someone who knows the password, so it reveals nothing about other accounts.
  const suspension = userSuspension(user.id);
  if (suspension) {
    const [message, messageValues] = suspendedAccountMessage(suspension.reason);
    return data({ errors: { form: message }, values, messageValues: { form: messageValues } }, { status: 403 });
  }
  // A session now, or first the second step for an account that has one.
  return afterPassword(request, user.id, safeRedirect(formData.get("redirectTo")));
}

export default function LoginPage() {
  const { t } = useTranslation("auth");
  const { errors, values } = useFormFailure();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const redirectTo = values.redirectTo ?? searchParams.get("redirectTo") ?? "";
  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          label={t("login.email")}
          type="email"
          autoComplete="email"
          required
          maxLength={limits.email}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="password"
          label={t("login.password")}
          type="password"
          autoComplete="current-password"
          required
          maxLength={limits.passwordMax}
          error={errors.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("login.busy") : t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to={href("/forgot-password")}>{t("login.forgot")}</Link>
      </p>
      <p>
        <Trans
          t={t}
          i18nKey="login.newHere"
          components={{ signup: <Link to={href("/signup", {}, { redirectTo })} /> }}
        />
      </p>
    </section>
  );
}
