import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";

import { FieldError, FormErrorSummary } from "~/components/form-fields";
import { optionalEmailKindLabels, optionalEmailKinds } from "~/lib/email-kinds";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { tokensCreatedSince } from "~/models/account-token.server";
import { optedOutKinds, setReceivedKinds } from "~/models/email-preference.server";
import { emailVerification } from "~/services/email/notifications.server";
import { requireUser } from "~/services/session.server";

import { preferencesSchema } from "./__email-settings-form.server";

export const meta: MetaFunction = () => [{ title: "Email settings · Fulcrum" }];

const verificationsPerHour = 3;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const off = optedOutKinds(user.id);
  return {
    email: user.email,
    verified: user.emailVerified,
    receiving: optionalEmailKinds.filter((kind) => !off.has(kind)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  if (form.get("intent") === "resend") {
    if (user.emailVerified) return { notice: `${user.email} is already confirmed.` };
    if (tokensCreatedSince(user.id, "verify-email", new Date(Date.now() - 3_600_000)) >= verificationsPerHour) {
      return data(
        { notice: "We already sent several links this hour. Check your spam folder, or try again in an hour." },
        { status: 429 },
      );
    }
    emailVerification(user);
    return { notice: `A new confirmation link is on its way to ${user.email}.` };
  }
  const parsed = parseForm(form, preferencesSchema, ["kinds"]);
  if (!parsed.ok) return invalid(parsed.failure);
  setReceivedKinds(user.id, new Set(parsed.data.kinds));
  return { notice: "Saved. Fulcrum sends you exactly the emails checked below." };
}

export default function EmailSettings() {
  const { email, verified, receiving } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="emails-title">
      <h1 id="emails-title">Email settings</h1>
      {result && "notice" in result ? (
        <p className="notice" role="status">
          {result.notice}
        </p>
      ) : null}
      <h2>Your address</h2>
      {verified ? (
        <p>Fulcrum emails you at {email}. It is confirmed.</p>
      ) : (
        <Form method="post" className="stack">
          <p>
            Fulcrum emails you at {email}, but it is not confirmed yet: until you open the link we sent there, reminders
            wait.
          </p>
          <input type="hidden" name="intent" value="resend" />
          <button type="submit" className="button button--secondary" disabled={busy}>
            Send the confirmation link again
          </button>
        </Form>
      )}
      <Form method="post" className="stack">
        <FormErrorSummary errors={failure.errors} />
        <input type="hidden" name="intent" value="preferences" />
        <fieldset className={failure.errors.kinds ? "field field--invalid" : "field"}>
          <legend>Emails you get</legend>
          <p className="field__hint">Invitations, password resets and confirmation links always go out.</p>
          <FieldError id="kinds" error={failure.errors.kinds} />
          {optionalEmailKinds.map((kind) => (
            <label key={kind} className="choice">
              <input type="checkbox" name="kinds" value={kind} defaultChecked={receiving.includes(kind)} />
              <span>
                {optionalEmailKindLabels[kind].name}
                <span className="choice__description">{optionalEmailKindLabels[kind].description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Saving…" : "Save email settings"}
        </button>
      </Form>
    </section>
  );
}
