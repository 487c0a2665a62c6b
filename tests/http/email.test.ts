import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import {
  isTo,
  linkIn,
  rawHeader,
  startSmtpServer,
  unsubscribeLink,
  type Mail,
  type TestSmtpServer,
} from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

let smtp: TestSmtpServer;
let server: RunningServer;
let organizer: Client;
const slug = "mail-co";
const pathOf = (link: string) => new URL(link).pathname;
const checked = (page: string, value: string) =>
  new RegExp(`<input[^>]*(checked=""[^>]*value="${value}"|value="${value}"[^>]*checked="")`).test(page);

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Fulcrum <reminders@fulcrum.test>" } });
  organizer = new Client(server.url);
  await organizer.signUp("Olive Organizer", "olive@example.org");
  await organizer.createCoalition(slug, "Mail Coalition");
  // Only a confirmed address may invite.
  const confirmation = await mailTo("olive@example.org", /confirm/i);
  expect((await organizer.post(pathOf(linkIn(confirmation, "/verify-email/")), {})).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

const mailTo = (address: string, about: RegExp) =>
  smtp.waitFor((mail) => isTo(address)(mail) && about.test(mail.subject ?? ""));

/** Invites by email and returns the link the invitee received over SMTP. */
async function invite(email: string): Promise<string> {
  expect((await organizer.post(`/o/${slug}/invite`, { email, role: "member" })).status).toBe(302);
  return linkIn(await mailTo(email, /invited you/i), "/invitations/");
}

async function confirmedMember(name: string, email: string): Promise<Client> {
  const client = new Client(server.url);
  await client.signUp(name, email);
  const verification = await mailTo(email, /confirm/i);
  expect((await client.post(pathOf(linkIn(verification, "/verify-email/")), {})).status).toBe(302);
  await client.post(pathOf(await invite(email)), {});
  return client;
}

describe("account email", () => {
  it("sends a confirmation link on sign-up that works once, from a button rather than on opening", async () => {
    const newcomer = new Client(server.url);
    await newcomer.signUp("Vera Verify", "vera@example.org");
    expect(await html(await newcomer.get("/home"))).toContain("Please confirm your email");
    const mail = await mailTo("vera@example.org", /confirm/i);
    expect(mail.from?.text).toContain("reminders@fulcrum.test");
    expect(mail.html).toBeTruthy();
    const link = pathOf(linkIn(mail, "/verify-email/"));
    const anonymous = new Client(server.url);
    const page = await anonymous.get(link);
    expect(page.status).toBe(200);
    expect(await html(page)).toContain("Confirm my email");
    // Opening the page (as a mail scanner would) did not use the link up.
    const confirmed = await anonymous.post(link, {});
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/verify-email/confirmed");
    expect(await html(await anonymous.get("/verify-email/confirmed"))).toContain("your address is confirmed");
    expect(await html(await newcomer.get("/home"))).not.toContain("Please confirm your email");
    const reused = await anonymous.get(link);
    expect(reused.status).toBe(410);
    expect(await html(reused)).toContain("already used");
    const bogus = await anonymous.get("/verify-email/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    expect(bogus.status).toBe(404);
    expect(await html(bogus)).toContain("not valid");
  });

  it("resets a password with a one-hour, single-use link and ends every other session", async () => {
    const laptop = new Client(server.url);
    await laptop.signUp("Reza Reset", "reza@example.org");
    const phone = new Client(server.url);
    expect((await phone.logIn("reza@example.org", "correct horse battery")).status).toBe(302);

    const asked = await new Client(server.url).post("/forgot-password", { email: "REZA@example.org" });
    expect(asked.status).toBe(200);
    const stranger = await new Client(server.url).post("/forgot-password", { email: "nobody@example.org" });
    // The same answer for an address without an account: the form does not reveal who uses Fulcrum.
    const notice = (page: string, email: string) =>
      (/<div class="notice[^"]*" role="status">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "").replace(
        new RegExp(email, "i"),
        "X",
      );
    const askedNotice = notice(await html(asked), "REZA@example.org");
    expect(notice(await html(stranger), "nobody@example.org")).toBe(askedNotice);
    expect(askedNotice).toContain("If X belongs to a Fulcrum account");
    const invalid = await new Client(server.url).post("/forgot-password", { email: "not an email" });
    expect(invalid.status).toBe(400);
    expect(fieldErrors(await html(invalid)).email).toBeTruthy();

    const mail = await mailTo("reza@example.org", /password/i);
    expect(mail.text).toMatch(/1 hour/);
    const link = pathOf(linkIn(mail, "/reset-password/"));
    const browser = new Client(server.url);
    expect((await browser.get(link)).status).toBe(200);
    const tooShort = await browser.post(link, { password: "short" });
    expect(tooShort.status).toBe(400);
    const reset = await browser.post(link, { password: "a brand new passphrase" });
    expect(reset.status).toBe(302);
    expect(reset.headers.get("location")).toBe("/home?password=changed");
    expect((await browser.get("/home")).status).toBe(200);
    // Both old sessions are over.
    for (const old of [laptop, phone]) expect((await old.get("/home")).status).toBe(302);
    expect((await new Client(server.url).logIn("reza@example.org", "correct horse battery")).status).toBe(400);
    expect((await new Client(server.url).logIn("reza@example.org", "a brand new passphrase")).status).toBe(302);

    const reused = await new Client(server.url).post(link, { password: "yet another passphrase" });
    expect(reused.status).toBe(410);
    expect(await html(reused)).toContain("already used");
    expect(smtp.received.filter(isTo("nobody@example.org"))).toHaveLength(0);
  });

  it("refuses an expired reset link with a page that says so", async () => {
    const client = new Client(server.url);
    await client.signUp("Ezra Expired", "ezra@example.org");
    await new Client(server.url).post("/forgot-password", { email: "ezra@example.org" });
    const link = pathOf(linkIn(await mailTo("ezra@example.org", /password/i), "/reset-password/"));
    server
      .database()
      .prepare("update account_tokens set expires_at = ? where purpose = 'reset-password'")
      .run(Date.now() - 1000);
    const page = await new Client(server.url).get(link);
    expect(page.status).toBe(410);
    expect(await html(page)).toContain("expired");
    expect((await new Client(server.url).post(link, { password: "a brand new passphrase" })).status).toBe(410);
  });
});

describe("invitations and task emails", () => {
  it("emails the invitation and shows the organizer it was delivered", async () => {
    const link = await invite("ian@example.org");
    const mail = smtp.received.find(isTo("ian@example.org"))!;
    expect(mail.subject).toContain("Mail Coalition");
    expect(mail.text).toContain("Olive Organizer");
    // Entity-encoded in HTML (the link now names its language: ?lang=en), as mail apps decode it back.
    expect(mail.html).toContain(link.replace(/&/g, "&amp;").replace(/=/g, "&#x3D;"));
    await expect.poll(async () => html(await organizer.get(`/o/${slug}/members`))).toContain("Email delivered");
    const log = await html(await organizer.get(`/o/${slug}/emails`));
    expect(log).toContain("ian@example.org");
    expect(log).toContain("Invitation");
  });

  it("tells a member about a new task, with a one-click unsubscribe that needs no login and stops only that kind", async () => {
    const member = await confirmedMember("Mina Member", "mina@example.org");
    const memberId = (
      server.database().prepare("select id from users where email = 'mina@example.org'").get() as { id: string }
    ).id;
    const created = await organizer.post(`/o/${slug}/tasks/new`, {
      title: "Bring flyers & <sign-up sheets>",
      details: "",
      dueOn: "2030-05-01",
      assigneeId: memberId,
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    expect(created.status).toBe(302);
    const mail: Mail = await mailTo("mina@example.org", /task/i);
    expect(mail.text).toContain("Bring flyers & <sign-up sheets>");
    expect(mail.html).toContain("Bring flyers &amp; &lt;sign-up sheets&gt;");
    const unsubscribeUrl = unsubscribeLink(mail);
    expect(rawHeader(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    // What a mail app's unsubscribe button does (RFC 8058): a POST with no cookie and no Origin.
    const oneClick = await fetch(new URL(pathOf(unsubscribeUrl), server.url), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    const settings = await html(await member.get("/account/emails"));
    expect(checked(settings, "task-assigned")).toBe(false);
    expect(checked(settings, "meeting-reminder")).toBe(true);

    await organizer.post(`/o/${slug}/tasks/new`, {
      title: "Second task",
      details: "",
      dueOn: "2030-05-02",
      assigneeId: memberId,
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      smtp.received.filter((m) => isTo("mina@example.org")(m) && /Second task/.test(m.subject ?? "")),
    ).toHaveLength(0);

    // The link is signed: pointing it at another kind of email makes it worthless.
    const [payload, signature] = pathOf(unsubscribeUrl).split("/").pop()!.split(".");
    const otherKind = Buffer.from(
      Buffer.from(payload!, "base64url").toString().replace("task-assigned", "meeting-reminder"),
    ).toString("base64url");
    expect((await new Client(server.url).get(`/unsubscribe/${otherKind}.${signature}`)).status).toBe(404);
  });

  it("lets a member choose exactly which emails they get", async () => {
    const member = await confirmedMember("Pia Prefs", "pia@example.org");
    const saved = await member.post("/account/emails", {
      intent: "preferences",
      kinds: ["meeting-reminder", "weekly-digest"],
    });
    expect(saved.status).toBe(200);
    const page = await html(await member.get("/account/emails"));
    expect(checked(page, "meeting-reminder")).toBe(true);
    expect(checked(page, "task-overdue")).toBe(false);
    const bad = await member.post("/account/emails", { intent: "preferences", kinds: ["spam"] });
    expect(bad.status).toBe(400);
  });
});

describe("coalition reminder settings", () => {
  it("keeps the coalition's meeting reminder times and refuses times not offered", async () => {
    expect(
      (await organizer.post(`/o/${slug}/settings`, { intent: "reminders", meetingReminderMinutes: ["2880", "60"] }))
        .status,
    ).toBe(200);
    const stored = server
      .database()
      .prepare("select meeting_reminder_minutes from organizations where slug = ?")
      .pluck()
      .get(slug);
    expect(JSON.parse(stored as string)).toEqual([2880, 60]);
    const page = await html(await organizer.get(`/o/${slug}/settings`));
    expect(checked(page, "2880")).toBe(true);
    expect(checked(page, "1440")).toBe(false);
    const bad = await organizer.post(`/o/${slug}/settings`, { intent: "reminders", meetingReminderMinutes: ["7"] });
    expect(bad.status).toBe(400);
    expect(fieldErrors(await html(bad)).meetingReminderMinutes).toMatch(/Choose among/);
  });
});
