// What each kind of email says (the data its templates fill in) and what a queued message stores: plain types,
// shared by the database schema (the stored payload), the composers and the renderer.
import type { EmailKindName } from "../email-kinds";
import type { Language } from "../i18n";

export type EmailFooter = { reason: string; unsubscribeUrl: string; unsubscribeLabel: string; preferencesUrl: string };
type TaskLine = { title: string; due: string; assignee: string; url: string };

/** Exactly the kinds of email-kinds.ts: a kind added there fails to typecheck until its data is described here. */
type OneEntryPerKind<T extends Record<EmailKindName, object> & Record<Exclude<keyof T, EmailKindName>, never>> = T;

export type EmailData = OneEntryPerKind<{
  invitation: {
    organizationName: string;
    unverifiedAgency: boolean;
    inviterName: string;
    roleLabel: string;
    acceptUrl: string;
    expiresOn: string;
    /** The same invitation in the other language: a link, and its label written in that language. */
    otherLanguage: { language: Language; url: string; label: string } | null;
  };
  "verify-email": { name: string; verifyUrl: string; expiresIn: string };
  "password-reset": { name: string; resetUrl: string; expiresIn: string };
  "task-assigned": {
    name: string;
    assignerName: string;
    organizationName: string;
    campaignTitle: string;
    task: { title: string; details: string; due: string; url: string };
  };
  "task-due-soon": {
    name: string;
    organizationName: string;
    campaignTitle: string;
    task: { title: string; details: string; due: string; url: string };
  };
  "task-overdue": {
    name: string;
    organizationName: string;
    campaignTitle: string;
    task: { title: string; due: string; daysOverdue: string; url: string };
    isLastReminder: boolean;
  };
  "meeting-reminder": {
    name: string;
    organizationName: string;
    campaignTitle: string;
    meeting: {
      title: string;
      when: string;
      whenRelative: string;
      place: string;
      videoUrl: string;
      agenda: string;
      url: string;
      targets: string;
    };
    hasCalendarAttachment: boolean;
  };
  "ask-follow-up": {
    name: string;
    organizationName: string;
    campaignTitle: string;
    ask: { text: string; targetName: string; statusLabel: string; followUpOn: string; url: string };
  };
  "weekly-digest": {
    name: string;
    organizationName: string;
    weekOf: string;
    dashboardUrl: string;
    // `english`: a line stored in English before activity was kept as events (marked lang="en" in the HTML).
    changes: { when: string; actor: string; summary: string; english: boolean }[];
    dueSoon: TaskLine[];
    overdue: TaskLine[];
    waitingAsks: { text: string; targetName: string; statusLabel: string; since: string; url: string }[];
    moreChanges: string;
  };
  "guidance-published": {
    name: string;
    organizationName: string;
    agencyName: string;
    verifiedBy: string;
    title: string;
    summary: string;
    changeNote: string;
    isUpdate: boolean;
    url: string;
  };
  "report-filed": {
    name: string;
    coalitionName: string;
    reporterName: string;
    agencyName: string;
    guidanceTitle: string;
    aboutAgency: boolean;
    reason: string;
    url: string;
  };
  "task-handed-back": {
    name: string;
    memberName: string;
    organizationName: string;
    campaignTitle: string;
    /** Said when the organizers are told because the task's maker is no longer an organizer there. */
    toOrganizers: boolean;
    task: { title: string; due: string; note: string; url: string };
  };
}>;
export type EmailKind = EmailKindName;

/** What a one-off delivery stores until it is sent. */
export type StoredMessage<K extends EmailKind = EmailKind> = {
  data: EmailData[K];
  preheader: string;
  footer: EmailFooter;
  /** The language its words were written in (absent in messages queued before emails had languages: English). */
  language?: Language;
};
