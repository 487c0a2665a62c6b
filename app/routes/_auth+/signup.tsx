import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useNavigation, useSearchParams } from "@remix-run/react";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { startSession } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { clientAddress } from "~/lib/request.server";
import { safeRedirect, signupSchema } from "~/lib/schemas.server";
import { waitPhrase } from "~/models/rate-limit.server";
import { claimSignup, createUser, EmailTakenError } from "~/models/user.server";
import { emailVerification } from "~/services/email/notifications.server";
import { requireAnonymous } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Sign up · Fulcrum" }];

// Document responses only carry a route's own headers through this export: Retry-After on a 429.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const parsed = parseForm(formData, signupSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  // Counted before the password is hashed, so that parallel attempts cannot all pass the limits.
  const claim = claimSignup(parsed.data.email, clientAddress(request));
  if (claim.outcome === "wait") {
    const { password: _password, ...values } = parsed.values;
    const form = `Too many sign-up attempts. Please wait ${waitPhrase(claim.retryAfter)} and try again.`;
    return data({ errors: { form }, values }, { status: 429, headers: { "Retry-After": String(claim.retryAfter) } });
  }
  if (claim.outcome === "taken") return fieldError(parsed.values, "email", new EmailTakenError().message);
  return explainConflicts(parsed.values, async () => {
    const user = await createUser(parsed.data);
    emailVerification(user);
    const cookie = await startSession(request, user.id);
    return redirect(safeRedirect(formData.get("redirectTo"), href("/orgs/new")), { headers: { "Set-Cookie": cookie } });
  });
}

export default function SignupPage() {
  const { errors, values } = useFormFailure();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <section className="narrow" aria-labelledby="signup-title">
      <h1 id="signup-title">Create your Fulcrum account</h1>
      <p>For coalition organizers and members, and for state agency staff.</p>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={errors} />
        <input type="hidden" name="redirectTo" value={values.redirectTo ?? redirectTo} />
        <TextField
          name="name"
          label="Your name"
          autoComplete="name"
          required
          maxLength={limits.personName}
          defaultValue={values.name}
          error={errors.name}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          maxLength={limits.email}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={limits.passwordMin}
          maxLength={limits.passwordMax}
          hint={`At least ${limits.passwordMin} characters. A few unrelated words make a strong one.`}
          error={errors.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </button>
      </Form>
      <p>
        Already have an account? <Link to={href("/login", {}, { redirectTo })}>Log in</Link>.
      </p>
    </section>
  );
}
