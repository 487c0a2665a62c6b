import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { startSession } from "~/lib/auth.server";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { isLanguage } from "~/lib/i18n";
import { fixedTranslator } from "~/lib/i18n-catalogs.server";
import { labelKeys } from "~/lib/labels";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { signupSchema, tokenParam } from "~/lib/schemas.server";
import { acceptInvitation, findInvitation, type AcceptResult, type InvitationState } from "~/models/invitation.server";
import { isUnverifiedAgency } from "~/models/organization.server";
import { createUser, EmailTakenError, findUserById } from "~/models/user.server";
import { emailVerification } from "~/services/email/notifications.server";
import { languageCookie } from "~/services/i18n.server";
import { getUser } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Invitation · Fulcrum" }];

const closedMessages: Record<Exclude<InvitationState, "pending">, string> = {
  expired: "This invitation has expired. Ask the person who invited you for a new link.",
  accepted: "This invitation has already been used. Each link works once; ask for a new one if you still need to join.",
  revoked: "This invitation was withdrawn by the organization. Ask them for a new link if you should still join.",
  superseded:
    "This link was replaced by a newer invitation. Use the link in the most recent invitation email, " +
    "or ask the person who invited you to send it again.",
};

/** Whether the signed-in account is another one than the invitation's: that account may not accept it. */
const isSomeoneElse = (user: { email: string } | null, invitation: { email: string }) =>
  user !== null && user.email.toLowerCase() !== invitation.email;

function loadInvitation(token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  const invitation = parsed.success ? findInvitation(parsed.data) : null;
  if (!parsed.success || !invitation) notFound("This invitation link is not valid. Check that you copied all of it.");
  return { token: parsed.data, invitation };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { invitation } = loadInvitation(params.token);
  // The invitation email links here in its own language and in the other one: the choice is remembered like the
  // footer's switcher, and the clean address is shown in it (a signed-in person's own choice still comes first).
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  if (isLanguage(lang)) {
    url.searchParams.delete("lang");
    const headers = { "Set-Cookie": await languageCookie.serialize(lang) };
    throw redirect(`${url.pathname}${url.search}`, { headers });
  }
  const user = await getUser(request);
  const view = {
    organizationName: invitation.organization.name,
    unverifiedAgency: isUnverifiedAgency(invitation.organization.id),
    // The page is still English (README, Languages): its role word is too.
    role: fixedTranslator("en", "labels")(labelKeys.role[invitation.role]),
    email: invitation.email,
    closed: invitation.state === "pending" ? null : closedMessages[invitation.state],
    user: user ? { name: user.name, email: user.email } : null,
    wrongAccount: invitation.state === "pending" && isSomeoneElse(user, invitation),
    loginHref: href("/login", {}, { redirectTo: new URL(request.url).pathname }),
  };
  return data(view, { status: view.closed ? 400 : view.wrongAccount ? 403 : 200 });
}

const wrongAccountMessage = (invitedEmail: string) =>
  `This invitation is for ${invitedEmail}. Log in with that address to join, or ask an owner to send it to yours.`;

function refusal(result: Extract<AcceptResult, { ok: false }>, invitedEmail: string) {
  if (result.reason === "not-found") notFound("This invitation link is not valid.");
  if (result.reason === "wrong-account") {
    return data({ errors: { form: wrongAccountMessage(invitedEmail) }, values: {} }, { status: 403 });
  }
  return data({ errors: { form: closedMessages[result.reason] }, values: {} }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, invitation } = loadInvitation(params.token);
  if (invitation.state !== "pending") return refusal({ ok: false, reason: invitation.state }, invitation.email);
  const user = await getUser(request);
  if (user) {
    const result = acceptInvitation(token, user);
    return result.ok
      ? redirect(href("/o/:slug", { slug: result.organizationSlug }))
      : refusal(result, invitation.email);
  }
  const parsed = parseForm(await readForm(request), signupSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  // The link proves only that its reader can read the invited mailbox, so the account must be for that address.
  if (parsed.data.email !== invitation.email) {
    return fieldError(
      parsed.values,
      "email",
      `This invitation is for ${invitation.email}: sign up with that address. ` +
        "If you want to join with another one, ask an owner to send the invitation to it.",
    );
  }
  try {
    const created = await createUser(parsed.data);
    const result = acceptInvitation(token, created);
    // Accepting confirms the address; should the invitation close meanwhile, the address still needs confirming.
    if (!findUserById(created.id)?.emailVerifiedAt) emailVerification(created);
    const cookie = await startSession(request, created.id);
    return redirect(result.ok ? href("/o/:slug", { slug: result.organizationSlug }) : href("/home"), {
      headers: { "Set-Cookie": cookie },
    });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return fieldError(
        parsed.values,
        "email",
        "An account with this email already exists. Log in first, then open this link again.",
      );
    }
    throw error;
  }
}

export default function InvitationPage() {
  const view = useLoaderData<typeof loader>();
  const { errors, values } = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title">Join {view.organizationName}</h1>
      {view.closed ? (
        <p className="notice notice--error" role="alert">
          {view.closed}
        </p>
      ) : view.user && view.wrongAccount ? (
        <WrongAccount invitedEmail={view.email} user={view.user} organizationName={view.organizationName} />
      ) : (
        <>
          <p>
            You have been invited to join <strong>{view.organizationName}</strong> on Fulcrum as{" "}
            {view.role.toLowerCase()}. The invitation was addressed to {view.email}.
          </p>
          {view.unverifiedAgency ? (
            <p className="notice" role="status">
              <strong>{view.organizationName} is not a verified state agency.</strong> The operators of this Fulcrum
              server have not yet checked that it is who it says it is, and nothing it writes reaches any coalition
              until they do. Join only if you know the person who invited you and work there.
            </p>
          ) : null}
          <FormErrorSummary errors={errors} />
          {view.user ? (
            <Form method="post" className="stack">
              <p>
                You are logged in as {view.user.name} ({view.user.email}).
              </p>
              <button type="submit" className="button" disabled={busy}>
                {busy ? "Joining…" : `Join ${view.organizationName}`}
              </button>
            </Form>
          ) : (
            <>
              <h2>New to Fulcrum? Create your account</h2>
              <Form method="post" noValidate className="stack">
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
                  defaultValue={values.email ?? view.email}
                  hint={`The invitation is for ${view.email}, so your account uses that address.`}
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
                  hint={`At least ${limits.passwordMin} characters.`}
                  error={errors.password}
                />
                <button type="submit" className="button" disabled={busy}>
                  {busy ? "Joining…" : "Create account and join"}
                </button>
              </Form>
              <h2>Already have an account?</h2>
              <p>
                <Link to={view.loginHref}>Log in</Link> as {view.email} and you will come back here to join.
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A signed-in account that is not the invited address: it cannot join, and is told how to. */
function WrongAccount(props: {
  invitedEmail: string;
  user: { name: string; email: string };
  organizationName: string;
}) {
  const { errors } = useFormFailure();
  return (
    <div className="stack">
      <p className="notice notice--error" role="alert">
        This invitation to {props.organizationName} was sent to <strong>{props.invitedEmail}</strong>, but you are
        logged in as {props.user.name} ({props.user.email}). Only the account with the invited address can use it.
      </p>
      {errors.form ? <p className="muted">{errors.form}</p> : null}
      <h2>Is {props.invitedEmail} yours?</h2>
      <p>Log out, then open this link again and log in (or sign up) with {props.invitedEmail}.</p>
      <Form method="post" action={href("/logout")}>
        <button type="submit" className="button button--secondary">
          Log out
        </button>
      </Form>
      <h2>Want to join as {props.user.email}?</h2>
      <p>
        Ask an owner of {props.organizationName} to send the invitation again, to {props.user.email}. They can do that
        from the members page.
      </p>
    </div>
  );
}
