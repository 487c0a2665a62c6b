import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let organizer: Client;
let member: Client;
let memberId: string;
let campaignPath: string;
let campaignId: string;
let districtId: string;
let targetId: string;
const slug = "tasks-co";

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const task = (extra: Record<string, string> = {}) => ({
  title: "Call the board clerk",
  details: "",
  dueOn: isoDay(3),
  assigneeId: memberId,
  campaignId,
  meetingId: "",
  askId: "",
  ...extra,
});

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Tess Tasks", "tess@example.org");
  await organizer.createCoalition(slug, "Tasks Co", "coalition", { state: "CA", timeZone: "UTC" });
  districtId = await organizer.createDistrict(slug, "Task District");
  const boss = 'Superintendent Díaz, "the boss"';
  targetId = await organizer.createTarget(slug, districtId, boss, "central-office", ["environment"]);
  ({ path: campaignPath, id: campaignId } = await organizer.createCampaign(
    slug,
    districtId,
    "Board voice",
    "A family seat.",
  ));
  member = new Client(server.url);
  await member.signUp("Milo Member", "milo@example.org");
  await member.post(new URL(await organizer.invite(slug, "milo@example.org", "member")).pathname, {});
  memberId = (
    server.database().prepare("select id from users where email = 'milo@example.org'").get() as { id: string }
  ).id;
});
afterAll(async () => {
  await server?.stop();
});

describe("tasks", () => {
  it("assigns a task; the member sees it under my tasks, marks it done, and it leaves the open list", async () => {
    const path = (await organizer.post(`/o/${slug}/tasks/new`, task())).headers.get("location")!;
    expect(await html(await member.get(`/o/${slug}/tasks?mine=1&status=open`))).toContain("Call the board clerk");
    expect((await member.post(path, { intent: "done" })).status).toBe(302);
    expect(await html(await member.get(path))).toMatch(/<dt>Status<\/dt><dd>Done<\/dd>/);
    expect(await html(await member.get(`/o/${slug}/tasks?mine=1&status=open`))).not.toContain("Call the board clerk");
    expect(await html(await organizer.get(campaignPath))).toContain(
      "Finished the task &quot;Call the board clerk&quot;.",
    );
  });

  it("lets a member hand a task back with a note, and an organizer give it to someone else", async () => {
    const path = (await organizer.post(`/o/${slug}/tasks/new`, task({ title: "Hand me back" }))).headers.get(
      "location",
    )!;
    const noNote = await member.post(path, { intent: "hand-back", note: "" });
    expect(noNote.status).toBe(400);
    expect(fieldErrors(await noNote.text()).note).toMatch(/Say why/);
    expect((await member.post(path, { intent: "hand-back", note: "Out of town that week" })).status).toBe(302);
    const page = await html(await organizer.get(path));
    expect(page).toContain(": Out of town that week");
    expect(page).toContain("Handed back by Milo Member");
    expect(page).toContain("No one (handed back)");
    expect((await member.post(path, { intent: "reassign", assigneeId: memberId })).status).toBe(403);
    const organizerId = (
      server.database().prepare("select id from users where email = 'tess@example.org'").get() as { id: string }
    ).id;
    expect((await organizer.post(path, { intent: "reassign", assigneeId: organizerId })).status).toBe(302);
    expect(await html(await organizer.get(path))).toMatch(/<dt>Assigned to<\/dt><dd>Tess Tasks<\/dd>/);
  });

  it("flags overdue work, and warns (without blocking) when a task is created already past due", async () => {
    const created = await organizer.post(`/o/${slug}/tasks/new`, task({ title: "Late already", dueOn: isoDay(-2) }));
    expect(created.status).toBe(302);
    const path = created.headers.get("location")!;
    expect(path).toMatch(/\?warning=past-due$/);
    expect(await html(await organizer.get(path))).toContain("already overdue when it was assigned");
    const overdue = await html(await member.get(`/o/${slug}/tasks?overdue=1`));
    expect(overdue).toContain("Late already");
    expect(overdue).toContain('<strong class="overdue">Overdue · </strong>');
    expect(overdue).not.toContain("Hand me back");
    // The due day in words, as on every page, not the form's YYYY-MM-DD.
    const [year, month, day] = isoDay(-2).split("-").map(Number);
    const inWords = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString("en-US", {
      dateStyle: "medium",
      timeZone: "UTC",
    });
    expect(overdue).toContain(`due ${inWords}`);
    expect(overdue).not.toContain(`due ${isoDay(-2)}`);
    expect(await html(await organizer.get(path))).toContain(inWords);
    const dashboard = await html(await member.get(`/o/${slug}`));
    expect(dashboard).toMatch(/<span class="summary__number">1<\/span> overdue task/);
  });

  it("shows a campaign's ten soonest open tasks, and links to all of them on the tasks page", async () => {
    const { path: otherPath, id: busyId } = await organizer.createCampaign(
      slug,
      districtId,
      "Busy campaign",
      "Many tasks.",
    );
    for (let i = 0; i < 12; i++) {
      expect(
        (
          await organizer.post(
            `/o/${slug}/tasks/new`,
            task({ title: `Busy task ${String(i).padStart(2, "0")}`, dueOn: isoDay(10 + i), campaignId: busyId }),
          )
        ).status,
      ).toBe(302);
    }
    const campaignPage = await html(await organizer.get(otherPath));
    const taskLinks = (page: string) => [...page.matchAll(/>(Busy task \d\d)<\/a>/g)].map((match) => match[1]);
    expect(taskLinks(campaignPage)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Busy task ${String(i).padStart(2, "0")}`),
    );
    const allLink = /<a[^>]*href="([^"]+)"[^>]*>All 12 open tasks of this campaign<\/a>/.exec(campaignPage);
    expect(allLink).not.toBeNull();

    const list = await html(await member.get(allLink![1]!.replace(/&amp;/g, "&")));
    expect(list).toContain("Only the campaign");
    expect(taskLinks(list)).toHaveLength(12);
    expect(list).not.toContain("Call the board clerk"); // another campaign's task
    expect(list).toContain('name="campaign"'); // the filters keep the campaign

    expect((await member.get(`/o/${slug}/tasks?campaign=no-such-campaign`)).status).toBe(404);
    const elsewhere = new Client(server.url);
    await elsewhere.signUp("Other Org", "other-org@example.org");
    await elsewhere.post("/orgs/new", {
      kind: "coalition",
      name: "Elsewhere",
      slug: "elsewhere-tasks",
      state: "CA",
      timeZone: "UTC",
    });
    expect((await elsewhere.get(`/o/elsewhere-tasks/tasks?campaign=${busyId}`)).status).toBe(404);
  });

  it("only lets the assignee settle a task, and refuses bad input", async () => {
    const path = (await organizer.post(`/o/${slug}/tasks/new`, task({ title: "Only Milo" }))).headers.get("location")!;
    expect((await organizer.post(path, { intent: "done" })).status).toBe(403);
    expect((await member.post(path, { intent: "explode" })).status).toBe(400);
    const bad = await organizer.post(`/o/${slug}/tasks/new`, task({ title: "", dueOn: "soon", assigneeId: "" }));
    expect(Object.keys(fieldErrors(await bad.text())).sort()).toEqual(["assigneeId", "dueOn", "title"]);
    const foreign = await organizer.post(`/o/${slug}/tasks/new`, task({ meetingId: "notAMeeting123" }));
    expect(fieldErrors(await foreign.text()).meetingId).toMatch(/meeting of this campaign/);
    expect((await member.get(`/o/${slug}/tasks/new`)).status).toBe(403);
  });
});

describe("exports and calendar feed", () => {
  it("exports a campaign's asks, meetings and tasks as CSV that parses back", async () => {
    await organizer.post(`${campaignPath}/asks/new`, {
      targetId,
      text: 'Seat a parent, "with a vote", on the committee',
      domain: "environment",
      venue: "board-vote",
      followUpOn: "",
    });
    await organizer.post(`${campaignPath}/meetings/new`, {
      title: "Board meeting, public comment",
      date: "2026-12-02",
      startTime: "18:00",
      endTime: "20:00",
      location: "Board room",
      videoUrl: "",
      agenda: "",
      status: "scheduled",
      attendeeIds: [memberId],
      targetIds: [targetId],
    });
    const asks = await member.get(`${campaignPath}/export/asks.csv`);
    expect(asks.headers.get("content-type")).toMatch(/^text\/csv/);
    const askRows = parse(await asks.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(askRows).toHaveLength(1);
    expect(askRows[0]).toMatchObject({
      Target: 'Superintendent Díaz, "the boss"',
      Ask: 'Seat a parent, "with a vote", on the committee',
      Venue: "Board vote",
      Status: "Planned",
    });
    const meetingRows = parse(await (await member.get(`${campaignPath}/export/meetings.csv`)).text(), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    expect(meetingRows[0]).toMatchObject({
      Title: "Board meeting, public comment",
      "Starts (UTC)": "2026-12-02 18:00",
      Attending: "Milo Member",
      Targets: 'Superintendent Díaz, "the boss"',
    });
    const taskRows = parse(await (await member.get(`${campaignPath}/export/tasks.csv`)).text(), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    expect(taskRows.map((r) => r.Task)).toContain("Late already");
    expect(taskRows.find((r) => r.Task === "Late already")!.Overdue).toBe("yes");
    expect((await member.get(`${campaignPath}/export/secrets.csv`)).status).toBe(404);
  });

  it("writes the headers and status words in the exporting person's language, and people's words as typed", async () => {
    const spanish = new Client(server.url, { "Accept-Language": "es-US,es;q=0.9" });
    await spanish.signUp("Rosa Rivera", "rosa@example.org");
    await spanish.post(new URL(await organizer.invite(slug, "rosa@example.org", "member")).pathname, {});
    const rows = async (file: string) => {
      const response = await spanish.get(`${campaignPath}/export/${file}`);
      expect(response.status).toBe(200);
      return parse(await response.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
    };
    const [ask] = await rows("asks.csv");
    expect(Object.keys(ask!)).toEqual([
      "Persona clave",
      "Petición",
      "Tipo de trabajo",
      "Dónde se hace",
      "Estado",
      "Fecha de seguimiento",
      "Último cambio",
    ]);
    expect(ask).toMatchObject({
      "Persona clave": 'Superintendent Díaz, "the boss"',
      Petición: 'Seat a parent, "with a vote", on the committee',
      "Dónde se hace": "Votación de la junta",
      Estado: "Planeada",
    });
    const [meeting] = await rows("meetings.csv");
    expect(meeting).toMatchObject({
      Título: "Board meeting, public comment",
      "Empieza (UTC)": "2026-12-02 18:00",
      Estado: "Programada",
      Asistentes: "Milo Member",
    });
    const late = (await rows("tasks.csv")).find((row) => row.Tarea === "Late already");
    expect(late).toMatchObject({ Estado: "Pendiente", Atrasada: "sí" });
    // The same file for an English reader is unchanged.
    const english = parse(await (await member.get(`${campaignPath}/export/tasks.csv`)).text(), {
      bom: true,
      columns: true,
    }) as Array<Record<string, string>>;
    expect(Object.keys(english[0]!)).toEqual(["Task", "Due", "Status", "Overdue", "Assigned to", "Details"]);
  });

  it("gives each user a private, revocable feed of their meetings and task due dates", async () => {
    const created = await html(await member.post("/account/calendar", { intent: "renew" }));
    const url =
      /id="feed-url"[^>]*value="([^"]+)"/.exec(created)?.[1] ?? /value="([^"]+)"[^>]*id="feed-url"/.exec(created)![1]!;
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const titles = events.map((e) => e.summary);
    expect(titles).toContain("Board meeting, public comment");
    expect(titles).toContain("Due: Only Milo");
    expect(titles).not.toContain("Due: Call the board clerk");
    const due = events.find((e) => e.summary === "Due: Only Milo")!;
    expect(due.startDate.isDate).toBe(true);

    // A new link turns the old one off; turning the feed off ends it.
    const renewed = await html(await member.post("/account/calendar", { intent: "renew" }));
    const newUrl = /value="(http[^"]+\.ics)"/.exec(renewed)![1]!;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(newUrl)).status).toBe(200);
    await member.post("/account/calendar", { intent: "revoke" });
    expect((await fetch(newUrl)).status).toBe(404);
    expect((await fetch(new URL("/calendar/not-a-real-token-at-all-1234.ics", server.url))).status).toBe(404);
  });

  it("shows leverage coverage on the dashboard", async () => {
    await organizer.declare(slug, districtId, "managerial");
    const page = await html(await member.get(`/o/${slug}`));
    expect(page).toContain(
      "Choosing what is taught and with what — Central office, a main lever: no target mapped yet",
    );
    expect(page).not.toContain("Handling outside demands and family wishes — Central office, a main lever");
  });
});
