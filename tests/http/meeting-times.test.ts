// Times people can trust, over HTTP against the built server: a meeting time clocks skip is refused with the jump
// explained, one they show twice is asked about, a past one is saved with a warning, and long text is refused
// whole rather than cut. Plus the campaign page's loops (log an ask from a meeting, settled asks) and email text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html, shown } from "../support/client";
import { isTo, linkIn, startSmtpServer, type TestSmtpServer } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

let smtp: TestSmtpServer;
let server: RunningServer;
let organizer: Client;
let campaignPath: string;
let targetId: string;
const slug = "times-co";
const pathOf = (link: string) => new URL(link, "http://x").pathname;
const idOf = (location: string) => pathOf(location).split("/").pop()!;
const chosen = (page: string, name: string) =>
  [...page.matchAll(/<input[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => tag.includes(`name="${name}"`) && /checked=""/.test(tag))
    .map((tag) => /value="([^"]*)"/.exec(tag)?.[1]);

const meeting = (extra: Record<string, string | string[]> = {}) => ({
  title: "Meeting with the board chair",
  date: "2027-03-14",
  startTime: "18:30",
  endTime: "19:30",
  location: "",
  videoUrl: "",
  agenda: "Parent seats\nReading list",
  status: "scheduled",
  startOccurrence: "",
  endOccurrence: "",
  targetIds: [targetId],
  attendeeIds: [],
  ...extra,
});

const startsAt = (meetingId: string) =>
  new Date(
    (server.database().prepare("select starts_at from meetings where id = ?").get(meetingId) as { starts_at: number })
      .starts_at,
  ).toISOString();

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Fulcrum <reminders@fulcrum.test>" } });
  organizer = new Client(server.url);
  await organizer.signUp("Tia Times", "tia@example.org");
  const confirmation = await smtp.waitFor(
    (mail) => isTo("tia@example.org")(mail) && /confirm/i.test(mail.subject ?? ""),
  );
  await organizer.post(pathOf(linkIn(confirmation, "/verify-email/")), {});
  await organizer.createCoalition(slug, "Times Co", "coalition", { state: "NY", timeZone: "America/New_York" });
  const districtId = await organizer.createDistrict(slug, "Times District");
  targetId = await organizer.createTarget(slug, districtId, "Dr. Chair", "central-office", ["use"]);
  campaignPath = (await organizer.createCampaign(slug, districtId, "Seats", "Two seats.")).path;
});
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

describe("meeting times on the days clocks change (America/New_York)", () => {
  it("refuses 2:30 AM on the night clocks spring forward, explains the jump and keeps the entries", async () => {
    const response = await organizer.post(
      `${campaignPath}/meetings/new`,
      meeting({ date: "2026-03-08", startTime: "02:30", endTime: "03:30" }),
    );
    expect(response.status).toBe(400);
    const page = await html(response);
    expect(fieldErrors(page).startTime).toMatch(
      /2:30\sAM does not happen on Sunday, March 8, 2026: clocks jump from 2:00\sAM to 3:00\sAM/,
    );
    expect(fieldErrors(page).endTime).toBeUndefined();
    expect(page).toContain('value="Meeting with the board chair"');
    expect(page).toContain('value="2026-03-08"');
    expect(page).toContain("Parent seats\nReading list");
    expect(server.database().prepare("select count(*) as n from meetings").get()).toEqual({ n: 0 });
  });

  it("says the same in Spanish to someone reading in Spanish, with Spanish days and times", async () => {
    await organizer.chooseLanguage("es");
    try {
      const gap = await organizer.post(
        `${campaignPath}/meetings/new`,
        meeting({ date: "2026-03-08", startTime: "02:30", endTime: "03:30" }),
      );
      expect(gap.status).toBe(400);
      const page = await html(gap);
      expect(page).toContain('<html lang="es"');
      // ICU writes "a.m." or "a. m." (with a narrow space) depending on its version.
      const am = (clock: string) => `${clock}\\sa\\.\\s?m\\.`;
      expect(fieldErrors(page).startTime).toMatch(
        new RegExp(
          `^La hora ${am("2:30")} no existe el domingo, 8 de marzo de 2026: los relojes saltan de ${am("2:00")} ` +
            `a ${am("3:00")} por el horario de verano\\. Elija una hora anterior a ${am("2:00")}, ` +
            `o de ${am("3:00")} en adelante\\.$`,
        ),
      );
      expect(page).toContain('value="Meeting with the board chair"');

      const twice = await html(
        await organizer.post(
          `${campaignPath}/meetings/new`,
          meeting({ date: "2026-11-01", startTime: "01:30", endTime: "02:15" }),
        ),
      );
      expect(fieldErrors(twice).startOccurrence).toMatch(
        /^La hora 1:30\sa\.\s?m\. ocurre dos veces el domingo, 1 de noviembre de 2026: ¿cuál de las dos\? Elija una abajo\.$/,
      );
      expect(twice).toMatch(/1:30\sa\.\s?m\., la primera vez \(EDT\)/);
      expect(twice).toMatch(/1:30\sa\.\s?m\., la segunda vez \(EST\)/);
      const empty = await html(await organizer.post(`${campaignPath}/meetings/new`, meeting({ title: "" })));
      expect(fieldErrors(empty).title).toBe("Póngale un título a la reunión.");
      expect(server.database().prepare("select count(*) as n from meetings").get()).toEqual({ n: 0 });
    } finally {
      await organizer.chooseLanguage("en");
    }
  });

  it("asks which 1:30 AM on the night clocks fall back, keeps the choice, then saves the one chosen", async () => {
    const night = { date: "2026-11-01", startTime: "01:30", endTime: "02:15" };
    const asked = await organizer.post(`${campaignPath}/meetings/new`, meeting(night));
    expect(asked.status).toBe(400);
    const page = await html(asked);
    expect(fieldErrors(page).startOccurrence).toMatch(/1:30\sAM happens twice on Sunday, November 1, 2026/);
    expect(page).toMatch(/The first 1:30\sAM \(EDT\)/);
    expect(page).toMatch(/The second 1:30\sAM \(EST\)/);
    // 2:15 AM happens once: no question about the end.
    expect(page).not.toContain('name="endOccurrence"');

    // Another mistake on the same form: the choice stays ticked on the re-render.
    const kept = await html(
      await organizer.post(`${campaignPath}/meetings/new`, meeting({ ...night, title: "", startOccurrence: "second" })),
    );
    expect(fieldErrors(kept).title).toBeDefined();
    expect(chosen(kept, "startOccurrence")).toEqual(["second"]);

    const saved = await organizer.post(
      `${campaignPath}/meetings/new`,
      meeting({ ...night, startOccurrence: "second" }),
    );
    expect(saved.status).toBe(302);
    // The second 1:30 is standard time (UTC-5).
    expect(startsAt(idOf(saved.headers.get("location")!))).toBe("2026-11-01T06:30:00.000Z");
    const first = await organizer.post(`${campaignPath}/meetings/new`, meeting({ ...night, startOccurrence: "first" }));
    expect(startsAt(idOf(first.headers.get("location")!))).toBe("2026-11-01T05:30:00.000Z");
    // Editing starts on the reading that was stored.
    const edit = await html(await organizer.get(`${pathOf(saved.headers.get("location")!)}/edit`));
    expect(chosen(edit, "startOccurrence")).toEqual(["second"]);
  });

  it("saves a scheduled meeting whose time has passed, and says so on its page", async () => {
    const saved = await organizer.post(`${campaignPath}/meetings/new`, meeting({ date: "2025-01-15" }));
    expect(saved.status).toBe(302);
    const location = saved.headers.get("location")!;
    expect(location).toContain("warning=past-meeting");
    expect(await html(await organizer.get(location))).toContain("scheduled for a time that has already passed");
    // A future meeting carries no warning.
    const future = await organizer.post(`${campaignPath}/meetings/new`, meeting());
    expect(future.headers.get("location")).not.toContain("warning");
  });
});

describe("length limits", () => {
  it("refuses an agenda over the limit whole, and shows the limit and a counter instead of cutting it", async () => {
    const form = await html(await organizer.get(`${campaignPath}/meetings/new`));
    expect(form).not.toMatch(/maxlength/i);
    expect(form).toContain("Up to 4,000 characters.");
    expect(form).toMatch(/id="agenda-count"[^>]*aria-live="polite"/);

    const agenda = `${"a".repeat(3990)}\n${"b".repeat(20)}`;
    const response = await organizer.post(`${campaignPath}/meetings/new`, meeting({ agenda }));
    expect(response.status).toBe(400);
    const page = await html(response);
    expect(fieldErrors(page).agenda).toBe("Keep the agenda to 4,000 characters or fewer.");
    // Every character comes back to be shortened by the person, not by us.
    expect(page).toContain(agenda);
    expect(page).toContain("4,011 of 4,000 characters: 11 characters too many");
  });

  it("counts a line break once, as people do, though browsers send two characters", async () => {
    const agenda = `${"a".repeat(1999)}\r\n${"b".repeat(2000)}`;
    const saved = await organizer.post(`${campaignPath}/meetings/new`, meeting({ agenda }));
    expect(saved.status).toBe(302);
  });

  it("refuses an over-long timeline search with a message rather than cutting it", async () => {
    const page = await html(await organizer.get(`${campaignPath}?q=${"x".repeat(101)}`));
    expect(fieldErrors(page)["timeline-q"]).toBe("Search for at most 100 characters; this was 101.");
    expect(page).not.toMatch(/id="timeline-q"[^>]*maxlength/i);
  });
});

describe("the campaign page's loops", () => {
  const versionOf = (page: string) => Number(/name="version" value="(\d+)"/.exec(page)![1]);
  const selected = (page: string, name: string) =>
    new RegExp(`<select[^>]*name="${name}"[\\s\\S]*?<option[^>]*value="([^"]*)"[^>]*selected=""`).exec(page)?.[1];

  it("opens the new-ask form from a meeting with that meeting and its target chosen, checking the link", async () => {
    const saved = await organizer.post(`${campaignPath}/meetings/new`, meeting({ title: "Budget hearing" }));
    const meetingPath = pathOf(saved.headers.get("location")!);
    const meetingPage = await html(await organizer.get(meetingPath));
    const link = /href="([^"]*\/asks\/new\?[^"]*)"[^>]*>Log an ask from this meeting/.exec(meetingPage)![1]!;
    expect(link.replaceAll("&amp;", "&")).toContain(`meeting=${idOf(meetingPath)}&target=${targetId}`);
    const form = await html(await organizer.get(link.replaceAll("&amp;", "&")));
    expect(selected(form, "meetingId")).toBe(idOf(meetingPath));
    expect(selected(form, "targetId")).toBe(targetId);
    // A meeting with one target chooses it even when the link names only the meeting.
    expect(
      selected(await html(await organizer.get(`${campaignPath}/asks/new?meeting=${idOf(meetingPath)}`)), "targetId"),
    ).toBe(targetId);
    expect((await organizer.get(`${campaignPath}/asks/new?meeting=not%20an%20id!`)).status).toBe(400);
    expect((await organizer.get(`${campaignPath}/asks/new?meeting=abcdefghijklmnop`)).status).toBe(404);
    expect((await organizer.get(`${campaignPath}/asks/new?target=abcdefghijklmnop`)).status).toBe(404);
  });

  it("names the meeting an ask was made in, and drops the follow-up date once the ask is delivered", async () => {
    const saved = await organizer.post(`${campaignPath}/meetings/new`, meeting({ title: "Chair meeting" }));
    const meetingId = idOf(saved.headers.get("location")!);
    const created = await organizer.post(`${campaignPath}/asks/new`, {
      targetId,
      text: "Add two parent seats",
      domain: "use",
      venue: "meeting",
      followUpOn: "2027-04-01",
      meetingId,
    });
    expect(created.status).toBe(302);
    const askPath = pathOf(created.headers.get("location")!);
    let page = await html(await organizer.get(askPath));
    expect(page).toMatch(
      new RegExp(`<a [^>]*href="[^"]*/meetings/${meetingId}">Chair meeting</a>, Sun, Mar 14, 6:30\\sPM`),
    );
    expect(page).toContain("Follow up on");
    for (const to of ["made", "committed", "delivered"]) {
      const moved = await organizer.post(askPath, { to, note: "", evidenceUrl: "", version: String(versionOf(page)) });
      expect(moved.status).toBe(302);
      page = await html(await organizer.get(askPath));
    }
    expect(shown(page)).not.toContain("Follow up on");
    expect(page).not.toContain("Apr 1, 2027");
    expect(shown(await html(await organizer.get(`${campaignPath}/asks`)))).not.toContain("follow up");
  });
});

describe("email text", () => {
  it("keeps a task's line breaks in the HTML email, escaped, as received over SMTP", async () => {
    const member = new Client(server.url);
    await member.signUp("Max Member", "max@example.org");
    const confirm = await smtp.waitFor((m) => isTo("max@example.org")(m) && /confirm/i.test(m.subject ?? ""));
    await member.post(pathOf(linkIn(confirm, "/verify-email/")), {});
    // Sending an invitation redirects back to the invite page with a confirmation, like every other action.
    expect((await organizer.post(`/o/${slug}/invite`, { email: "max@example.org", role: "member" })).status).toBe(302);
    const invitation = await smtp.waitFor((m) => isTo("max@example.org")(m) && /invited you/i.test(m.subject ?? ""));
    await member.post(pathOf(linkIn(invitation, "/invitations/")), {});
    const me = (
      server.database().prepare("select id from users where email = 'max@example.org'").get() as { id: string }
    ).id;
    const created = await organizer.post(`/o/${slug}/tasks/new`, {
      title: "Print the flyers",
      details: "Pick up paper\r\nBring <the> stapler & tape\r\n\r\nThen call Sam",
      dueOn: "2030-05-01",
      assigneeId: me,
      campaignId: "",
      meetingId: "",
      askId: "",
    });
    expect(created.status).toBe(302);
    const mail = await smtp.waitFor((m) => isTo("max@example.org")(m) && /Print the flyers/.test(m.subject ?? ""));
    expect(mail.html).toContain("Pick up paper<br />Bring &lt;the&gt; stapler &amp; tape<br /><br />Then call Sam");
    expect(mail.text).toContain("Pick up paper\nBring <the> stapler & tape\n\nThen call Sam");
  });
});
