import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { TextField } from "~/components/form-fields";
import { JoinRequests } from "~/components/join-requests";
import { deliveryStatusText } from "~/lib/delivery-status";
import { formatMoment } from "~/lib/format-dates";
import { formValues, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { roleLabels } from "~/lib/labels";
import { limits } from "~/lib/limits";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can, invitableRoles, rolesByKind } from "~/lib/permissions";
import { invitationDeliveries } from "~/models/email-delivery.server";
import {
  createInvitation,
  findOpenInvitation,
  listOpenInvitations,
  revokeInvitation,
} from "~/models/invitation.server";
import { decideJoinRequest, pendingJoinRequests } from "~/models/join-link.server";
import { changeRole, LastOwnerError, listMembers, removeMember } from "~/models/membership.server";
import { emailInvitation } from "~/services/email/notifications.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { inviteRefusal, unconfirmedInviterMessage } from "./__invitation-refusal.server";
import { intentSchema, resendSchema } from "./__members-form.server";

export const meta: MetaFunction = () => [{ title: "Members · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, user } = await requireMembership(request, params.slug, "members.view");
  const members = listMembers(organization.id).map((member) => ({
    ...member,
    joinedAt: formatMoment(member.joinedAt, "date", organization.timeZone),
  }));
  const deliveries = can(organization.kind, role, "members.invite") ? invitationDeliveries(organization.id) : new Map();
  const invitations = can(organization.kind, role, "members.invite")
    ? listOpenInvitations(organization.id).map((invitation) => ({
        ...invitation,
        createdAt: invitation.createdAt.toISOString(),
        expiresAt: formatMoment(invitation.expiresAt, "date", organization.timeZone),
        delivery: deliveryStatusText(deliveries.get(invitation.id)),
      }))
    : [];
  const joinRequests = can(organization.kind, role, "members.approve")
    ? pendingJoinRequests(organization.id).map(({ id, name, email, createdAt }) => ({
        id,
        name,
        email,
        askedAt: formatMoment(createdAt, "short", organization.timeZone),
      }))
    : null;
  const canShowJoinLink = can(organization.kind, role, "members.joinLink");
  return { members, invitations, currentUserId: user.id, joinRequests, canShowJoinLink };
}

function refused(message: string, status = 400) {
  return data({ message }, { status });
}

/** A re-send that was not sent: the reason goes next to that invitation's form, with the address kept. */
function resendRefused(
  invitationId: string,
  email: string,
  error: { field: "email" | "form"; message: string },
  status: number,
) {
  return data({ resend: { invitationId, email, field: error.field, message: error.message } }, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Everyone who can see the members can leave; the other intents ask for more below.
  const context = await requireMembership(request, params.slug, "members.view");
  const parsed = intentSchema.safeParse(formValues(await readForm(request)));
  if (!parsed.success) return refused("That request was incomplete. Reload the page and try again.");
  const input = parsed.data;
  const { organization, user } = context;
  const membersPage = href("/o/:slug/members", { slug: organization.slug });
  try {
    switch (input.intent) {
      case "leave":
        removeMember(organization.id, user.id);
        return redirect(href("/home"));
      case "change-role": {
        await requireMembership(request, params.slug, "members.manage");
        if (!(rolesByKind[organization.kind] as readonly string[]).includes(input.role)) {
          return refused("Choose one of the roles listed.");
        }
        if (
          !changeRole(
            organization.id,
            input.userId,
            input.role as (typeof rolesByKind)[typeof organization.kind][number],
          )
        )
          notFound("That person is not a member.");
        return redirectWithConfirmation(membersPage, "member-updated");
      }
      case "remove":
        await requireMembership(request, params.slug, "members.manage");
        if (!removeMember(organization.id, input.userId)) notFound("That person is not a member.");
        return input.userId === user.id ? redirect(href("/home")) : redirect(membersPage);
      case "revoke":
        await requireMembership(request, params.slug, "members.invite");
        if (!revokeInvitation(organization.id, input.invitationId)) notFound("That invitation is not open.");
        return redirectWithConfirmation(membersPage, "invitation-withdrawn");
      case "resend":
        return resend(await requireMembership(request, params.slug, "members.invite"), input);
      case "approve":
      case "decline": {
        await requireMembership(request, params.slug, "members.approve");
        const decision = input.intent === "approve" ? "approved" : "declined";
        const name = decideJoinRequest(organization.id, input.requestId, decision, user.id);
        if (!name) notFound("That request is not waiting any more: another organizer may have answered it.");
        return {
          notice: decision === "approved" ? `${name} is now a member.` : `You declined ${name}'s request to join.`,
        };
      }
    }
  } catch (error) {
    if (error instanceof LastOwnerError) return refused(error.message);
    throw error;
  }
}

/** Sends an open invitation to another address instead: a new invitation with the same role replaces it. */
function resend(
  context: Awaited<ReturnType<typeof requireMembership>>,
  input: { invitationId: string; email: string },
) {
  const { organization, role, user } = context;
  const earlier = findOpenInvitation(organization.id, input.invitationId);
  if (!earlier) notFound("That invitation is not open.");
  if (!user.emailVerified) {
    const message = unconfirmedInviterMessage(user.email);
    return resendRefused(input.invitationId, input.email, { field: "form", message }, 403);
  }
  const parsed = resendSchema.safeParse({ email: input.email });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter an email address.";
    return resendRefused(input.invitationId, input.email, { field: "email", message }, 400);
  }
  const email = parsed.data.email;
  // Re-sending never hands out a role its sender could not give in a new invitation.
  if (!invitableRoles(organization.kind, role).includes(earlier.role)) {
    const message = `Only an owner can send an invitation as ${roleLabels[earlier.role].toLowerCase()}.`;
    return resendRefused(input.invitationId, email, { field: "form", message }, 403);
  }
  if (email === earlier.email) {
    const message = "That is the address it already went to. Enter the other address to send it to.";
    return resendRefused(input.invitationId, email, { field: "email", message }, 400);
  }
  const invitation = {
    organizationId: organization.id,
    email,
    role: earlier.role,
    invitedBy: user.id,
    replaces: earlier.id,
  };
  const result = createInvitation(invitation, (created) =>
    emailInvitation({ ...created, invitationId: created.id, inviter: user, organization }),
  );
  if (!result.ok) {
    const refusal = inviteRefusal(result.reason, email, organization.name);
    return resendRefused(input.invitationId, email, refusal, refusal.status);
  }
  return { notice: `Invitation sent to ${email}. The link sent to ${earlier.email} no longer works.` };
}

export default function Members() {
  const { organization, allowed } = useOrganization();
  const { members, invitations, currentUserId, joinRequests, canShowJoinLink } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const message = actionData && "message" in actionData ? actionData.message : null;
  const notice = actionData && "notice" in actionData ? actionData.notice : null;
  const resendFailure = actionData && "resend" in actionData ? actionData.resend : null;
  const roles = rolesByKind[organization.kind];
  return (
    <section aria-labelledby="members-title">
      <div className="page-heading">
        <h1 id="members-title">Members</h1>
        {allowed.inviteMembers ? (
          <Link className="button" to={href("/o/:slug/invite", { slug: organization.slug })}>
            Invite a member
          </Link>
        ) : null}
      </div>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.userId} className="member">
            <div>
              <p className="member__name">
                {member.name}
                {member.userId === currentUserId ? " (you)" : ""}
              </p>
              <p className="muted">
                {member.email} · {roleLabels[member.role]} · joined {member.joinedAt}
              </p>
            </div>
            <div className="member__actions">
              {allowed.manageMembers ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="change-role" />
                  <input type="hidden" name="userId" value={member.userId} />
                  <label htmlFor={`role-${member.userId}`} className="visually-hidden">
                    Role of {member.name}
                  </label>
                  <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {roleLabels[role]}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button button--small button--secondary">
                    Change role<span className="visually-hidden"> of {member.name}</span>
                  </button>
                </Form>
              ) : null}
              {member.userId === currentUserId ? (
                <ConfirmForm intent="leave" label="Leave" confirmLabel={`Yes, leave ${organization.name}`} />
              ) : allowed.manageMembers ? (
                <ConfirmForm
                  intent="remove"
                  userId={member.userId}
                  label={`Remove`}
                  who={member.name}
                  confirmLabel={`Yes, remove ${member.name}`}
                />
              ) : null}
            </div>
          </li>
        ))}
      </ul>

      <JoinRequests slug={organization.slug} requests={joinRequests} canShowLink={canShowJoinLink} />
      {allowed.inviteMembers ? (
        <>
          <h2>Open invitations</h2>
          {invitations.length === 0 ? (
            <p className="muted">No open invitations.</p>
          ) : (
            <ul className="member-list">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="member">
                  <div>
                    <p className="member__name">{invitation.email}</p>
                    <p className="muted">
                      {roleLabels[invitation.role]} · expires {invitation.expiresAt}
                    </p>
                    <p className={invitation.delivery.problem ? "field__error" : "muted"}>{invitation.delivery.text}</p>
                  </div>
                  <div className="member__actions">
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={invitation.id} />
                      <button type="submit" className="button button--small button--secondary">
                        Revoke<span className="visually-hidden"> the invitation for {invitation.email}</span>
                      </button>
                    </Form>
                    <ResendForm
                      invitationId={invitation.id}
                      email={invitation.email}
                      failure={resendFailure?.invitationId === invitation.id ? resendFailure : null}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}

/** A destructive button behind a disclosure, so it takes two deliberate clicks with or without JavaScript. */
function ConfirmForm({
  intent,
  userId,
  label,
  who,
  confirmLabel,
}: {
  intent: string;
  userId?: string;
  label: string;
  who?: string;
  confirmLabel: string;
}) {
  return (
    <details className="confirm">
      <summary className="button button--small button--danger-outline">
        {label}
        {who ? <span className="visually-hidden"> {who}</span> : null}…
      </summary>
      <Form method="post">
        <input type="hidden" name="intent" value={intent} />
        {userId ? <input type="hidden" name="userId" value={userId} /> : null}
        <button type="submit" className="button button--small button--danger">
          {confirmLabel}
        </button>
      </Form>
    </details>
  );
}

/**
 * Sends an invitation to another address instead, for someone who wants to join with another account than the
 * one it went to. Open while it shows an error, so the reason sits next to the address typed.
 */
function ResendForm(props: {
  invitationId: string;
  email: string;
  failure: { email: string; field: "email" | "form"; message: string } | null;
}) {
  const id = `resend-${props.invitationId}`;
  const { failure } = props;
  return (
    <details className="confirm" open={failure ? true : undefined}>
      <summary className="button button--small button--secondary">
        Send to another address<span className="visually-hidden"> instead of {props.email}</span>…
      </summary>
      <Form method="post" noValidate className="stack">
        {failure?.field === "form" ? (
          <p className="field__error" role="alert">
            {failure.message}
          </p>
        ) : null}
        <input type="hidden" name="intent" value="resend" />
        <input type="hidden" name="invitationId" value={props.invitationId} />
        <TextField
          id={id}
          name="email"
          label="Their other email"
          type="email"
          autoComplete="off"
          required
          maxLength={limits.email}
          defaultValue={failure?.email}
          hint={`The link sent to ${props.email} stops working.`}
          error={failure?.field === "email" ? failure.message : undefined}
        />
        <button type="submit" className="button button--small">
          Send the invitation there
        </button>
      </Form>
    </details>
  );
}
