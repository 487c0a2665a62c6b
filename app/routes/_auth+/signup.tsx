import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { Trans } from "~/components/trans";
import { startSession } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { clientAddress } from "~/lib/request.server";
import { safeRedirect, signupSchema } from "~/lib/schemas.server";
import { waitText } from "~/lib/wait-text";
import { claimSignup, createUser, EmailTakenError } from "~/models/user.server";
import { emailVerification } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireAnonymous } from "~/services/session.server";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

// Document responses only carry a route's own headers through this export: Retry-After on a 429.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const { t } = await requestTranslator(request, "auth");
  return { title: t("signup.metaTitle") };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const parsed = parseForm(formData, signupSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  // Counted before the password is hashed, so that parallel attempts cannot all pass the limits.
  const claim = claimSignup(parsed.data.email, clientAddress(request));
  const { t, language } = await requestTranslator(request, "auth");
  if (claim.outcome === "wait") {
    const { password: _password, ...values } = parsed.values;
    const form = t("signup.tooMany", { wait: waitText(t, claim.retryAfter) });
    return data({ errors: { form }, values }, { status: 429, headers: { "Retry-After": String(claim.retryAfter) } });
  }
  if (claim.outcome === "taken") return fieldError(parsed.values, "email", new EmailTakenError().message);
  return explainConflicts(parsed.values, async () => {
    const user = await createUser({ ...parsed.data, language });
    emailVerification(user);
    const cookie = await startSession(request, user.id);
    return redirect(safeRedirect(formData.get("redirectTo"), href("/orgs/new")), { headers: { "Set-Cookie": cookie } });
  });
}

export default function SignupPage() {
  const { t } = useTranslation("auth");
  const { errors, values } = useFormFailure();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <section className="narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">{t("signup.title")}</h1>
      <p>{t("signup.lead")}</p>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={errors} />
        <input type="hidden" name="redirectTo" value={values.redirectTo ?? redirectTo} />
        <TextField
          name="name"
          label={t("signup.name")}
          autoComplete="name"
          required
          maxLength={limits.personName}
          defaultValue={values.name}
          error={errors.name}
        />
        <TextField
          name="email"
          label={t("signup.email")}
          type="email"
          autoComplete="email"
          required
          maxLength={limits.email}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="password"
          label={t("signup.password")}
          type="password"
          autoComplete="new-password"
          required
          minLength={limits.passwordMin}
          maxLength={limits.passwordMax}
          hint={t("signup.passwordHint", { minimum: limits.passwordMin })}
          error={errors.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("signup.busy") : t("signup.submit")}
        </button>
      </Form>
      <p>
        <Trans
          t={t}
          i18nKey="signup.haveAccount"
          components={{ login: <Link to={href("/login", {}, { redirectTo })} /> }}
        />
      </p>
    </section>
  );
}
