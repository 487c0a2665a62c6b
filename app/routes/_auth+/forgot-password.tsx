import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { forgotPasswordSchema } from "~/lib/schemas.server";
import { tokensCreatedSince } from "~/models/account-token.server";
import { findUserByEmail } from "~/models/user.server";
import { emailPasswordReset } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await requestTranslator(request, "auth");
  return { title: t("forgot.metaTitle") };
}

/** At most this many reset emails an hour per account, so the form cannot be used to flood someone's inbox. */
const resetsPerHour = 3;

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(await readForm(request), forgotPasswordSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const user = findUserByEmail(parsed.data.email);
  if (user && tokensCreatedSince(user.id, "reset-password", new Date(Date.now() - 3_600_000)) < resetsPerHour) {
    emailPasswordReset(user);
  }
  // The same answer whether or not the address has an account: this page must not reveal who uses Fulcrum.
  return { sentTo: parsed.data.email };
}

export default function ForgotPassword() {
  const { t } = useTranslation("auth");
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const sentTo = result && "sentTo" in result ? result.sentTo : null;
  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("forgot.title")}</h1>
      {sentTo ? (
        <div className="notice notice--success" role="status">
          <p>{t("forgot.sent", { email: sentTo })}</p>
          <p>
            <Link to={href("/login")}>{t("forgot.backToLogin")}</Link>
          </p>
        </div>
      ) : (
        <p>{t("forgot.lead")}</p>
      )}
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <TextField
          name="email"
          label={t("forgot.email")}
          type="email"
          autoComplete="email"
          required
          maxLength={limits.email}
          defaultValue={failure.values.email ?? sentTo ?? ""}
          error={failure.errors.email}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("forgot.busy") : sentTo ? t("forgot.sendAgain") : t("forgot.submit")}
        </button>
      </Form>
    </section>
  );
}
