import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { TextField } from "~/components/form-fields";
import { JoinRequests } from "~/components/join-requests";
import { Trans } from "~/components/trans";
import { deliveryStatusText } from "~/lib/delivery-status";
import { isMessageKey } from "~/lib/form-failure";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { formValues, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { labelKeys } from "~/lib/labels";
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
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { inviteRefusal, unconfirmedInviterMessage } from "./__invitation-refusal.server";
import { intentSchema, resendSchema } from "./__members-form.server";

export const handle = { i18n: ["members"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, role, user } = await requireMembership(request, params.slug, "members.view");
  const { t, language } = await requestTranslator(request, "members");
  const locale = localeFor(language);
  const members = listMembers(organization.id).map((member) => ({
    ...member,
    joinedAt: formatMoment(member.joinedAt, "date", organization.timeZone, locale),
  }));
  const deliveries = can(organization.kind, role, "members.invite") ? invitationDeliveries(organization.id) : new Map();
  const invitations = can(organization.kind, role, "members.invite")
    ? listOpenInvitations(organization.id).map((invitation) => ({
        ...invitation,
        createdAt: invitation.createdAt.toISOString(),
        expiresAt: formatMoment(invitation.expiresAt, "date", organization.timeZone, locale),
        delivery: deliveryStatusText(deliveries.get(invitation.id)),
      }))
    : [];
  const joinRequests = can(organization.kind, role, "members.approve")
    ? pendingJoinRequests(organization.id).map(({ id, name, email, createdAt }) => ({
        id,
        name,
        email,
        askedAt: formatMoment(createdAt, "short", organization.timeZone, locale),
      }))
    : null;
  const canShowJoinLink = can(organization.kind, role, "members.joinLink");
  return { title: t("list.metaTitle"), members, invitations, currentUserId: user.id, joinRequests, canShowJoinLink };
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

type Translate = Awaited<ReturnType<typeof requestTranslator>>["t"];

export async function action({ request, params }: ActionFunctionArgs) {
  // Everyone who can see the members can leave; the other intents ask for more below.
  const context = await requireMembership(request, params.slug, "members.view");
  // This page's answers are written here, in the reader's language: they are shown as sent.
  const { t } = await requestTranslator(request, "members");
  const form = await readForm(request);
  const parsed = intentSchema.safeParse(formValues(form));
  if (!parsed.success) return refused(t("errors.incomplete"));
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
          return refused(t("errors.chooseRole"));
        }
        if (
          !changeRole(
            organization.id,
            input.userId,
            input.role as (typeof rolesByKind)[typeof organization.kind][number],
          )
        )
          notFound(t("errors.notMember"));
        return redirectWithConfirmation(membersPage, "member-updated");
      }
      case "remove":
        await requireMembership(request, params.slug, "members.manage");
        if (!removeMember(organization.id, input.userId)) notFound(t("errors.notMember"));
        return input.userId === user.id ? redirect(href("/home")) : redirect(membersPage);
      case "revoke":
        await requireMembership(request, params.slug, "members.invite");
        if (!revokeInvitation(organization.id, input.invitationId)) notFound(t("errors.invitationNotOpen"));
        return redirectWithConfirmation(membersPage, "invitation-withdrawn");
      case "resend":
        return resend(await requireMembership(request, params.slug, "members.invite"), input, form, t);
      case "approve":
      case "decline": {
        await requireMembership(request, params.slug, "members.approve");
        const decision = input.intent === "approve" ? "approved" : "declined";
        const name = decideJoinRequest(organization.id, input.requestId, decision, user.id);
        if (!name) notFound(t("errors.requestAnswered"));
        return {
          notice: t(decision === "approved" ? "joinRequests.approved" : "joinRequests.declined", { name }),
        };
      }
    }
  } catch (error) {
    if (error instanceof LastOwnerError) return refused(t("errors.lastOwner"));
    throw error;
  }
}

/** Sends an open invitation to another address instead: a new invitation with the same role replaces it. */
function resend(
  context: Awaited<ReturnType<typeof requireMembership>>,
  input: { invitationId: string; email: string },
  form: FormData,
  t: Translate,
) {
  const { organization, role, user } = context;
  const earlier = findOpenInvitation(organization.id, input.invitationId);
  if (!earlier) notFound(t("errors.invitationNotOpen"));
  if (!user.emailVerified) {
    const message = t(unconfirmedInviterMessage, { email: user.email });
    return resendRefused(input.invitationId, input.email, { field: "form", message }, 403);
  }
  const parsed = parseForm(form, resendSchema);
  if (!parsed.ok) {
    const { errors, messageValues } = parsed.failure;
    const error = errors.email ?? "common:form.invalid";
    const message = isMessageKey(error) ? t(error, messageValues?.email) : error;
    return resendRefused(input.invitationId, input.email, { field: "email", message }, 400);
  }
  const email = parsed.data.email;
  // Re-sending never hands out a role its sender could not give in a new invitation.
  if (!invitableRoles(organization.kind, role).includes(earlier.role)) {
    const message = t(ownerOnlyKeys[earlier.role]);
    return resendRefused(input.invitationId, email, { field: "form", message }, 403);
  }
  if (email === earlier.email) {
    const message = t("resend.sameAddress");
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
    const message = t(refusal.message, refusal.values);
    return resendRefused(input.invitationId, email, { field: refusal.field, message }, refusal.status);
  }
  return { notice: t("resend.sent", { email, earlier: earlier.email }) };
}

const ownerOnlyKeys = {
  owner: "members:resend.ownerOnly.owner",
  organizer: "members:resend.ownerOnly.organizer",
  member: "members:resend.ownerOnly.member",
  staff: "members:resend.ownerOnly.staff",
} as const;

export default function Members() {
  const { organization, allowed } = useOrganization();
  const { members, invitations, currentUserId, joinRequests, canShowJoinLink } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const message = actionData && "message" in actionData ? actionData.message : null;
  const notice = actionData && "notice" in actionData ? actionData.notice : null;
  const resendFailure = actionData && "resend" in actionData ? actionData.resend : null;
  const roles = rolesByKind[organization.kind];
  const { t } = useTranslation("members");
  const hidden = <span className="visually-hidden" />;
  return (
    <section aria-labelledby="members-title">
      <div className="page-heading">
        <h1 id="members-title">{t("list.title")}</h1>
        {allowed.inviteMembers ? (
          <Link className="button" to={href("/o/:slug/invite", { slug: organization.slug })}>
            {t("list.invite")}
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
                {member.userId === currentUserId ? ` ${t("list.you")}` : ""}
              </p>
              <p className="muted">
                {t("list.memberLine", {
                  email: member.email,
                  role: t(labelKeys.role[member.role]),
                  date: member.joinedAt,
                })}
              </p>
            </div>
            <div className="member__actions">
              {allowed.manageMembers ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="change-role" />
                  <input type="hidden" name="userId" value={member.userId} />
                  <label htmlFor={`role-${member.userId}`} className="visually-hidden">
                    {t("list.roleOf", { name: member.name })}
                  </label>
                  <select id={`role-${member.userId}`} name="role" defaultValue={member.role}>
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {t(labelKeys.role[role])}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button button--small button--secondary">
                    <Trans t={t} i18nKey="list.changeRole" values={{ name: member.name }} components={{ hidden }} />
                  </button>
                </Form>
              ) : null}
              {member.userId === currentUserId ? (
                <ConfirmForm
                  intent="leave"
                  label={t("list.leave")}
                  confirmLabel={t("list.confirmLeave", { name: organization.name })}
                />
              ) : allowed.manageMembers ? (
                <ConfirmForm
                  intent="remove"
                  userId={member.userId}
                  label={t("list.remove")}
                  who={member.name}
                  confirmLabel={t("list.confirmRemove", { name: member.name })}
                />
              ) : null}
            </div>
          </li>
        ))}
      </ul>

      <JoinRequests slug={organization.slug} requests={joinRequests} canShowLink={canShowJoinLink} />
      {allowed.inviteMembers ? (
        <>
          <h2>{t("list.openInvitations")}</h2>
          {invitations.length === 0 ? (
            <p className="muted">{t("list.noOpenInvitations")}</p>
          ) : (
            <ul className="member-list">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="member">
                  <div>
                    <p className="member__name">{invitation.email}</p>
                    <p className="muted">
                      {t("list.invitationLine", {
                        role: t(labelKeys.role[invitation.role]),
                        date: invitation.expiresAt,
                      })}
                    </p>
                    <p className={invitation.delivery.problem ? "field__error" : "muted"}>
                      {t(invitation.delivery.key, invitation.delivery.values)}
                    </p>
                  </div>
                  <div className="member__actions">
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="invitationId" value={invitation.id} />
                      <button type="submit" className="button button--small button--secondary">
                        <Trans
                          t={t}
                          i18nKey="list.revoke"
                          values={{ email: invitation.email }}
                          components={{ hidden }}
                        />
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
  const { t } = useTranslation("members");
  return (
    <details className="confirm" open={failure ? true : undefined}>
      <summary className="button button--small button--secondary">
        <Trans
          t={t}
          i18nKey="resend.open"
          values={{ email: props.email }}
          components={{ hidden: <span className="visually-hidden" /> }}
        />
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
          label={t("resend.label")}
          type="email"
          autoComplete="off"
          required
          maxLength={limits.email}
          defaultValue={failure?.email}
          hint={t("resend.hint", { email: props.email })}
          error={failure?.field === "email" ? failure.message : undefined}
        />
        <button type="submit" className="button button--small">
          {t("resend.submit")}
        </button>
      </Form>
    </details>
  );
}
