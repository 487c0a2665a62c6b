import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";

import { FormErrorSummary, SelectField, TextField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, formValues, invalid, parseForm, readForm } from "~/lib/forms.server";
import { roleLabels } from "~/lib/labels";
import { limits } from "~/lib/limits";
import { href } from "~/lib/paths";
import { invitableRoles } from "~/lib/permissions";
import { createInvitation } from "~/models/invitation.server";
import { emailInvitation } from "~/services/email/notifications.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { inviteRefusal, unconfirmedInviterMessage } from "./__invitation-refusal.server";
import { inviteSchema } from "./__invite-form.server";

export const meta: MetaFunction = () => [{ title: "Invite a member · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, user } = await requireMembership(request, params.slug, "members.invite");
  return { roles: invitableRoles(organization.kind, role), slug: organization.slug, confirmed: user.emailVerified };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, role, user } = await requireMembership(request, params.slug, "members.invite");
  const roles = invitableRoles(organization.kind, role);
  const schema = inviteSchema(roles);
  const form = await readForm(request);
  // An unconfirmed account could be anyone's: it may not send mail in an organization's name.
  if (!user.emailVerified) {
    return data({ errors: { form: unconfirmedInviterMessage(user.email) }, values: formValues(form) }, { status: 403 });
  }
  const parsed = parseForm(form, schema);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.email === user.email) {
    return fieldError(parsed.values, "email", "That is your own email: you are already a member.");
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
    return data({ errors: { [refusal.field]: refusal.message }, values: parsed.values }, { status: refusal.status });
  }
  return redirectWithConfirmation(href("/o/:slug/invite", { slug: organization.slug }), "invitation-sent");
}

export default function InviteMember() {
  const { roles, slug, confirmed } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const location = useLocation();
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/members", { slug })}>Members</Link>
      </p>
      <h1 id="invite-title">Invite a member</h1>
      {confirmed ? null : <ConfirmFirst />}
      {confirmed ? (
        // A new form after each invitation sent, so the last address is not left in the field.
        <Form method="post" noValidate className="stack" key={location.key}>
          <FormErrorSummary errors={failure.errors} />
          <TextField
            name="email"
            label="Their email"
            type="email"
            autoComplete="off"
            required
            maxLength={limits.email}
            defaultValue={failure.values.email}
            error={failure.errors.email}
          />
          <SelectField
            name="role"
            label="Role"
            defaultValue={failure.values.role ?? roles[roles.length - 1]}
            error={failure.errors.role}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Sending…" : "Send invitation"}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** Why the form is missing for an unconfirmed inviter, and the way to fix it. */
function ConfirmFirst() {
  const failure = useFormFailure();
  return (
    <div className="notice notice--error" role="alert">
      <h2>Confirm your email address first</h2>
      <p>
        Before you can invite anyone, please confirm your own email address: open the link Fulcrum emailed you when you
        signed up. This keeps strangers from sending invitations in your organization&apos;s name.
      </p>
      {failure.errors.form ? <p>{failure.errors.form}</p> : null}
      <Form method="post" action={href("/account/emails")}>
        <input type="hidden" name="intent" value="resend" />
        <button type="submit" className="button button--secondary">
          Send the confirmation link again
        </button>
      </Form>
      <p>
        You can also do this from <Link to={href("/account/emails")}>Email settings</Link>.
      </p>
    </div>
  );
}
