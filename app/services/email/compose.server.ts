// Turns a delivery into the message to send: one-off messages carry their rendered data in the delivery,
// reminders are read fresh from the database (and dropped when their reason went away).
import type { OutgoingMessage } from "~/lib/email/mailer.server";
import { publicOrigin } from "~/lib/email/public-origin.server";
import { renderEmail, type EmailData, type EmailFooter, type EmailKind } from "~/lib/email/render.server";
import { isOptionalEmailKind, optionalEmailKindLabels, type OptionalEmailKind } from "~/lib/email-kinds";
import { formatDay, formatMoment } from "~/lib/format-dates";
import { calendar } from "~/lib/ics.server";
import { askStatusLabels } from "~/lib/labels";
import { href } from "~/lib/paths";
import { isAccountTokenOpen } from "~/models/account-token.server";
import { verifiedByText } from "~/models/agency-verification.server";
import {
  askFollowUpContent,
  meetingReminderContent,
  taskReminderContent,
  weeklyDigestContent,
  type ReminderOrganization,
} from "~/models/email-content.server";
import type { Delivery } from "~/models/email-delivery.server";
import { optedOutKinds } from "~/models/email-preference.server";
import { guidanceStillReachesCoalitions } from "~/models/guidance.server";
import { isInvitationOpen } from "~/models/invitation.server";
import { suspendedSenderReason } from "~/models/report.server";
import { findUserById } from "~/models/user.server";
import { unsubscribeToken } from "~/services/email/unsubscribe.server";

type Recipient = { id: string; name: string; email: string };

export const absoluteUrl = (path: string) => `${publicOrigin()}${path}`;

/** The footer of an email someone can turn off, with its one-click unsubscribe link. */
export function optionalFooter(userId: string, kind: OptionalEmailKind, organizationName: string): EmailFooter {
  return {
    reason: `You get this email because you are a member of ${organizationName} on Fulcrum.`,
    unsubscribeUrl: absoluteUrl(href("/unsubscribe/:token", { token: unsubscribeToken(userId, kind) })),
    unsubscribeLabel: `Stop ${optionalEmailKindLabels[kind].name.toLowerCase()}`,
    preferencesUrl: absoluteUrl(href("/account/emails")),
  };
}

type Composed =
  | { skip: string }
  | {
      kind: EmailKind;
      data: unknown;
      preheader: string;
      footer: EmailFooter;
      calendar?: { filename: string; content: string };
    };

function composeReminder(delivery: Delivery, recipient: Recipient, now: Date): Composed {
  const kind = delivery.kind;
  // Only the kinds a person can turn off are composed at send time; every other kind stores its message.
  if (!isOptionalEmailKind(kind)) return { skip: `Nothing is known about how to write a ${kind} email.` };
  const recordId = delivery.recordId!;
  const dueAt = delivery.dueAt!;
  const footerFor = (organization: ReminderOrganization) => optionalFooter(recipient.id, kind, organization.name);
  switch (kind) {
    case "meeting-reminder": {
      const content = meetingReminderContent(recordId, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const { meeting, organization } = content;
      const url = absoluteUrl(content.path);
      const data: EmailData["meeting-reminder"] = {
        name: recipient.name,
        organizationName: organization.name,
        campaignTitle: content.campaignTitle,
        meeting: {
          title: meeting.title,
          when: content.when,
          whenRelative: content.whenRelative,
          place: meeting.location,
          videoUrl: meeting.videoUrl,
          agenda: meeting.agenda,
          url,
          targets: content.targets,
        },
        hasCalendarAttachment: true,
      };
      return {
        kind,
        data,
        preheader: `${meeting.title}, ${content.when}`,
        footer: footerFor(organization),
        calendar: {
          filename: "meeting.ics",
          content: calendar(organization.name, [{ ...meeting, url }], [], "PUBLISH"),
        },
      };
    }
    case "task-due-soon":
    case "task-overdue": {
      const content = taskReminderContent(kind, recordId, recipient.id, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const { task, organization } = content;
      const url = absoluteUrl(content.path);
      const common = {
        name: recipient.name,
        organizationName: organization.name,
        campaignTitle: content.campaignTitle,
      };
      if (kind === "task-due-soon") {
        const data: EmailData["task-due-soon"] = {
          ...common,
          task: { title: task.title, details: task.details, due: content.due, url },
        };
        return { kind, data, preheader: `Due tomorrow: ${task.title}`, footer: footerFor(organization) };
      }
      const data: EmailData["task-overdue"] = {
        ...common,
        task: {
          title: task.title,
          due: content.due,
          daysOverdue: `${content.daysLate} day${content.daysLate === 1 ? "" : "s"}`,
          url,
        },
        isLastReminder: content.isLastReminder,
      };
      return { kind, data, preheader: `Was due ${content.due}: ${task.title}`, footer: footerFor(organization) };
    }
    case "ask-follow-up": {
      const content = askFollowUpContent(recordId, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const data: EmailData["ask-follow-up"] = {
        name: recipient.name,
        organizationName: content.organization.name,
        campaignTitle: content.campaignTitle,
        ask: {
          text: content.ask.text,
          targetName: content.ask.targetName,
          statusLabel: content.statusLabel,
          followUpOn: content.followUpOn,
          url: absoluteUrl(content.path),
        },
      };
      return {
        kind,
        data,
        preheader: `Time to follow up with ${content.ask.targetName}`,
        footer: footerFor(content.organization),
      };
    }
    case "weekly-digest": {
      const content = weeklyDigestContent(recordId, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const { organization } = content;
      const zone = organization.timeZone;
      const taskLine = (task: { id: string; title: string; dueOn: string; assignee: string | null }) => ({
        title: task.title,
        due: formatDay(task.dueOn, "full"),
        assignee: task.assignee ?? "Nobody yet",
        url: absoluteUrl(href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: task.id })),
      });
      const more = content.changeCount - content.changes.length;
      const data: EmailData["weekly-digest"] = {
        name: recipient.name,
        organizationName: organization.name,
        weekOf: formatDay(content.today, "full"),
        dashboardUrl: absoluteUrl(href("/o/:slug", { slug: organization.slug })),
        changes: content.changes.map((change) => ({
          when: formatMoment(change.at, "full", zone),
          actor: change.actorName,
          summary: change.summary,
        })),
        moreChanges: more > 0 ? `and ${more} more change${more === 1 ? "" : "s"}` : "",
        dueSoon: content.dueSoon.map(taskLine),
        overdue: content.overdue.map(taskLine),
        waitingAsks: content.waitingAsks.map((ask) => ({
          text: ask.text,
          targetName: ask.targetName,
          statusLabel: askStatusLabels[ask.status],
          since: formatMoment(ask.updatedAt, "full", zone),
          url: absoluteUrl(
            href("/o/:slug/campaigns/:campaignId/asks/:askId", {
              slug: organization.slug,
              campaignId: ask.campaignId,
              askId: ask.id,
            }),
          ),
        })),
      };
      return { kind, data, preheader: `${organization.name}: the week ahead`, footer: footerFor(organization) };
    }
    default:
      return { skip: `Nothing is known about how to write a ${kind} email.` };
  }
}

function compose(delivery: Delivery, recipient: Recipient | undefined, now: Date): Composed {
  // A link that can no longer be used is not worth sending (withdrawn invitation, reset link already used).
  if (delivery.kind === "invitation" && !isInvitationOpen(delivery.recordId ?? "", now)) {
    return { skip: "The invitation was withdrawn, replaced, used or expired before it could be sent." };
  }
  if (
    (delivery.kind === "verify-email" || delivery.kind === "password-reset") &&
    !isAccountTokenOpen(delivery.recordId ?? "", now)
  ) {
    return { skip: "The link was used or expired before it could be sent." };
  }
  const suspended = suspendedSenderReason(delivery);
  if (suspended) return { skip: suspended };
  // Guidance queued before its agency's verification was revoked (or before it was withdrawn) no longer goes out.
  if (delivery.kind === "guidance-published" && !guidanceStillReachesCoalitions(delivery.recordId ?? "")) {
    return { skip: "The guidance no longer reaches coalitions: withdrawn, or its agency is no longer verified." };
  }
  // Someone who turned a kind off after it was queued (or between retries) does not get it.
  if (recipient && isOptionalEmailKind(delivery.kind) && optedOutKinds(recipient.id).has(delivery.kind))
    return { skip: "The person turned this kind of email off." };
  if (delivery.payload) {
    const stored = delivery.payload;
    // The mark is the operators' current one (and guidance queued before marks existed gets it too).
    const data =
      delivery.kind === "guidance-published" ? { ...stored.data, verifiedBy: verifiedByText() } : stored.data;
    return { kind: delivery.kind, data, preheader: stored.preheader, footer: stored.footer };
  }
  if (!recipient) return { skip: "The person's account was deleted." };
  return composeReminder(delivery, recipient, now);
}

export type MessageOrSkip = { skip: string } | { message: OutgoingMessage; kind: EmailKind };

export async function messageFor(delivery: Delivery, now = new Date()): Promise<MessageOrSkip> {
  const recipient = delivery.userId ? findUserById(delivery.userId) : undefined;
  const composed = compose(delivery, recipient, now);
  if ("skip" in composed) return composed;
  const rendered = await renderEmail(composed.kind, composed.data as never, {
    preheader: composed.preheader,
    footer: composed.footer,
  });
  const headers: Record<string, string> = {};
  if (composed.footer.unsubscribeUrl) {
    // RFC 8058: mail apps show an unsubscribe button that posts to this address, no login needed.
    headers["List-Unsubscribe"] = `<${composed.footer.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  if (!delivery.payload || isOptionalEmailKind(delivery.kind)) headers["Auto-Submitted"] = "auto-generated";
  // Reminders go to the person's current address; one-off messages to the address they were meant for.
  const to =
    recipient && !delivery.payload
      ? { name: recipient.name, address: recipient.email }
      : { name: delivery.toName, address: delivery.toAddress };
  return {
    kind: composed.kind,
    message: {
      to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: `<${delivery.id}@fulcrum>`,
      headers,
      calendar: composed.calendar,
    },
  };
}
