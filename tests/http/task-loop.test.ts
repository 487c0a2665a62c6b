import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { formatDay } from "~/lib/format-dates";

import { Client, fieldErrors, html, shown, withoutScripts } from "../support/client";
import { isTo, linkIn, rawHeader, startSmtpServer, type TestSmtpServer } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

let smtp: TestSmtpServer;
let server: RunningServer;
let organizer: Client;
let member: Client;
let otherMember: Client;
let memberId: string;
let otherMemberId: string;
let organizerId: string;
const slug = "loop-co";

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const userId = (email: string) =>
  (server.database().prepare("select id from users where email = ?").get(email) as { id: string }).id;
const confirmationOf = (page: string) => /<p class="confirmation__message">([^<]*)<\/p>/.exec(page)?.[1] ?? null;
const formMessageOf = (page: string) => /<p class="error-summary__message">([^<]+)<\/p>/.exec(page)?.[1];

async function newTask(title: string, assigneeId = memberId): Promise<string> {
  const response = await organizer.post(`/o/${slug}/tasks/new`, {
    title,
    details: "",
    dueOn: isoDay(5),
    assigneeId,
    campaignId: "",
    meetingId: "",
    askId: "",
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location")!, server.url).pathname;
}

/** Moves a task's "Mark done" into the past, as if days had gone by. */
function markedDoneDaysAgo(path: string, days: number) {
  const id = path.split("/").pop();
  server
    .database()
    .prepare("update tasks set done_at = ? where id = ?")
    .run(Date.now() - days * 86_400_000, id);
}

/** Invites through the real mail server (the client's own helper reads the outbox) and accepts as `joiner`. */
async function join(inviter: Client, joiner: Client, email: string, role: string) {
  expect((await inviter.post(`/o/${slug}/invite`, { email, role })).status).toBe(302);
  const mail = await smtp.waitFor((m) => isTo(email)(m) && Boolean(m.text?.includes("/invitations/")));
  expect((await joiner.post(new URL(linkIn(mail, "/invitations/")).pathname, {})).status).toBe(302);
}

async function confirmBySmtp(client: Client, email: string) {
  const mail = await smtp.waitFor((m) => isTo(email)(m) && /confirm/i.test(m.subject ?? ""));
  await client.post(new URL(linkIn(mail, "/verify-email/")).pathname, {});
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Fulcrum <tasks@fulcrum.test>" } });
  organizer = new Client(server.url);
  await organizer.signUp("Olive Organizer", "olive-loop@example.org");
  await organizer.createCoalition(slug, "Loop Coalition");
  const confirmation = await smtp.waitFor((m) => isTo("olive-loop@example.org")(m) && /confirm/i.test(m.subject ?? ""));
  await organizer.post(new URL(linkIn(confirmation, "/verify-email/")).pathname, {});
  organizerId = userId("olive-loop@example.org");
  member = new Client(server.url);
  await member.signUp("Milo Member", "milo-loop@example.org");
  await join(organizer, member, "milo-loop@example.org", "member");
  memberId = userId("milo-loop@example.org");
  otherMember = new Client(server.url);
  await otherMember.signUp("Nia Neighbour", "nia-loop@example.org");
  await join(organizer, otherMember, "nia-loop@example.org", "member");
  otherMemberId = userId("nia-loop@example.org");
});
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

describe("a handed-back task", () => {
  it("needs a reason, then shows on the organizer's dashboard with it, and its maker is emailed", async () => {
    const path = await newTask("Bring the sign-up sheet");
    const noReason = await member.post(path, { intent: "hand-back", note: "   " });
    expect(noReason.status).toBe(400);
    expect(fieldErrors(await noReason.text()).note).toMatch(/Say why/);
    const tooLong = await member.post(path, { intent: "hand-back", note: "x".repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(fieldErrors(await tooLong.text()).note).toMatch(/1,000 characters/);

    expect((await member.post(path, { intent: "hand-back", note: "My shift changed <b>that week</b>" })).status).toBe(
      302,
    );
    const dashboard = await html(await organizer.get(`/o/${slug}`));
    const section = /<section class="handed-back"[\s\S]*?<\/section>/.exec(dashboard)?.[0] ?? "";
    expect(section).toContain("Needs a new owner");
    expect(section).toContain("Bring the sign-up sheet");
    expect(section).toContain("My shift changed &lt;b&gt;that week&lt;/b&gt;");
    expect(section).toContain("Handed back by Milo Member");
    expect(section).toContain(`href="${path}#reassign"`);
    // Members do not get the organizers' to-do list.
    expect(withoutScripts(await html(await member.get(`/o/${slug}`)))).not.toContain("Needs a new owner");

    const mail = await smtp.waitFor((m) => isTo("olive-loop@example.org")(m) && /Handed back/.test(m.subject ?? ""));
    expect(mail.subject).toBe("Handed back by Milo Member: Bring the sign-up sheet");
    expect(mail.text).toContain("Why: My shift changed <b>that week</b>");
    expect(mail.text).toContain(path);
    expect(mail.html).toContain("My shift changed &lt;b&gt;that week&lt;/b&gt;");
    expect(rawHeader(mail, "List-Unsubscribe")).toMatch(/\/unsubscribe\//);

    // Reassigning it takes it off the list.
    expect((await organizer.post(path, { intent: "reassign", assigneeId: otherMemberId })).status).toBe(302);
    expect(await html(await organizer.get(`/o/${slug}`))).not.toContain("Bring the sign-up sheet");
  });

  it("emails the organizers when its maker is no longer one, and never the member who handed it back", async () => {
    const second = new Client(server.url);
    await second.signUp("Remy Organizer", "remy-loop@example.org");
    await join(organizer, second, "remy-loop@example.org", "organizer");
    await confirmBySmtp(second, "remy-loop@example.org");
    const path = (
      await second.post(`/o/${slug}/tasks/new`, {
        title: "Print the flyers",
        details: "",
        dueOn: isoDay(4),
        assigneeId: memberId,
        campaignId: "",
        meetingId: "",
        askId: "",
      })
    ).headers.get("location")!;
    // Remy steps down to member.
    expect(
      (
        await organizer.post(`/o/${slug}/members`, {
          intent: "change-role",
          userId: userId("remy-loop@example.org"),
          role: "member",
        })
      ).status,
    ).toBe(302);
    expect((await member.post(path, { intent: "hand-back", note: "No printer" })).status).toBe(302);
    const mail = await smtp.waitFor(
      (m) => isTo("olive-loop@example.org")(m) && /Print the flyers/.test(m.subject ?? ""),
    );
    expect(mail.text).toContain("the person who made the task is no longer one");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const about = smtp.received.filter((m) => /^Handed back.*Print the flyers/.test(m.subject ?? ""));
    expect(about.map((m) => (m.to && "text" in m.to ? m.to.text : ""))).toEqual([expect.stringContaining("olive")]);
  });
});

describe("undoing Mark done", () => {
  it("works within a week for the member who marked it, and the task is open again", async () => {
    const path = await newTask("Call the clerk");
    expect((await member.post(path, { intent: "done" })).status).toBe(302);
    const done = await html(await member.get(path));
    expect(done).toContain("Undo “Mark done”");
    expect((await otherMember.post(path, { intent: "undo" })).status).toBe(403);
    expect((await organizer.post(path, { intent: "undo" })).status).toBe(403);
    markedDoneDaysAgo(path, 6);
    expect((await member.post(path, { intent: "undo" })).status).toBe(302);
    const reopened = await html(await member.get(path));
    expect(reopened).toMatch(/<dt>Status<\/dt><dd>Open<\/dd>/);
    expect(reopened).toContain("Mark done");
    const row = server.database().prepare("select status, done_at from tasks where id = ?").get(path.split("/").pop());
    expect(row).toEqual({ status: "open", done_at: null });
  });

  it("is refused with a reason after 8 days", async () => {
    const path = await newTask("Write to the board");
    await member.post(path, { intent: "done" });
    markedDoneDaysAgo(path, 8);
    expect(shown(await html(await member.get(path)))).not.toContain("Undo “Mark done”");
    const late = await member.post(path, { intent: "undo" });
    expect(late.status).toBe(400);
    expect(formMessageOf(await html(late))).toMatch(/more than a week since this task was marked done/);
  });

  it("is refused once an organizer confirmed the task is done", async () => {
    const path = await newTask("Book the library room");
    await member.post(path, { intent: "done" });
    expect((await member.post(path, { intent: "close" })).status).toBe(403);
    expect((await organizer.post(path, { intent: "close" })).status).toBe(302);
    const refused = await member.post(path, { intent: "undo" });
    expect(refused.status).toBe(400);
    expect(formMessageOf(await html(refused))).toMatch(/organizer has already confirmed this task is done/);
    expect(server.database().prepare("select status from tasks where id = ?").get(path.split("/").pop())).toEqual({
      status: "done",
    });
  });

  it("answers 404 for another coalition's task", async () => {
    const path = await newTask("Ours only");
    await member.post(path, { intent: "done" });
    const outsider = new Client(server.url);
    await outsider.signUp("Oscar Outsider", "oscar-loop@example.org");
    await outsider.createCoalition("elsewhere-loop", "Elsewhere");
    expect((await outsider.post(path.replace(slug, "elsewhere-loop"), { intent: "undo" })).status).toBe(404);
  });
});

describe("confirmations", () => {
  it("shows once after the redirect, and not again on reload", async () => {
    const path = await newTask("Count the chairs");
    // The organizer's own confirmation came with the task: it is shown on the page the redirect leads to.
    expect(confirmationOf(await html(await organizer.get(path)))).toBe("Task assigned.");
    expect(confirmationOf(await html(await organizer.get(path)))).toBeNull();

    expect((await member.post(path, { intent: "done" })).status).toBe(302);
    const first = await html(await member.get(path));
    expect(first).toMatch(/<div class="confirmation-region" role="status"><div class="confirmation">/);
    expect(confirmationOf(first)).toMatch(/^Marked done/);
    expect(confirmationOf(await html(await member.get(path)))).toBeNull();
  });

  it("only shows texts from the fixed list, whatever the cookie says", async () => {
    const forged = await fetch(new URL(`/o/${slug}`, server.url), {
      headers: { cookie: `${organizer.cookieHeader}; fulcrum_confirmation=%3Cscript%3E.12345678` },
    });
    const page = await forged.text();
    expect(confirmationOf(page)).toBeNull();
    expect(page).not.toContain("<script>.");
    expect(forged.headers.getSetCookie().some((c) => /^fulcrum_confirmation=;.*Max-Age=0/.test(c))).toBe(true);
  });

  it("links each problem in the error summary to its field", async () => {
    const response = await organizer.post(`/o/${slug}/tasks/new`, {
      title: "",
      details: "",
      dueOn: "soon",
      assigneeId: "",
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    expect(response.status).toBe(400);
    const page = await html(response);
    const summary = /<div class="error-summary"[^>]*>[\s\S]*?<\/div>/.exec(page)?.[0] ?? "";
    expect(summary).toMatch(/tabindex="-1"/);
    expect(summary).toMatch(/autofocus=""/);
    for (const field of ["title", "dueOn", "assigneeId"]) {
      expect(summary).toContain(`href="#${field}"`);
      expect(page).toContain(`id="${field}"`);
    }
  });
});

describe("the task page", () => {
  it("links the meeting and the ask the task was made for", async () => {
    const districtId = await organizer.createDistrict(slug, "Loop District");
    const { path: campaignPath, id: campaignId } = await organizer.createCampaign(
      slug,
      districtId,
      "Loop campaign",
      "A win.",
    );
    const meetingPath = (
      await organizer.post(`${campaignPath}/meetings/new`, {
        title: "Board listening session",
        date: isoDay(6),
        startTime: "18:00",
        endTime: "19:00",
        location: "Library",
        videoUrl: "",
        agenda: "",
        status: "scheduled",
        attendeeIds: [organizerId],
      })
    ).headers.get("location");
    expect(meetingPath).toBeTruthy();
    const meetingId = meetingPath!.split("/").pop()!;
    const response = await organizer.post(`/o/${slug}/tasks/new`, {
      title: "Prepare the questions",
      details: "",
      dueOn: isoDay(5),
      assigneeId: memberId,
      campaignId,
      meetingId,
      askId: "",
    });
    const page = await html(await member.get(response.headers.get("location")!));
    expect(page).toContain("<dt>Meeting</dt>");
    expect(page).toContain(`href="${meetingPath}"`);
    expect(page).toContain("Board listening session");
  });
});

describe("a task in Spanish", () => {
  it("reads in Spanish for a Spanish-speaking member, is marked done and can be undone, in Spanish", async () => {
    const spanish = new Client(server.url, { "Accept-Language": "es-US,es;q=0.9" });
    await spanish.signUp("Rosa Rivera", "rosa-loop@example.org");
    await join(organizer, spanish, "rosa-loop@example.org", "member");
    const path = await newTask("Traer la hoja de firmas", userId("rosa-loop@example.org"));

    const open = await html(await spanish.get(path));
    expect(open).toContain('<html lang="es"');
    expect(open).toContain("<title>Traer la hoja de firmas · Fulcrum</title>");
    // The due day with Spanish month names ("6 dic 2026"), not the English "Dec 6, 2026".
    expect(open).toContain(`<dt>Fecha límite</dt><dd>${formatDay(isoDay(5), "date", "es-US")}</dd>`);
    expect(shown(open)).not.toContain(formatDay(isoDay(5), "date", "en-US"));
    expect(open).toContain("<dt>Estado</dt><dd>Pendiente</dd>");
    expect(open).toContain("<dt>Asignada a</dt><dd>Rosa Rivera</dd>");
    expect(open).toContain("Marcar como hecha");
    expect(open).toContain("Devolverla: ¿por qué?");
    expect(shown(open)).not.toMatch(/Mark done|Hand back|Assigned to/);

    // A hand-back without a reason is refused with the message in Spanish, next to the field.
    const noReason = await spanish.post(path, { intent: "hand-back", note: "" });
    expect(noReason.status).toBe(400);
    expect(fieldErrors(await html(noReason)).note).toBe(
      "Diga por qué la devuelve, para que un organizador pueda buscar a otra persona.",
    );

    expect((await spanish.post(path, { intent: "done" })).status).toBe(302);
    const done = await html(await spanish.get(path));
    expect(done).toContain("<dt>Estado</dt><dd>Hecha</dd>");
    expect(done).toContain("Deshacer “Marcar como hecha”");
    expect(done).toMatch(/¿La marcó como hecha por error\? Puede deshacerlo hasta el [^<]+, a menos que/);
    // The organizer, reading in English, sees the same task in English.
    const english = await html(await organizer.get(path));
    expect(english).toContain("<dt>Status</dt><dd>Done</dd>");
    expect(english).toContain("Confirm it is done");

    markedDoneDaysAgo(path, 8);
    const late = await spanish.post(path, { intent: "undo" });
    expect(late.status).toBe(400);
    expect(formMessageOf(await html(late))).toMatch(/^Pasó más de una semana desde que esta tarea se marcó como hecha/);
  });
});
