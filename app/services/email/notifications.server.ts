// One-off emails: written into the delivery queue with everything they say, then sent by the scheduler
// straight away (and retried like reminders when the mail server is down).
import type { Role } from "~/lib/domain";
import type { StoredMessage } from "~/lib/email/messages";
import { emailTranslator, type EmailData, type EmailKind } from "~/lib/email/render.server";
import { env } from "~/lib/env.server";
import { formatDay, formatMoment, localeFor } from "~/lib/format-dates";
import { languages, type Language } from "~/lib/i18n";
import { labelKeys } from "~/lib/labels";
import { href } from "~/lib/paths";
import { rolesWith } from "~/lib/permissions";
import { createAccountToken, accountTokenLifetimeMs } from "~/models/account-token.server";
import { taskAssignedContent } from "~/models/email-content.server";
import { enqueueDeliveries } from "~/models/email-delivery.server";
import { optedOutAmong, optedOutKinds } from "~/models/email-preference.server";
import { guidanceRecipients } from "~/models/guidance.server";
import { membersWithRoles } from "~/models/membership.server";
import { unconfirmedAddressReason } from "~/models/reminder.server";
import { operatorAccounts } from "~/models/report.server";
import { findUserByEmail, findUserById } from "~/models/user.server";
import { absoluteUrl, emailLanguage, optionalFooter } from "~/services/email/compose.server";
import { nudgeScheduler } from "~/services/email/scheduler.server";

type Person = { id: string; name: string; email: string };

function queue<K extends EmailKind>(
  kind: K,
  delivery: {
    key: string;
    organizationId: string | null;
    userId: string | null;
    recordId: string | null;
    toAddress: string;
    toName: string;
    skippedBecause?: string;
  },
  message: StoredMessage<K>,
): void {
  enqueueDeliveries([{ ...delivery, kind, payload: message }]);
  nudgeScheduler();
}

const hours = (ms: number, language: Language) =>
  emailTranslator(language)("duration.hours", { count: ms / 3_600_000 });

/**
 * An invitation is written in the language of the account already using the address if it chose one, else in
 * the organization's language for invitations; it links to the same invitation in the other language, whose
 * page then shows in that language (the invitation route keeps `?lang=`).
 */
export function emailInvitation(input: {
  invitationId: string;
  token: string;
  email: string;
  role: Role;
  expiresAt: Date;
  inviter: { name: string };
  organization: {
    id: string;
    name: string;
    timeZone: string;
    kind: string;
    verifiedAt: Date | null;
    defaultLanguage: Language;
  };
}): void {
  const language = findUserByEmail(input.email)?.language ?? input.organization.defaultLanguage;
  const t = emailTranslator(language);
  const other = languages.find((candidate) => candidate !== language) ?? language;
  const acceptUrl = (lang: Language) => absoluteUrl(href("/invitations/:token", { token: input.token }, { lang }));
  const data: EmailData["invitation"] = {
    organizationName: input.organization.name,
    // Staff invited to an agency nobody has checked yet are told so: the name alone proves nothing.
    unverifiedAgency: input.organization.kind === "state_agency" && !input.organization.verifiedAt,
    inviterName: input.inviter.name,
    roleLabel: t(labelKeys.role[input.role]).toLocaleLowerCase(localeFor(language)),
    acceptUrl: acceptUrl(language),
    expiresOn: formatMoment(input.expiresAt, "full", input.organization.timeZone, localeFor(language)),
    otherLanguage: {
      language: other,
      url: acceptUrl(other),
      label: emailTranslator(other)("invitation.otherLanguage"),
    },
  };
  const names = { inviter: input.inviter.name, organization: input.organization.name };
  queue(
    "invitation",
    {
      key: `invitation:${input.invitationId}`,
      organizationId: input.organization.id,
      userId: null,
      recordId: input.invitationId,
      toAddress: input.email,
      toName: "",
    },
    { data, preheader: t("invitation.preheader", names), footer: plainFooter(t("footer.invited", names)), language },
  );
}

/** A footer without unsubscribe links, for emails everyone gets (invitations, account links). */
const plainFooter = (reason: string) => ({ reason, unsubscribeUrl: "", unsubscribeLabel: "", preferencesUrl: "" });

const accountLinks = {
  "verify-email": { path: "/verify-email/:token", preheader: "verifyEmail.preheader", reason: "footer.signedUp" },
  "reset-password": { path: "/reset-password/:token", preheader: "passwordReset.preheader", reason: "footer.reset" },
} as const;

/** Emails a single-use account link: a confirmation of the address, or a password reset. */
function emailAccountLink(purpose: keyof typeof accountLinks, user: Person, now: Date): void {
  const { id, token } = createAccountToken(user.id, user.email, purpose, now);
  const link = accountLinks[purpose];
  const url = absoluteUrl(href(link.path, { token }));
  const language = emailLanguage(findUserById(user.id));
  const t = emailTranslator(language);
  const expiresIn = hours(accountTokenLifetimeMs[purpose], language);
  const kind = purpose === "verify-email" ? "verify-email" : "password-reset";
  const delivery = {
    key: `${kind}:${id}`,
    organizationId: null,
    userId: user.id,
    recordId: id,
    toAddress: user.email,
    toName: user.name,
  };
  const common = { preheader: t(link.preheader), footer: plainFooter(t(link.reason)), language };
  if (kind === "verify-email")
    queue(kind, delivery, { data: { name: user.name, verifyUrl: url, expiresIn }, ...common });
  else queue(kind, delivery, { data: { name: user.name, resetUrl: url, expiresIn }, ...common });
}

export const emailVerification = (user: Person, now = new Date()) => emailAccountLink("verify-email", user, now);
export const emailPasswordReset = (user: Person, now = new Date()) => emailAccountLink("reset-password", user, now);

/** Tells someone they were given a task, unless they gave it to themselves or turned these emails off. */
export function emailTaskAssigned(
  taskId: string,
  assigneeId: string | null,
  assigner: { id: string; name: string },
  now = new Date(),
): void {
  const assignee = assigneeId ? findUserById(assigneeId) : undefined;
  if (!assignee || assignee.id === assigner.id || optedOutKinds(assignee.id).has("task-assigned")) return;
  const content = taskAssignedContent(taskId);
  if (!content) return;
  const { task, organization } = content;
  const language = emailLanguage(assignee);
  const t = emailTranslator(language);
  queue(
    "task-assigned",
    {
      key: `task-assigned:${taskId}:${assignee.id}:${now.getTime()}`,
      organizationId: organization.id,
      userId: assignee.id,
      recordId: taskId,
      toAddress: assignee.email,
      toName: assignee.name,
      skippedBecause: assignee.emailVerifiedAt ? undefined : unconfirmedAddressReason,
    },
    {
      data: {
        name: assignee.name,
        assignerName: assigner.name,
        organizationName: organization.name,
        campaignTitle: content.campaignTitle,
        task: {
          title: task.title,
          details: task.details,
          due: formatDay(task.dueOn, "full", localeFor(language)),
          url: absoluteUrl(content.path),
        },
      },
      preheader: t("taskAssigned.preheader", { assigner: assigner.name, title: task.title }),
      footer: optionalFooter(assignee.id, "task-assigned", organization.name, language),
      language,
    },
  );
}

/**
 * Tells whoever made a task that its member handed it back: the maker, while they can still reassign it, or
 * else (the maker left, lost the role, or is unknown) everyone who can. Never the member who handed it back.
 */
export function emailTaskHandedBack(taskId: string, member: { id: string; name: string }, now = new Date()): void {
  const content = taskAssignedContent(taskId);
  if (!content) return;
  const { task, organization } = content;
  // Tasks belong to coalitions only.
  const assigners = membersWithRoles(organization.id, rolesWith("coalition", "tasks.assign"));
  const maker = assigners.find((person) => person.id === task.createdById);
  const toOrganizers = !maker;
  const recipients = (maker ? [maker] : assigners).filter((person) => person.id !== member.id);
  const optedOut = optedOutAmong(
    recipients.map((person) => person.id),
    "task-handed-back",
  );
  const wanted = recipients.filter((person) => !optedOut.has(person.id));
  if (wanted.length === 0) return;
  enqueueDeliveries(
    wanted.map((person) => {
      const language = emailLanguage(person);
      const due = formatDay(task.dueOn, "full", localeFor(language));
      const message: StoredMessage<"task-handed-back"> = {
        data: {
          name: person.name,
          memberName: member.name,
          organizationName: organization.name,
          campaignTitle: content.campaignTitle,
          toOrganizers,
          task: { title: task.title, due, note: task.handBackNote, url: absoluteUrl(content.path) },
        },
        preheader: emailTranslator(language)("taskHandedBack.preheader", { member: member.name, title: task.title }),
        footer: optionalFooter(person.id, "task-handed-back", organization.name, language),
        language,
      };
      return {
        key: `task-handed-back:${taskId}:${person.id}:${now.getTime()}`,
        kind: "task-handed-back" as const,
        organizationId: organization.id,
        userId: person.id,
        recordId: taskId,
        toAddress: person.email,
        toName: person.name,
        payload: message,
        skippedBecause: person.emailVerifiedAt ? undefined : unconfirmedAddressReason,
      };
    }),
    now,
  );
  nudgeScheduler();
}

/** Tells the organizers of every coalition a published version reaches that there is new or updated guidance. */
export function emailGuidancePublished(guidanceId: string, version: number, now = new Date()): void {
  const reached = guidanceRecipients(guidanceId, version);
  if (!reached) return;
  const { guidance, recipients } = reached;
  enqueueDeliveries(
    recipients.map(({ organization, user }) => {
      const data: EmailData["guidance-published"] = {
        name: user.name,
        organizationName: organization.name,
        agencyName: guidance.agencyName,
        verifiedBy: guidance.verifiedBy,
        title: guidance.title,
        summary: guidance.summary,
        changeNote: guidance.changeNote,
        isUpdate: version > 1,
        url: absoluteUrl(href("/o/:slug/inbox/:guidanceId", { slug: organization.slug, guidanceId })),
      };
      const language = emailLanguage(user);
      const message: StoredMessage<"guidance-published"> = {
        data,
        preheader: `${guidance.agencyName}: ${guidance.title}`,
        footer: optionalFooter(user.id, "guidance-published", organization.name, language),
        language,
      };
      return {
        key: `guidance-published:${guidanceId}:${version}:${organization.id}:${user.id}`,
        kind: "guidance-published" as const,
        organizationId: organization.id,
        userId: user.id,
        recordId: guidanceId,
        toAddress: user.email,
        toName: user.name,
        payload: message,
        skippedBecause: user.emailVerifiedAt ? undefined : unconfirmedAddressReason,
      };
    }),
    now,
  );
  nudgeScheduler();
}

/** Tells each operator (confirmed accounts listed in OPERATOR_EMAILS) that a coalition filed a report. */
export function emailReportFiled(report: {
  id: string;
  coalitionName: string;
  reporterName: string;
  agencyName: string;
  guidanceTitle: string;
  aboutAgency: boolean;
  reason: string;
}): void {
  const operators = operatorAccounts(env.OPERATOR_EMAILS);
  if (operators.length === 0) return;
  enqueueDeliveries(
    operators.map((operator) => {
      const { id, ...about } = report;
      const language = emailLanguage(operator);
      const t = emailTranslator(language);
      const reported = {
        coalition: report.coalitionName,
        about: report.aboutAgency ? report.agencyName : report.guidanceTitle,
      };
      const message: StoredMessage<"report-filed"> = {
        data: {
          name: operator.name,
          ...about,
          url: absoluteUrl(href("/operator/reports/:reportId", { reportId: id })),
        },
        preheader: t("reportFiled.preheader", reported),
        footer: plainFooter(t("footer.operator")),
        language,
      };
      // No organization: a coalition's Sent email page must not list the operators' addresses.
      return {
        key: `report-filed:${id}:${operator.id}`,
        kind: "report-filed" as const,
        organizationId: null,
        userId: operator.id,
        recordId: id,
        toAddress: operator.email,
        toName: operator.name,
        payload: message,
      };
    }),
  );
  nudgeScheduler();
}
