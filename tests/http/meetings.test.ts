import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let organizer: Client;
let attendee: Client;
let bystander: Client;
let campaignPath: string;
let targetId: string;
let attendeeId: string;
const slug = "meetings-co";

const meeting = (extra: Record<string, string | string[]> = {}) => ({
  title: "Meeting with the CAO",
  date: "2026-11-03",
  startTime: "18:30",
  endTime: "19:45",
  location: "District office, room 2",
  videoUrl: "",
  agenda: "Parent seats; reading list",
  status: "scheduled",
  targetIds: [targetId],
  attendeeIds: [attendeeId],
  ...extra,
});

function parseIcs(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Mia Meetings", "mia-m@example.org");
  // A Chicago coalition: meetings are entered in Central time.
  await organizer.createCoalition(slug, "Meetings Co", "coalition", { state: "IL", timeZone: "America/Chicago" });
  const districtId = await organizer.createDistrict(slug, "Meeting District");
  targetId = await organizer.createTarget(slug, districtId, "Dr. Chief", "central-office", ["use"]);
  campaignPath = (await organizer.createCampaign(slug, districtId, "Seats", "Two seats.")).path;
  attendee = new Client(server.url);
  await attendee.signUp("Ari Attendee", "ari@example.org");
  await attendee.post(new URL(await organizer.invite(slug, "ari@example.org", "member")).pathname, {});
  attendeeId = (
    server.database().prepare("select id from users where email = 'ari@example.org'").get() as { id: string }
  ).id;
  bystander = new Client(server.url);
  await bystander.signUp("Bea Bystander", "bea@example.org");
  await bystander.post(new URL(await organizer.invite(slug, "bea@example.org", "member")).pathname, {});
});
afterAll(async () => {
  await server?.stop();
});

describe("meetings", () => {
  it("stores times entered in the coalition's zone and downloads a valid .ics, across a daylight-saving change", async () => {
    const created = await organizer.post(`${campaignPath}/meetings/new`, meeting());
    expect(created.status).toBe(302);
    const path = new URL(created.headers.get("location")!, server.url).pathname;
    // 3 November 2026 is after the change back to standard time: 18:30 CST is 00:30 UTC the next day.
    const row = server
      .database()
      .prepare("select starts_at, ends_at, sequence from meetings where id = ?")
      .get(path.split("/").pop()) as { starts_at: number; ends_at: number; sequence: number };
    expect(new Date(row.starts_at).toISOString()).toBe("2026-11-04T00:30:00.000Z");
    expect(new Date(row.ends_at).toISOString()).toBe("2026-11-04T01:45:00.000Z");
    expect(await html(await attendee.get(path))).toContain("Tuesday, November 3, 2026 at 6:30 PM – 7:45 PM CST");

    const ics = await attendee.get(`${path}.ics`);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    const [event] = parseIcs(await ics.text());
    expect(event!.summary).toBe("Meeting with the CAO");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2026-11-04T00:30:00.000Z");
    expect(event!.endDate.toJSDate().toISOString()).toBe("2026-11-04T01:45:00.000Z");
    expect(event!.location).toBe("District office, room 2");
    expect(event!.uid).toMatch(/^meeting-.+@fulcrum$/);

    // Rescheduling to summer time moves the instant by the zone's offset and bumps the sequence.
    expect((await organizer.post(`${path}/edit`, meeting({ date: "2026-07-14" }))).status).toBe(302);
    const [moved] = parseIcs(await (await attendee.get(`${path}.ics`)).text());
    expect(moved!.startDate.toJSDate().toISOString()).toBe("2026-07-14T23:30:00.000Z");
    expect(Number(moved!.component.getFirstPropertyValue("sequence"))).toBe(row.sequence + 1);
    expect(await html(await attendee.get(campaignPath))).toContain("Rescheduled the meeting");
  });

  it.each([
    ["an end before the start", { startTime: "19:00", endTime: "18:00" }, ["endTime"]],
    ["no date or times", { date: "", startTime: "", endTime: "" }, ["date", "endTime", "startTime"]],
    ["a javascript: video link", { videoUrl: "javascript:alert(1)" }, ["videoUrl"]],
    ["an unknown status", { status: "postponed-forever" }, ["status"]],
  ])("rejects %s", async (_label, extra, invalid) => {
    const response = await organizer.post(`${campaignPath}/meetings/new`, meeting(extra));
    expect(response.status).toBe(400);
    expect(Object.keys(fieldErrors(await response.text())).sort()).toEqual(invalid);
  });

  it("refuses attendees and targets from outside the coalition and district", async () => {
    const response = await organizer.post(
      `${campaignPath}/meetings/new`,
      meeting({ attendeeIds: ["someoneElse1234"] }),
    );
    expect(response.status).toBe(400);
    expect(await html(response)).toContain("Choose attendees from your coalition");
  });

  it("lets attending members write notes, but not other members; outsiders get 404", async () => {
    const path = (await organizer.post(`${campaignPath}/meetings/new`, meeting({ title: "Notes meeting" }))).headers
      .get("location")!
      .split("?")[0]!;
    expect(
      (await attendee.post(path, { notes: "She agreed to bring it to cabinet.", outcome: "Yes in principle" })).status,
    ).toBe(302);
    expect(await html(await bystander.get(path))).toContain("She agreed to bring it to cabinet.");
    expect((await bystander.post(path, { notes: "Overwrite", outcome: "" })).status).toBe(403);
    expect((await attendee.post(`${path}/edit`, meeting())).status).toBe(403);
    const outsider = new Client(server.url);
    await outsider.signUp("Out", "out-meet@example.org");
    for (const p of [path, `${path}.ics`, `${campaignPath}/meetings`])
      expect((await outsider.get(p)).status, p).toBe(404);
  });
});
