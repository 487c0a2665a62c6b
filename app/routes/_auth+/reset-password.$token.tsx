import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { endAllSessions } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { resetPasswordSchema, tokenParam } from "~/lib/schemas.server";
import { checkAccountToken } from "~/models/account-token.server";
import { resetPassword } from "~/models/user.server";
import { afterPassword } from "~/services/session.server";

import { closedLinkStatus, closedResetLink } from "./__account-links";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Fulcrum" }];

function checkLink(token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  return parsed.success ? checkAccountToken(parsed.data, "reset-password") : ({ state: "not-found" } as const);
}

// The action answers with the message as a form error: after a 4xx answer, loaders are not asked again.
const closed = (state: "expired" | "used" | "not-found") =>
  data({ errors: { form: closedResetLink[state] }, values: {} }, { status: closedLinkStatus[state] });

export async function loader({ params }: LoaderFunctionArgs) {
  const link = checkLink(params.token);
  if (link.state !== "valid")
    return data({ closed: closedResetLink[link.state] }, { status: closedLinkStatus[link.state] });
  return { closed: null };
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
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const message = closedMessage ?? failure.errors.form;
  return (
    <section className="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      {message ? (
        <>
          <p className="notice notice--error" role="alert">
            {message}
          </p>
          <p>
            <Link to={href("/forgot-password")}>Ask for a new link</Link> or <Link to={href("/login")}>log in</Link>.
          </p>
        </>
      ) : (
        <Form method="post" noValidate className="stack">
          <FormErrorSummary errors={failure.errors} />
          <TextField
            name="password"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            minLength={limits.passwordMin}
            maxLength={limits.passwordMax}
            hint={`At least ${limits.passwordMin} characters. Saving it logs you out on every other device.`}
            error={failure.errors.password}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Saving…" : "Save new password"}
          </button>
        </Form>
      )}
    </section>
  );
}
