import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { Trans } from "~/components/trans";
import { endAllSessions } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { resetPasswordSchema, tokenParam } from "~/lib/schemas.server";
import { checkAccountToken } from "~/models/account-token.server";
import { resetPassword } from "~/models/user.server";
import { requestTranslator } from "~/services/i18n.server";
import { afterPassword } from "~/services/session.server";

import { closedLinkStatus, closedResetLink } from "./__account-links";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

function checkLink(token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  return parsed.success ? checkAccountToken(parsed.data, "reset-password") : ({ state: "not-found" } as const);
}

// The action answers with the message as a form error: after a 4xx answer, loaders are not asked again.
const closed = (state: "expired" | "used" | "not-found") =>
  data({ errors: { form: closedResetLink[state] }, values: {} }, { status: closedLinkStatus[state] });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const link = checkLink(params.token);
  const { t } = await requestTranslator(request, "auth");
  const title = t("reset.metaTitle");
  if (link.state !== "valid")
    return data({ closed: closedResetLink[link.state], title }, { status: closedLinkStatus[link.state] });
  return { closed: null, title };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const link = checkLink(params.token);
  if (link.state !== "valid") return closed(link.state);
  const parsed = parseForm(await readForm(request), resetPasswordSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (!(await resetPassword(link, parsed.data.password))) return closed("used");
  // Whoever held an old session (a lost phone, a shared computer) is logged out everywhere; this browser starts afresh.
  await endAllSessions(link.userId);
  // A reset link proves the mailbox, not the second step: an account with one still passes it.
  return afterPassword(request, link.userId, href("/home", {}, { password: "changed" }));
}

export default function ResetPassword() {
  const { closed: closedMessage } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const message = closedMessage ? t(closedMessage) : failure.errors.form;
  return (
    <section className="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.title")}</h1>
      {message ? (
        <>
          <p className="notice notice--error" role="alert">
            {message}
          </p>
          <p>
            <Trans
              t={t}
              i18nKey="reset.whereNext"
              components={{ ask: <Link to={href("/forgot-password")} />, login: <Link to={href("/login")} /> }}
            />
          </p>
        </>
      ) : (
        <Form method="post" noValidate className="stack">
          <FormErrorSummary errors={failure.errors} />
          <TextField
            name="password"
            label={t("reset.password")}
            type="password"
            autoComplete="new-password"
            required
            minLength={limits.passwordMin}
            maxLength={limits.passwordMax}
            hint={t("reset.passwordHint", { minimum: limits.passwordMin })}
            error={failure.errors.password}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("reset.busy") : t("reset.submit")}
          </button>
        </Form>
      )}
    </section>
  );
}
