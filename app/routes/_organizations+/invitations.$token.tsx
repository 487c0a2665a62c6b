import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, TextField } from "~/components/form-fields";
import { Trans } from "~/components/trans";
import { startSession } from "~/lib/auth.server";
import { useFormFailure, type FormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { isLanguage } from "~/lib/i18n";
import { labelKeys } from "~/lib/labels";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { signupSchema, tokenParam } from "~/lib/schemas.server";
import { useLocale } from "~/lib/use-language";
import { acceptInvitation, findInvitation, type AcceptResult, type InvitationState } from "~/models/invitation.server";
import { isUnverifiedAgency } from "~/models/organization.server";
import { createUser, EmailTakenError, findUserById } from "~/models/user.server";
import { emailVerification } from "~/services/email/notifications.server";
import { languageCookie, requestLanguage, requestTranslator } from "~/services/i18n.server";
import { getUser } from "~/services/session.server";

// "labels" for the invited role's name.
export const handle = { i18n: ["organizations", "labels"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

const closedKeys = {
  expired: "organizations:invitation.closed.expired",
  accepted: "organizations:invitation.closed.accepted",
  revoked: "organizations:invitation.closed.revoked",
  superseded: "organizations:invitation.closed.superseded",
} as const satisfies Record<Exclude<InvitationState, "pending">, string>;

/** Whether the signed-in account is another one than the invitation's: that account may not accept it. */
const isSomeoneElse = (user: { email: string } | null, invitation: { email: string }) =>
  user !== null && user.email.toLowerCase() !== invitation.email;

async function loadInvitation(request: Request, token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  const invitation = parsed.success ? findInvitation(parsed.data) : null;
  if (!parsed.success || !invitation) {
    const { t } = await requestTranslator(request, "organizations");
    notFound(t("invitation.notValid"));
  }
  return { token: parsed.data, invitation };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { invitation } = await loadInvitation(request, params.token);
  // The invitation email links here in its own language and in the other one: the choice is remembered like the
  // footer's switcher, and the clean address is shown in it (a signed-in person's own choice still comes first).
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  if (isLanguage(lang)) {
    url.searchParams.delete("lang");
    const headers = { "Set-Cookie": await languageCookie.serialize(lang) };
    throw redirect(`${url.pathname}${url.search}`, { headers });
  }
  const [user, { t }] = await Promise.all([getUser(request), requestTranslator(request, "organizations")]);
  const view = {
    title: t("invitation.metaTitle"),
    organizationName: invitation.organization.name,
    unverifiedAgency: isUnverifiedAgency(invitation.organization.id),
    role: invitation.role,
    email: invitation.email,
    closed: invitation.state === "pending" ? null : closedKeys[invitation.state],
    user: user ? { name: user.name, email: user.email } : null,
    wrongAccount: invitation.state === "pending" && isSomeoneElse(user, invitation),
    loginHref: href("/login", {}, { redirectTo: new URL(request.url).pathname }),
  };
  return data(view, { status: view.closed ? 400 : view.wrongAccount ? 403 : 200 });
}

async function refusal(request: Request, result: Extract<AcceptResult, { ok: false }>, invitedEmail: string) {
  if (result.reason === "not-found") {
    const { t } = await requestTranslator(request, "organizations");
    notFound(t("invitation.notValid"));
  }
  if (result.reason === "wrong-account") {
    const form = "organizations:invitation.wrongAccount.refused";
    const failure: FormFailure = { errors: { form }, values: {}, messageValues: { form: { email: invitedEmail } } };
    return data(failure, { status: 403 });
  }
  return data({ errors: { form: closedKeys[result.reason] }, values: {} }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, invitation } = await loadInvitation(request, params.token);
  if (invitation.state !== "pending") {
    return refusal(request, { ok: false, reason: invitation.state }, invitation.email);
  }
  const user = await getUser(request);
  if (user) {
    const result = acceptInvitation(token, user);
    return result.ok
      ? redirect(href("/o/:slug", { slug: result.organizationSlug }))
      : refusal(request, result, invitation.email);
  }
  const parsed = parseForm(await readForm(request), signupSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  // The link proves only that its reader can read the invited mailbox, so the account must be for that address.
  if (parsed.data.email !== invitation.email) {
    return fieldError(parsed.values, "email", "organizations:invitation.otherAddress", { email: invitation.email });
  }
  try {
    // Like the sign-up page, the account starts in the language its person was reading (the invitation's link).
    const created = await createUser({ ...parsed.data, language: await requestLanguage(request) });
    const result = acceptInvitation(token, created);
    // Accepting confirms the address; should the invitation close meanwhile, the address still needs confirming.
    if (!findUserById(created.id)?.emailVerifiedAt) emailVerification(created);
    const cookie = await startSession(request, created.id);
    return redirect(result.ok ? href("/o/:slug", { slug: result.organizationSlug }) : href("/home"), {
      headers: { "Set-Cookie": cookie },
    });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return fieldError(parsed.values, "email", "organizations:invitation.emailTaken");
    }
    throw error;
  }
}

export default function InvitationPage() {
  const view = useLoaderData<typeof loader>();
  const { t } = useTranslation("organizations");
  const locale = useLocale();
  const { errors, values } = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const name = view.organizationName;
  return (
    <section className="narrow" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("invitation.title", { name })}</h1>
      {view.closed ? (
        <p className="notice notice--error" role="alert">
          {t(view.closed)}
        </p>
      ) : view.user && view.wrongAccount ? (
        <WrongAccount invitedEmail={view.email} user={view.user} organizationName={name} />
      ) : (
        <>
          <p>
            <Trans
              t={t}
              i18nKey="invitation.invited"
              values={{ name, role: t(labelKeys.role[view.role]).toLocaleLowerCase(locale), email: view.email }}
              components={{ strong: <strong /> }}
            />
          </p>
          {view.unverifiedAgency ? (
            <p className="notice" role="status">
              <Trans
                t={t}
                i18nKey="invitation.unverifiedAgency"
                values={{ name }}
                components={{ strong: <strong /> }}
              />
            </p>
          ) : null}
          <FormErrorSummary errors={errors} />
          {view.user ? (
            <Form method="post" className="stack">
              <p>{t("joining.loggedInAs", { name: view.user.name, email: view.user.email })}</p>
              <button type="submit" className="button" disabled={busy}>
                {busy ? t("invitation.busy") : t("invitation.join", { name })}
              </button>
            </Form>
          ) : (
            <>
              <h2>{t("invitation.newTitle")}</h2>
              <Form method="post" noValidate className="stack">
                <TextField
                  name="name"
                  label={t("invitation.name")}
                  autoComplete="name"
                  required
                  maxLength={limits.personName}
                  defaultValue={values.name}
                  error={errors.name}
                />
                <TextField
                  name="email"
                  label={t("invitation.email")}
                  type="email"
                  autoComplete="email"
                  required
                  maxLength={limits.email}
                  defaultValue={values.email ?? view.email}
                  hint={t("invitation.emailHint", { email: view.email })}
                  error={errors.email}
                />
                <TextField
                  name="password"
                  label={t("invitation.password")}
                  type="password"
                  autoComplete="new-password"
                  required
                  minLength={limits.passwordMin}
                  maxLength={limits.passwordMax}
                  hint={t("invitation.passwordHint", { minimum: limits.passwordMin })}
                  error={errors.password}
                />
                <button type="submit" className="button" disabled={busy}>
                  {busy ? t("invitation.busy") : t("invitation.submit")}
                </button>
              </Form>
              <h2>{t("invitation.haveAccountTitle")}</h2>
              <p>
                <Trans
                  t={t}
                  i18nKey="invitation.logIn"
                  values={{ email: view.email }}
                  components={{ login: <Link to={view.loginHref} /> }}
                />
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
  const { t } = useTranslation("organizations");
  const { errors } = useFormFailure();
  return (
    <div className="stack">
      <p className="notice notice--error" role="alert">
        <Trans
          t={t}
          i18nKey="invitation.wrongAccount.notice"
          values={{
            name: props.organizationName,
            invited: props.invitedEmail,
            user: props.user.name,
            email: props.user.email,
          }}
          components={{ strong: <strong /> }}
        />
      </p>
      {errors.form ? <p className="muted">{errors.form}</p> : null}
      <h2>{t("invitation.wrongAccount.yoursTitle", { email: props.invitedEmail })}</h2>
      <p>{t("invitation.wrongAccount.yoursText", { email: props.invitedEmail })}</p>
      <Form method="post" action={href("/logout")}>
        <button type="submit" className="button button--secondary">
          {t("invitation.wrongAccount.logOut")}
        </button>
      </Form>
      <h2>{t("invitation.wrongAccount.otherTitle", { email: props.user.email })}</h2>
      <p>{t("invitation.wrongAccount.otherText", { name: props.organizationName, email: props.user.email })}</p>
    </div>
  );
}
