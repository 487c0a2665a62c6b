// Turns a delivery into the message to send: one-off messages carry their rendered data in the delivery,
// reminders are read fresh from the database (and dropped when their reason went away).
import type { OutgoingMessage } from "~/lib/email/mailer.server";
import { publicOrigin } from "~/lib/email/public-origin.server";
import {
  emailTranslator,
  renderEmail,
  type EmailData,
  type EmailFooter,
  type EmailKind,
} from "~/lib/email/render.server";
import { isOptionalEmailKind, optionalEmailKindKeys, type OptionalEmailKind } from "~/lib/email-kinds";
import { formatDay, formatMoment, localeFor } from "~/lib/format-dates";
import { fallbackLanguage, type Language } from "~/lib/i18n";
import { calendar } from "~/lib/ics.server";
import { labelKeys } from "~/lib/labels";
import { href } from "~/lib/paths";
import { daysBetween, instantToZoned } from "~/lib/zoned-time";
import { isAccountTokenOpen } from "~/models/account-token.server";
import { operatorName } from "~/models/agency-verification.server";
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
import { activityLines } from "~/services/activity.server";
import { unsubscribeToken } from "~/services/email/unsubscribe.server";

type Recipient = { id: string; name: string; email: string; language: Language | null };

export const absoluteUrl = (path: string) => `${publicOrigin()}${path}`;

/**
 * The language of a person's email: the one they chose (sign-up stores the one they were reading), else English.
 * Everyone in one meeting gets it in their own.
 */
export const emailLanguage = (person: { language: Language | null } | undefined): Language =>
  person?.language ?? fallbackLanguage;

/** The footer of an email someone can turn off, with its one-click unsubscribe link. */
export function optionalFooter(
  userId: string,
  kind: OptionalEmailKind,
  organizationName: string,
  language: Language,
): EmailFooter {
  const t = emailTranslator(language);
  return {
    reason: t("footer.member", { organization: organizationName }),
    unsubscribeUrl: absoluteUrl(href("/unsubscribe/:token", { token: unsubscribeToken(userId, kind) })),
    unsubscribeLabel: t(optionalEmailKindKeys[kind].stop),
    preferencesUrl: absoluteUrl(href("/account/emails")),
  };
}

/** "in 45 minutes", "in 2 hours", "later today", "tomorrow", "on Friday", in the reader's language. */
export function relativeWhen(startsAt: Date, now: Date, timeZone: string, language: Language): string {
  const t = emailTranslator(language);
  const minutes = Math.max(1, Math.round((startsAt.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return t("relative.minutes", { count: minutes });
  if (minutes < 180) return t("relative.hours", { count: Math.round(minutes / 60) });
  const days = daysBetween(instantToZoned(now, timeZone).date, instantToZoned(startsAt, timeZone).date);
  if (days === 0) return t("relative.laterToday");
  if (days === 1) return t("relative.tomorrow");
  return t("relative.onDay", { weekday: formatMoment(startsAt, "weekday", timeZone, localeFor(language)) });
}

type Composed =
  | { skip: string }
  | {
      kind: EmailKind;
      data: unknown;
      preheader: string;
      footer: EmailFooter;
      calendar?: { filename: string; content: string };
      language: Language;
    };

function composeReminder(delivery: Delivery, recipient: Recipient, now: Date): Composed {
  const kind = delivery.kind;
  // Only the kinds a person can turn off are composed at send time; every other kind stores its message.
  if (!isOptionalEmailKind(kind)) return { skip: `Nothing is known about how to write a ${kind} email.` };
  const recordId = delivery.recordId!;
  const dueAt = delivery.dueAt!;
  const language = emailLanguage(recipient);
  const locale = localeFor(language);
  const t = emailTranslator(language);
  const footerFor = (organization: ReminderOrganization) =>
    optionalFooter(recipient.id, kind, organization.name, language);
  switch (kind) {
    case "meeting-reminder": {
      const content = meetingReminderContent(recordId, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const { meeting, organization } = content;
      const url = absoluteUrl(content.path);
      const when = formatMoment(meeting.startsAt, "full", organization.timeZone, locale);
      const data: EmailData["meeting-reminder"] = {
        name: recipient.name,
        organizationName: organization.name,
        campaignTitle: content.campaignTitle,
        meeting: {
          title: meeting.title,
          when,
          whenRelative: relativeWhen(meeting.startsAt, now, organization.timeZone, language),
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
        preheader: `${meeting.title}, ${when}`,
        footer: footerFor(organization),
        calendar: {
          filename: "meeting.ics",
          content: calendar(organization.name, [{ ...meeting, url }], [], { method: "PUBLISH", language }),
        },
        language,
      };
    }
    case "task-due-soon":
    case "task-overdue": {
      const content = taskReminderContent(kind, recordId, recipient.id, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const { task, organization } = content;
      const url = absoluteUrl(content.path);
      const due = formatDay(task.dueOn, "full", locale);
      const common = {
        name: recipient.name,
        organizationName: organization.name,
        campaignTitle: content.campaignTitle,
      };
      if (kind === "task-due-soon") {
        const data: EmailData["task-due-soon"] = {
          ...common,
          task: { title: task.title, details: task.details, due, url },
        };
        const preheader = t("taskDueSoon.subject", { title: task.title });
        return { kind, data, preheader, footer: footerFor(organization), language };
      }
      const data: EmailData["task-overdue"] = {
        ...common,
        task: {
          title: task.title,
          due,
          daysOverdue: t("duration.days", { count: content.daysLate }),
          url,
        },
        isLastReminder: content.isLastReminder,
      };
      const preheader = t("taskOverdue.preheader", { due, title: task.title });
      return { kind, data, preheader, footer: footerFor(organization), language };
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
          statusLabel: t(labelKeys.askStatus[content.ask.status]),
          followUpOn: formatDay(content.followUpDay, "full", locale),
          url: absoluteUrl(content.path),
        },
      };
      return {
        kind,
        data,
        preheader: t("askFollowUp.preheader", { target: content.ask.targetName }),
        footer: footerFor(content.organization),
        language,
      };
    }
    case "weekly-digest": {
      const content = weeklyDigestContent(recordId, dueAt, now);
      if (content.skip) return { skip: content.skip };
      const { organization } = content;
      const zone = organization.timeZone;
      const taskLine = (task: { id: string; title: string; dueOn: string; assignee: string | null }) => ({
        title: task.title,
        due: formatDay(task.dueOn, "full", locale),
        assignee: task.assignee ?? t("weeklyDigest.nobodyYet"),
        url: absoluteUrl(href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: task.id })),
      });
      const more = content.changeCount - content.changes.length;
      const data: EmailData["weekly-digest"] = {
        name: recipient.name,
        organizationName: organization.name,
        weekOf: formatDay(content.today, "full", locale),
        dashboardUrl: absoluteUrl(href("/o/:slug", { slug: organization.slug })),
        changes: activityLines(content.changes, language).map((change) => ({
          when: formatMoment(change.at, "full", zone, locale),
          actor: change.actorName,
          summary: change.text,
          english: change.lang === "en",
        })),
        moreChanges: more > 0 ? t("weeklyDigest.moreChanges", { count: more }) : "",
        dueSoon: content.dueSoon.map(taskLine),
        overdue: content.overdue.map(taskLine),
        waitingAsks: content.waitingAsks.map((ask) => ({
          text: ask.text,
          targetName: ask.targetName,
          statusLabel: t(labelKeys.askStatus[ask.status]),
          since: formatMoment(ask.updatedAt, "full", zone, locale),
          url: absoluteUrl(
            href("/o/:slug/campaigns/:campaignId/asks/:askId", {
              slug: organization.slug,
              campaignId: ask.campaignId,
              askId: ask.id,
            }),
          ),
        })),
      };
      const preheader = t("weeklyDigest.preheader", { organization: organization.name });
      return { kind, data, preheader, footer: footerFor(organization), language };
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
      delivery.kind === "guidance-published"
        ? { ...stored.data, verifiedBy: operatorName() }
        : // Invitations queued before they linked to the other language have no such link.
          delivery.kind === "invitation"
          ? { otherLanguage: null, ...stored.data }
          : stored.data;
    // Queued before emails had languages: its words were written in English.
    const language = stored.language ?? fallbackLanguage;
    return { kind: delivery.kind, data, preheader: stored.preheader, footer: stored.footer, language };
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
    language: composed.language,
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
