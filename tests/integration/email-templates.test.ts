import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";

import {
  checkEmailTemplates,
  compilationCount,
  compileMjml,
  renderEmail,
  type EmailData,
  type EmailFooter,
  type EmailKind,
} from "~/lib/email/render.server";
import { emailKindNames, isOptionalEmailKind } from "~/lib/email-kinds";

const hostile = `Tom & "Jerry" <script>alert(1)</script>`;
const url = (path: string) => `https://fulcrum.example.org/${path}?a=1&b=2`;
const optionalFooter: EmailFooter = {
  reason: "You are a member of Maple Hollow.",
  unsubscribeUrl: url("unsubscribe/abc"),
  unsubscribeLabel: "Stop meeting reminders",
  preferencesUrl: url("account/emails"),
};
const accountFooter: EmailFooter = {
  reason: "This address made an account.",
  unsubscribeUrl: "",
  unsubscribeLabel: "",
  preferencesUrl: "",
};
const when = "Monday, March 9, 2026 at 6:00 PM EDT";
const task = {
  title: hostile,
  details: "Bring the sign-up sheet",
  due: "Tuesday, March 10, 2026",
  url: url("o/co/tasks/1"),
};
const line = { title: hostile, due: "Tuesday, March 10, 2026", assignee: "Milo", url: url("o/co/tasks/2") };

const samples: { [K in EmailKind]: EmailData[K] } = {
  invitation: {
    organizationName: hostile,
    unverifiedAgency: true,
    inviterName: "Olive",
    roleLabel: "member",
    acceptUrl: url("invitations/t"),
    expiresOn: when,
    otherLanguage: { language: "es", url: url("invitations/t-es"), label: "Lea esta invitación en español" },
  },
  "verify-email": { name: hostile, verifyUrl: url("verify-email/t"), expiresIn: "48 hours" },
  "password-reset": { name: hostile, resetUrl: url("reset-password/t"), expiresIn: "1 hour" },
  "task-assigned": { name: "Milo", assignerName: "Olive", organizationName: "Maple", campaignTitle: hostile, task },
  "task-due-soon": { name: "Milo", organizationName: "Maple", campaignTitle: "", task },
  "task-overdue": {
    name: "Milo",
    organizationName: "Maple",
    campaignTitle: "",
    task: { title: hostile, due: task.due, daysOverdue: "3 days", url: task.url },
    isLastReminder: true,
  },
  "meeting-reminder": {
    name: "Milo",
    organizationName: "Maple",
    campaignTitle: "Family voice",
    meeting: {
      title: hostile,
      when,
      whenRelative: "tomorrow",
      place: "District office, room 204",
      videoUrl: url("video"),
      agenda: "1. Seats\n2. Reading list",
      url: url("meetings/1"),
      targets: "Dr. Alvarez (Chief academic officer)",
    },
    hasCalendarAttachment: true,
  },
  "ask-follow-up": {
    name: "Milo",
    organizationName: "Maple",
    campaignTitle: "Family voice",
    ask: {
      text: hostile,
      targetName: "Dr. Alvarez",
      statusLabel: "Made",
      followUpOn: "Tuesday, March 10, 2026",
      url: url("asks/1"),
    },
  },
  "weekly-digest": {
    name: "Olive",
    organizationName: "Maple",
    weekOf: "Monday, June 8, 2026",
    dashboardUrl: url("o/co"),
    changes: [
      { when, actor: "Olive", summary: hostile, english: false },
      { when, actor: "Olive", summary: "Started the campaign.", english: true },
    ],
    dueSoon: [line],
    overdue: [line],
    waitingAsks: [{ text: hostile, targetName: "Dr. Alvarez", statusLabel: "Made", since: when, url: url("asks/1") }],
    moreChanges: "and 4 more changes",
  },
  "guidance-published": {
    name: "Olive",
    organizationName: "Maple",
    agencyName: "Ohio Department of Education",
    verifiedBy: "the operators",
    title: hostile,
    summary: "Three things to prepare",
    changeNote: "Added dates",
    isUpdate: true,
    url: url("o/co/inbox/1"),
  },
  "report-filed": {
    name: "Ada",
    coalitionName: "Maple",
    reporterName: "Olive",
    agencyName: "Ohio Department of Education",
    guidanceTitle: hostile,
    aboutAgency: true,
    reason: hostile,
    url: url("operator/reports/1"),
  },
  "task-handed-back": {
    name: "Olive",
    memberName: "Milo",
    organizationName: "Maple",
    campaignTitle: hostile,
    toOrganizers: true,
    task: { title: hostile, due: task.due, note: hostile, url: task.url },
  },
};

const urlsOf = (value: unknown): string[] =>
  typeof value === "string"
    ? value.startsWith("https://")
      ? [value]
      : []
    : value && typeof value === "object"
      ? Object.values(value).flatMap(urlsOf)
      : [];

// The text version's footer rule, and a word Spanish shares with English (the glossary keeps "agenda").
const sameInBothLanguages = ["--", "Agenda:"];

const stringsOf = (value: unknown): string[] =>
  typeof value === "string"
    ? value
      ? [value]
      : []
    : value && typeof value === "object"
      ? Object.values(value).flatMap(stringsOf)
      : [];

describe("email templates", () => {
  it.each(emailKindNames)(
    "%s renders escaped HTML, a one-line subject and a plain-text version with every link",
    async (kind) => {
      const footer = isOptionalEmailKind(kind) ? optionalFooter : accountFooter;
      const email = await renderEmail(kind, samples[kind] as never, { preheader: "Preview line", footer });
      expect(email.subject).not.toMatch(/\n|&amp;|&lt;|&quot;/);
      expect(email.subject.length).toBeGreaterThan(10);
      expect(email.html).not.toContain("<script>alert(1)</script>");
      expect(email.html).not.toContain("{{");
      expect(email.html).toContain('<html lang="en"');
      expect(email.html).toContain("Preview line");
      // Plain text carries people's words verbatim (nothing executes there) and no markup or entities of its own.
      expect(email.text.replaceAll(hostile, "")).not.toMatch(/<[a-z]|&amp;|&lt;|&#x27;|&quot;|\{\{/);
      for (const link of urlsOf(samples[kind])) {
        expect(email.text).toContain(link);
        // In HTML the link is entity-encoded (& and = too), which mail apps decode back to the same address.
        expect(email.html).toContain(Handlebars.escapeExpression(link));
      }
      if (JSON.stringify(samples[kind]).includes("script")) {
        expect(email.html).toContain("Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(1)&lt;/script&gt;");
        expect(email.text).toContain(hostile);
      }
      expect(email.text.includes(optionalFooter.unsubscribeUrl)).toBe(footer === optionalFooter);
      expect(email.html.includes("Stop meeting reminders")).toBe(footer === optionalFooter);
    },
  );

  it.each(emailKindNames)("%s has every word of its own in Spanish when rendered in Spanish", async (kind) => {
    const footer = isOptionalEmailKind(kind) ? optionalFooter : accountFooter;
    const common = { preheader: "Preview line", footer };
    const english = await renderEmail(kind, samples[kind] as never, common);
    const spanish = await renderEmail(kind, samples[kind] as never, { ...common, language: "es" });
    expect(spanish.html).toContain('<html lang="es"');
    expect(spanish.subject).not.toBe(english.subject);
    // No line of the template's own English is left: a line both languages share holds only people's words.
    const theirWords = stringsOf({ data: samples[kind], footer });
    const lines = (text: string) => text.split("\n").map((line) => line.trim());
    const spanishLines = new Set(lines(spanish.text));
    const sharedWords = lines(english.text).filter(
      (line) =>
        line &&
        !sameInBothLanguages.includes(line) &&
        spanishLines.has(line) &&
        !theirWords.some((words) => line.includes(words) || words.includes(line)),
    );
    expect(sharedWords, "lines left in English").toEqual([]);
    expect(spanish.text).not.toMatch(/\b(Hello|Open the|Due:|Choose which)\b/);
  });

  it("say when, where and what to do in a meeting reminder, and leave out what is not known", async () => {
    const full = await renderEmail("meeting-reminder", samples["meeting-reminder"], {
      preheader: "",
      footer: optionalFooter,
    });
    for (const fact of [
      when,
      "District office, room 204",
      "2. Reading list",
      "Dr. Alvarez (Chief academic officer)",
      "calendar",
    ])
      expect(full.text).toContain(fact);
    expect(full.subject).toContain("tomorrow");
    const bare = await renderEmail(
      "meeting-reminder",
      {
        ...samples["meeting-reminder"],
        meeting: { ...samples["meeting-reminder"].meeting, place: "", videoUrl: "", agenda: "", targets: "" },
        hasCalendarAttachment: false,
      },
      { preheader: "", footer: optionalFooter },
    );
    for (const absent of ["Where:", "Video call:", "Agenda:", "Meeting with:", "calendar"])
      expect(bare.text).not.toContain(absent);
    expect(bare.html).not.toContain("Where:");
  });

  it("give the digest friendly lines for empty sections", async () => {
    const empty = await renderEmail(
      "weekly-digest",
      { ...samples["weekly-digest"], changes: [], dueSoon: [], overdue: [], waitingAsks: [], moreChanges: "" },
      { preheader: "", footer: optionalFooter },
    );
    for (const text of [empty.text, empty.html]) {
      expect(text).toContain("Nothing is overdue.");
      expect(text).toContain("No tasks are due this week.");
      expect(text).toContain("No ask is waiting on a target.");
      expect(text).toContain("Nothing changed this week.");
    }
    const full = await renderEmail("weekly-digest", samples["weekly-digest"], {
      preheader: "",
      footer: optionalFooter,
    });
    expect(full.text).not.toContain("Nothing is overdue.");
    expect(full.text).toContain("and 4 more changes");
  });

  it("compile each template once per process", async () => {
    await checkEmailTemplates();
    const before = compilationCount();
    await Promise.all(
      emailKindNames.map((kind) => renderEmail(kind, samples[kind] as never, { preheader: "", footer: accountFooter })),
    );
    await checkEmailTemplates();
    expect(compilationCount()).toBe(before);
    expect(before).toBe(emailKindNames.length);
  });

  it("name the file when MJML finds a mistake", async () => {
    await expect(
      compileMjml("<mj-section><mj-column><mj-bogus>x</mj-bogus></mj-column></mj-section>", "broken.mjml"),
    ).rejects.toThrow(/emails\/broken\.mjml/);
  });
});
