import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartFields } from "~/lib/labels";
import { Client } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

// Every page and form of a coalition, for every role, a member of another coalition and a stranger.
// GET answers 200 or 403; an empty POST answers 400 (it passed the gate and failed validation) or 403.
let server: RunningServer;
const clients: Record<"owner" | "organizer" | "member" | "outsider" | "agency" | "anonymous", Client> = {} as never;
const slug = "matrix-co";
const ids: Record<string, string> = {};

const last = (response: Response) => response.headers.get("location")!.split("?")[0]!.split("/").pop()!;

beforeAll(async () => {
  server = await startServer();
  for (const role of ["owner", "organizer", "member", "outsider", "agency", "anonymous"] as const) clients[role] = new Client(server.url);
  const { owner } = clients;
  await owner.signUp("Owner", "owner-m@example.org");
  await owner.createCoalition(slug);
  for (const role of ["organizer", "member"] as const) {
    await clients[role].signUp(role, `${role}-m@example.org`);
    await clients[role].post(new URL(await owner.invite(slug, `${role}-m@example.org`, role)).pathname, {});
  }
  await clients.outsider.signUp("Outsider", "outsider-m@example.org");
  await clients.outsider.createCoalition("elsewhere-co");
  // State agency staff in the coalition's own state: they see none of its pages either.
  await clients.agency.signUp("Agency", "agency-m@example.org");
  await clients.agency.createCoalition("matrix-agency", "Ohio Department of Education", "state_agency");
  const memberId = (server.database().prepare("select id from users where email = 'member-m@example.org'").get() as { id: string }).id;
  ids.district = await owner.createDistrict(slug, "Matrix District");
  ids.school = await owner.createSchool(slug, ids.district, "Matrix School");
  ids.target = last(await owner.post(`/o/${slug}/districts/${ids.district}/targets/new`, { name: "T", title: "", locus: "central-office", schoolId: "", domains: ["use"], email: "", phone: "", notes: "" }));
  ids.campaign = last(await owner.post(`/o/${slug}/campaigns/new`, { districtId: ids.district, title: "C", win: "W", status: "active", startsOn: "", endsOn: "", leadUserId: "", ...Object.fromEntries(chartFields.map(([n]) => [n, ""])) }));
  const c = `/o/${slug}/campaigns/${ids.campaign}`;
  ids.meeting = last(await owner.post(`${c}/meetings/new`, { title: "M", date: "2027-02-01", startTime: "10:00", endTime: "11:00", location: "", videoUrl: "", agenda: "", status: "scheduled", attendeeIds: [memberId] }));
  ids.ask = last(await owner.post(`${c}/asks/new`, { targetId: ids.target, text: "A", domain: "use", venue: "meeting", followUpOn: "", meetingId: "" }));
  ids.task = last(await owner.post(`/o/${slug}/tasks/new`, { title: "K", details: "", dueOn: "2027-02-02", assigneeId: memberId, campaignId: "", meetingId: "", askId: "" }));
  expect((await owner.declare(slug, ids.district, "networked")).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

type Row = [name: string, path: () => string, allowed: Array<"owner" | "organizer" | "member">];
const everyone: Row[2] = ["owner", "organizer", "member"];
const organizers: Row[2] = ["owner", "organizer"];
const owners: Row[2] = ["owner"];
const o = () => `/o/${slug}`;
const d = () => `${o()}/districts/${ids.district}`;
const c = () => `${o()}/campaigns/${ids.campaign}`;

const pages: Row[] = [
  ["overview", o, everyone],
  ["members", () => `${o()}/members`, everyone],
  ["settings", () => `${o()}/settings`, owners],
  ["invite", () => `${o()}/invite`, organizers],
  ["sent email", () => `${o()}/emails`, organizers],
  ["guidance inbox", () => `${o()}/inbox`, everyone],
  ["districts", () => `${o()}/districts`, everyone],
  ["new district", () => `${o()}/districts/new`, organizers],
  ["district", d, everyone],
  ["edit district", () => `${d()}/edit`, organizers],
  ["delete district", () => `${d()}/delete`, organizers],
  ["school", () => `${d()}/schools/${ids.school}`, everyone],
  ["new school", () => `${d()}/schools/new`, organizers],
  ["edit school", () => `${d()}/schools/${ids.school}/edit`, organizers],
  ["delete school", () => `${d()}/schools/${ids.school}/delete`, organizers],
  ["targets", () => `${d()}/targets`, everyone],
  ["new target", () => `${d()}/targets/new`, organizers],
  ["target", () => `${d()}/targets/${ids.target}`, everyone],
  ["edit target", () => `${d()}/targets/${ids.target}/edit`, organizers],
  ["delete target", () => `${d()}/targets/${ids.target}/delete`, organizers],
  ["diagnostic", () => `${d()}/diagnostics/new`, everyone],
  ["declare", () => `${d()}/declare`, organizers],
  ["playbook", () => `${d()}/playbook`, everyone],
  ["playbook.md", () => `${d()}/playbook.md`, everyone],
  ["history", () => `${d()}/history`, everyone],
  ["campaigns", () => `${o()}/campaigns`, everyone],
  ["new campaign", () => `${o()}/campaigns/new`, organizers],
  ["campaign", c, everyone],
  ["edit campaign", () => `${c()}/edit`, organizers],
  ["asks", () => `${c()}/asks`, everyone],
  ["new ask", () => `${c()}/asks/new`, organizers],
  ["ask", () => `${c()}/asks/${ids.ask}`, everyone],
  ["edit ask", () => `${c()}/asks/${ids.ask}/edit`, organizers],
  ["meetings", () => `${c()}/meetings`, everyone],
  ["new meeting", () => `${c()}/meetings/new`, organizers],
  ["meeting", () => `${c()}/meetings/${ids.meeting}`, everyone],
  ["meeting.ics", () => `${c()}/meetings/${ids.meeting}.ics`, everyone],
  ["edit meeting", () => `${c()}/meetings/${ids.meeting}/edit`, organizers],
  ["asks.csv", () => `${c()}/export/asks.csv`, everyone],
  ["tasks", () => `${o()}/tasks`, everyone],
  ["new task", () => `${o()}/tasks/new`, organizers],
  ["task", () => `${o()}/tasks/${ids.task}`, everyone],
];

// Forms whose gate is their only difference from the page above: an empty post tells the gate apart from validation.
const forms: Row[] = [
  ["settings", () => `${o()}/settings`, owners],
  ["invite", () => `${o()}/invite`, organizers],
  ["new district", () => `${o()}/districts/new`, organizers],
  ["edit district", () => `${d()}/edit`, organizers],
  ["delete district", () => `${d()}/delete`, organizers],
  ["new school", () => `${d()}/schools/new`, organizers],
  ["edit school", () => `${d()}/schools/${ids.school}/edit`, organizers],
  ["new target", () => `${d()}/targets/new`, organizers],
  ["edit target", () => `${d()}/targets/${ids.target}/edit`, organizers],
  ["diagnostic", () => `${d()}/diagnostics/new`, everyone],
  ["declare", () => `${d()}/declare`, organizers],
  ["new campaign", () => `${o()}/campaigns/new?district=${ids.district}`, organizers],
  ["edit campaign", () => `${c()}/edit`, organizers],
  ["new ask", () => `${c()}/asks/new`, organizers],
  ["ask status", () => `${c()}/asks/${ids.ask}`, organizers],
  ["edit ask", () => `${c()}/asks/${ids.ask}/edit`, organizers],
  ["new meeting", () => `${c()}/meetings/new`, organizers],
  ["edit meeting", () => `${c()}/meetings/${ids.meeting}/edit`, organizers],
  ["new task", () => `${o()}/tasks/new`, organizers],
  ["members", () => `${o()}/members`, everyone],
];

describe("the role matrix", () => {
  it.each(pages)("GET %s", async (_name, path, allowed) => {
    for (const role of ["owner", "organizer", "member"] as const) {
      expect((await clients[role].get(path())).status, `${role} ${path()}`).toBe(allowed.includes(role) ? 200 : 403);
    }
    expect((await clients.outsider.get(path())).status, `outsider ${path()}`).toBe(404);
    expect((await clients.agency.get(path())).status, `state agency ${path()}`).toBe(404);
    const anonymous = await clients.anonymous.get(path());
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
  });

  it.each(forms)("POST %s", async (_name, path, allowed) => {
    // The campaign form reads its district from the body; give it one so that validation, not the lookup, answers.
    const body: Record<string, string> = path().includes("/campaigns/new") ? { districtId: ids.district! } : {};
    for (const role of ["owner", "organizer", "member"] as const) {
      const status = (await clients[role].post(path(), body)).status;
      expect(status, `${role} ${path()}`).toBe(allowed.includes(role) ? 400 : 403);
    }
    expect((await clients.outsider.post(path(), body)).status, `outsider ${path()}`).toBe(404);
    expect((await clients.agency.post(path(), body)).status, `state agency ${path()}`).toBe(404);
  });

  it("lets only the assignee settle a task and attendees write meeting notes", async () => {
    const task = `${o()}/tasks/${ids.task}`;
    expect((await clients.owner.post(task, { intent: "done" })).status).toBe(403);
    expect((await clients.member.post(task, { intent: "done" })).status).toBe(302);
    const meeting = `${c()}/meetings/${ids.meeting}`;
    expect((await clients.member.post(meeting, { notes: "n", outcome: "" })).status).toBe(302);
    expect((await clients.organizer.post(meeting, { notes: "n2", outcome: "" })).status).toBe(302);
    expect((await clients.outsider.post(meeting, { notes: "x", outcome: "" })).status).toBe(404);
  });
});
