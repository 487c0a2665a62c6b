import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, SelectField, TextField } from "~/components/form-fields";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, formValues, invalid, parseForm, readForm } from "~/lib/forms.server";
import { labelKeys } from "~/lib/labels";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { invitableRoles } from "~/lib/permissions";
import { createInvitation } from "~/models/invitation.server";
import { emailInvitation } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { inviteRefusal, unconfirmedInviterMessage } from "./__invitation-refusal.server";
import { inviteSchema } from "./__invite-form.server";

export const handle = { i18n: ["members"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, user } = await requireMembership(request, params.slug, "members.invite");
  const { t } = await requestTranslator(request, "members");
  return {
    title: t("invite.metaTitle"),
    roles: invitableRoles(organization.kind, role),
    slug: organization.slug,
    confirmed: user.emailVerified,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, role, user } = await requireMembership(request, params.slug, "members.invite");
  const roles = invitableRoles(organization.kind, role);
  const schema = inviteSchema(roles);
  const form = await readForm(request);
  // An unconfirmed account could be anyone's: it may not send mail in an organization's name.
  if (!user.emailVerified) {
    const failure = {
      errors: { form: unconfirmedInviterMessage },
      values: formValues(form),
      messageValues: { form: { email: user.email } },
    };
    return data(failure, { status: 403 });
  }
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.email === user.email) {
    return fieldError(parsed.values, "email", "members:invite.ownEmail");
  }
  const input = {
    organizationId: organization.id,
    email: parsed.data.email,
    role: parsed.data.role as (typeof roles)[number],
    invitedBy: user.id,
  };
  const result = createInvitation(input, (invitation) =>
    emailInvitation({ ...invitation, invitationId: invitation.id, inviter: user, organization }),
  );
  if (!result.ok) {
    const refusal = inviteRefusal(result.reason, input.email, organization.name);
    const failure = {
      errors: { [refusal.field]: refusal.message },
      values: parsed.values,
      messageValues: { [refusal.field]: refusal.values },
    };
    return data(failure, { status: refusal.status });
  }
  return redirectWithConfirmation(href("/o/:slug/invite", { slug: organization.slug }), "invitation-sent");
}

export default function InviteMember() {
  const { roles, slug, confirmed } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const location = useLocation();
  const { t } = useTranslation("members");
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/members", { slug })}>{t("list.title")}</Link>
      </p>
      <h1 id="invite-title">{t("invite.title")}</h1>
      {confirmed ? null : <ConfirmFirst />}
      {confirmed ? (
        // A new form after each invitation sent, so the last address is not left in the field.
        <Form method="post" noValidate className="stack" key={location.key}>
          <FormErrorSummary errors={failure.errors} />
          <TextField
            name="email"
            label={t("invite.email")}
            type="email"
            autoComplete="off"
            required
            maxLength={limits.email}
            defaultValue={failure.values.email}
            error={failure.errors.email}
          />
          <SelectField
            name="role"
            label={t("invite.role")}
            defaultValue={failure.values.role ?? roles[roles.length - 1]}
            error={failure.errors.role}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(labelKeys.role[role])}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("invite.sending") : t("invite.send")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** Why the form is missing for an unconfirmed inviter, and the way to fix it. */
function ConfirmFirst() {
  const failure = useFormFailure();
  const { t } = useTranslation("members");
  return (
    <div className="notice notice--error" role="alert">
      <h2>{t("invite.confirmFirst.title")}</h2>
      <p>{t("invite.confirmFirst.text")}</p>
      {failure.errors.form ? <p>{failure.errors.form}</p> : null}
      <Form method="post" action={href("/account/emails")}>
        <input type="hidden" name="intent" value="resend" />
        <button type="submit" className="button button--secondary">
          {t("invite.confirmFirst.resend")}
        </button>
      </Form>
      <p>
        <Trans
          t={t}
          i18nKey="invite.confirmFirst.elsewhere"
          components={{ a: <Link to={href("/account/emails")} /> }}
        />
      </p>
    </div>
  );
}
