import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import { claimNextDelivery } from "~/models/email-delivery.server";
import { optOut } from "~/models/email-preference.server";
import { findDueReminders } from "~/models/reminder.server";
import { getTask, reopenTask, settleTask } from "~/models/task.server";
import { runReminderPass } from "~/services/email/delivery.server";

import { calendarEvent, emailFixture, mailerFor } from "../support/email-fixture";
import { addMember, insertAsk, insertCoalition, insertMeeting, insertTask, insertUser } from "../support/fixtures";
import { isTo, startSmtpServer } from "../support/mail";

const email = emailFixture();

const pass = email.pass;

const deliveries = () => db.select().from(schema.emailDeliveries).all();

describe("meeting reminders", () => {
  it("arrive a day before at the same local time across the spring clock change, and an hour before", async () => {
    const ana = insertUser({ name: "Ana" });
    const co = insertCoalition(ana.id);
    optOut(ana.id, "weekly-digest"); // she owns the coalition, and this Monday's digest is not what is tested here
    // Monday March 9 2026, 6 pm in New York: the clocks sprang forward on Sunday March 8.
    const meetingId = insertMeeting(co.campaignId, new Date("2026-03-09T22:00:00Z"), [ana.id]);

    expect((await pass("2026-03-08T21:59:00Z")).sent).toBe(0); // 5:59 pm EDT on Sunday: 23 hours before, not yet
    expect((await pass("2026-03-08T22:00:00Z")).sent).toBe(1); // 6:00 pm EDT on Sunday
    const dayBefore = await email.smtp.waitFor(isTo(ana.email));
    expect(dayBefore.subject).toContain("Meeting with Dr. Alvarez");
    expect(dayBefore.text).toContain("Monday, March 9, 2026");
    expect(dayBefore.text).toContain("6:00 PM EDT");
    expect(dayBefore.text).toContain("District office, room 204");
    expect(dayBefore.text).toContain(
      `http://fulcrum.test/o/${co.slug}/campaigns/${co.campaignId}/meetings/${meetingId}`,
    );
    const event = calendarEvent(dayBefore);
    expect(event.summary).toBe("Meeting with Dr. Alvarez");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-09T22:00:00.000Z");
    expect(event.location).toBe("District office, room 204");

    expect((await pass("2026-03-09T20:59:00Z")).sent).toBe(0);
    expect((await pass("2026-03-09T21:00:00Z")).sent).toBe(1); // an hour before
    expect((await pass("2026-03-09T21:30:00Z")).sent).toBe(0);
    expect(email.smtp.received.filter(isTo(ana.email))).toHaveLength(2);
  });

  it("keep local time when the clocks fall back too", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id, { meetingReminderMinutes: [1440] });
    // Monday November 2 2026, 6 pm EST; the clocks fell back on Sunday November 1 (6 pm EST is 23:00 UTC).
    insertMeeting(co.campaignId, new Date("2026-11-02T23:00:00Z"), [ana.id]);
    expect((await pass("2026-11-01T22:59:00Z")).sent).toBe(0);
    expect((await pass("2026-11-01T23:00:00Z")).sent).toBe(1);
    expect((await email.smtp.waitFor(isTo(ana.email))).text).toContain("6:00 PM EST");
  });

  it("after downtime send only the latest reminder that is due, once", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id);
    insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id]);
    // Down from a day and a half before until half an hour before: the day-before reminder is stale.
    const result = await pass("2026-06-10T21:30:00Z");
    expect(result.sent).toBe(1);
    expect((await email.smtp.waitFor(isTo(ana.email))).subject).toMatch(/in 30 minutes/);
    expect((await pass("2026-06-10T21:31:00Z")).sent).toBe(0);
  });

  it("re-arm when the meeting moves, and stop when it is cancelled", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id, { meetingReminderMinutes: [1440] });
    const meetingId = insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id]);
    expect((await pass("2026-06-09T22:00:00Z")).sent).toBe(1);
    db.update(schema.meetings)
      .set({ startsAt: new Date("2026-06-12T22:00:00Z"), sequence: 1 })
      .where(eq(schema.meetings.id, meetingId))
      .run();
    expect((await pass("2026-06-10T21:00:00Z")).sent).toBe(0);
    expect((await pass("2026-06-11T22:00:00Z")).sent).toBe(1);
    const other = insertMeeting(co.campaignId, new Date("2026-06-20T22:00:00Z"), [ana.id], { status: "cancelled" });
    expect((await pass("2026-06-19T22:30:00Z")).sent).toBe(0);
    expect(deliveries().filter((d) => d.recordId === other)).toHaveLength(0);
  });

  it("go to attendees who want them, and record unconfirmed addresses as not sent", async () => {
    const ana = insertUser();
    const ben = insertUser();
    const cleo = insertUser({ verified: false });
    const co = insertCoalition(ana.id);
    addMember(co.id, ben.id);
    addMember(co.id, cleo.id);
    optOut(ben.id, "meeting-reminder");
    insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id, ben.id, cleo.id]);
    expect((await pass("2026-06-09T22:00:00Z")).sent).toBe(1);
    expect(email.smtp.received.map((mail) => [mail.to].flat()[0]!.value[0]!.address)).toEqual([ana.email]);
    const skipped = deliveries().filter((d) => d.status === "skipped");
    expect(skipped.map((d) => d.toAddress)).toEqual([cleo.email]);
    expect(skipped[0]!.lastError).toMatch(/not confirmed/);
  });
});

describe("task reminders", () => {
  it("say a task is due tomorrow at 8 am local, then remind daily when overdue, three times at most", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id, { timeZone: "America/Los_Angeles" });
    insertTask(co.id, ana.id, "2026-06-10", co.campaignId);
    expect((await pass("2026-06-09T14:59:00Z")).sent).toBe(0); // 7:59 am in Los Angeles on the 9th
    expect((await pass("2026-06-09T15:00:00Z")).sent).toBe(1); // 8:00 am
    expect((await email.smtp.waitFor(isTo(ana.email))).subject).toMatch(/tomorrow/i);
    expect((await pass("2026-06-10T15:00:00Z")).sent).toBe(0); // due today: no reminder
    for (const day of ["11", "12", "13"]) expect((await pass(`2026-06-${day}T15:00:00Z`)).sent).toBe(1);
    expect((await pass("2026-06-14T15:00:00Z")).sent).toBe(0);
    const overdue = email.smtp.received.filter((mail) => /overdue|late|was due/i.test(mail.subject ?? ""));
    expect(overdue).toHaveLength(3);
    expect(overdue[2]!.text).toMatch(/last reminder/i);
  });

  it("send nothing for finished or unassigned tasks", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id);
    const done = insertTask(co.id, ana.id, "2026-06-10");
    db.update(schema.tasks).set({ status: "done" }).where(eq(schema.tasks.id, done)).run();
    insertTask(co.id, null, "2026-06-10");
    expect(findDueReminders(new Date("2026-06-09T13:00:00Z"))).toEqual([]);
  });

  it("stop when a task is marked done and resume when its assignee undoes that", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id, { timeZone: "America/Los_Angeles" });
    optOut(ana.id, "weekly-digest");
    const id = insertTask(co.id, ana.id, "2026-06-10", co.campaignId);
    const task = () => getTask(co.id, id)!;
    settleTask(co.id, task(), { status: "done" }, ana, new Date("2026-06-09T10:00:00Z"));
    expect((await pass("2026-06-09T15:00:00Z")).sent).toBe(0); // done: no "due tomorrow"
    reopenTask(co.id, task(), ana, new Date("2026-06-10T10:00:00Z"));
    expect((await pass("2026-06-11T15:00:00Z")).sent).toBe(1); // open again, and late: reminded
    expect((await email.smtp.waitFor(isTo(ana.email))).subject).toMatch(/was due|overdue|late/i);
  });
});

describe("ask follow-ups and the weekly digest", () => {
  it("remind the campaign lead on the follow-up date, only while the ask is open", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id);
    insertAsk(co.campaignId, co.targetId, "2026-06-10", "made");
    insertAsk(co.campaignId, co.targetId, "2026-06-10", "delivered");
    expect((await pass("2026-06-10T11:59:00Z")).sent).toBe(0);
    expect((await pass("2026-06-10T12:00:00Z")).sent).toBe(1);
    const mail = await email.smtp.waitFor(isTo(ana.email));
    expect(mail.text).toContain("Dr. Alvarez");
    expect(mail.text).toContain("Add two parent seats");
  });

  it("goes to organizers on Monday morning with what is overdue and what waits on a target", async () => {
    const owner = insertUser({ name: "Olive" });
    const member = insertUser({ name: "Milo" });
    const co = insertCoalition(owner.id);
    addMember(co.id, member.id);
    insertTask(co.id, member.id, "2026-06-01", co.campaignId);
    insertAsk(co.campaignId, co.targetId, null, "made");
    // Monday June 8 2026, 8 am in New York.
    expect((await pass("2026-06-08T11:59:00Z")).sent).toBe(0);
    const result = await pass("2026-06-08T12:00:00Z");
    expect(email.smtp.received.map((mail) => [mail.to].flat()[0]!.value[0]!.address)).toEqual([owner.email]);
    expect(result.sent).toBe(1);
    const digest = email.smtp.received[0]!;
    expect(digest.text).toContain("Call three parents");
    expect(digest.text).toContain("Add two parent seats");
    expect((await pass("2026-06-08T18:00:00Z")).sent).toBe(0);
    expect((await pass("2026-06-09T12:00:00Z")).sent).toBe(0);
  });
});

describe("delivery", () => {
  it("retries with backoff when the mail server refuses, and delivers once", async () => {
    const flaky = await startSmtpServer({ refuseFirst: 2 });
    try {
      const ana = insertUser();
      const co = insertCoalition(ana.id);
      insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id]);
      const mailer = mailerFor(flaky.url);
      expect(await pass("2026-06-09T22:00:00Z", mailer)).toMatchObject({ sent: 0, retrying: 1 });
      expect(await pass("2026-06-09T22:00:30Z", mailer)).toMatchObject({ sent: 0, retrying: 0 }); // waits a minute
      expect(await pass("2026-06-09T22:01:00Z", mailer)).toMatchObject({ sent: 0, retrying: 1 });
      expect(await pass("2026-06-09T22:06:00Z", mailer)).toMatchObject({ sent: 1 });
      expect(await pass("2026-06-09T23:00:00Z", mailer)).toMatchObject({ sent: 0, retrying: 0 });
      expect(flaky.refused()).toBe(2);
      expect(flaky.received).toHaveLength(1);
      const [delivery] = deliveries();
      expect(delivery).toMatchObject({ status: "sent", attempts: 3 });
    } finally {
      await flaky.stop();
    }
  });

  it("marks a delivery failed after the last attempt, and says why", async () => {
    const refusing = await startSmtpServer({ refuseFirst: 100 });
    try {
      const ana = insertUser();
      const co = insertCoalition(ana.id);
      insertMeeting(co.campaignId, new Date("2026-06-12T22:00:00Z"), [ana.id]);
      const mailer = mailerFor(refusing.url);
      let at = new Date("2026-06-11T22:00:00Z").getTime();
      for (let i = 0; i < 6; i++, at += 61 * 60_000) await pass(new Date(at), mailer);
      const [delivery] = deliveries();
      expect(delivery).toMatchObject({ status: "failed", attempts: 5 });
      expect(delivery!.lastError).toMatch(/temporarily unavailable/);
    } finally {
      await refusing.stop();
    }
  });

  it("takes over a delivery whose sender died mid-send, once its lease runs out", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id);
    insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id]);
    await runReminderPass({
      mailer: { description: "crashing", destination: "smtp", send: () => new Promise(() => {}) },
      now: () => new Date("2026-06-09T22:00:00Z"),
      shouldStop: () => true,
    });
    // A process claimed it and died before sending.
    expect(claimNextDelivery(new Date("2026-06-09T22:00:00Z"))).toBeDefined();
    expect((await pass("2026-06-09T22:01:00Z")).sent).toBe(0);
    expect((await pass("2026-06-09T22:03:00Z")).sent).toBe(1);
    expect(email.smtp.received).toHaveLength(1);
  });
});

describe("choices made after queueing", () => {
  it("drop a queued email of a kind the person turned off before it went out", async () => {
    const ana = insertUser();
    const co = insertCoalition(ana.id);
    insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id]);
    const refusing = await startSmtpServer({ refuseFirst: 1 });
    try {
      const mailer = mailerFor(refusing.url);
      expect(await pass("2026-06-09T22:00:00Z", mailer)).toMatchObject({ retrying: 1 });
      optOut(ana.id, "meeting-reminder");
      expect(await pass("2026-06-09T22:05:00Z", mailer)).toMatchObject({ sent: 0, skipped: 1 });
      expect(refusing.received).toHaveLength(0);
      expect(deliveries()[0]).toMatchObject({
        status: "skipped",
        lastError: "The person turned this kind of email off.",
      });
    } finally {
      await refusing.stop();
    }
  });
});
