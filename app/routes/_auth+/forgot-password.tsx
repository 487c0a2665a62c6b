import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { forgotPasswordSchema } from "~/lib/schemas.server";
import { tokensCreatedSince } from "~/models/account-token.server";
import { findUserByEmail } from "~/models/user.server";
import { emailPasswordReset } from "~/services/email/notifications.server";

export const meta: MetaFunction = () => [{ title: "Reset your password · Fulcrum" }];

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
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const sentTo = result && "sentTo" in result ? result.sentTo : null;
  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">Reset your password</h1>
      {sentTo ? (
        <div className="notice notice--success" role="status">
          <p>
            If {sentTo} belongs to a Fulcrum account, a link to choose a new password is on its way. It works once, for
            one hour. Nothing there after a few minutes? Check your spam folder, then try again.
          </p>
          <p>
            <Link to={href("/login")}>Back to log in</Link>
          </p>
        </div>
      ) : (
        <p>Enter the email you log in with, and we will send you a link to choose a new password.</p>
      )}
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          maxLength={limits.email}
          defaultValue={failure.values.email ?? sentTo ?? ""}
          error={failure.errors.email}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Sending…" : sentTo ? "Send the link again" : "Send me a link"}
        </button>
      </Form>
    </section>
  );
}
