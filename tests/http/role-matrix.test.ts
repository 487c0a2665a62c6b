import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { answersForPureType } from "~/lib/typology/diagnostic";

import { verifyAgency } from "../support/admin";
import { Client } from "../support/client";
import { routeManifest, routePattern, type ManifestRoute } from "../support/route-manifest";
import { startServer, type RunningServer } from "../support/server";
import { enrolTwoFactor } from "../support/two-factor";

// Every route of the built app (read from its route manifest, so a new route fails here until it is given a
// rule below) × every role of both kinds of organization × a member of another coalition × a stranger, for GET
// and, where the route has an action, for an empty POST (400 = it passed the gate and failed validation).
// Then every route with an id in its path, asked with another organization's ids: 404, like a missing one.

type CoalitionRole = "owner" | "organizer" | "member";
type AgencyRole = "owner" | "staff";
// `saved`: the status an allowed empty post gets when an empty form is valid (400 otherwise). `deletes`: the
// post deletes the record with this id, so each allowed role deletes a fresh one. `shown`: the status an allowed
// GET without a query gets, when the page needs one to know what it is for (400 otherwise 200).
type Side<R> = { get: R[]; post?: R[]; saved?: number; shown?: number; deletes?: "schoolId" | "targetId" };
type OrgRule = { kind: "org"; coalition?: Side<CoalitionRole>; agency?: Side<AgencyRole> };
type Rule =
  | OrgRule
  // Same answer for a stranger and for anyone signed in.
  | { kind: "open"; get: number; post?: number; signedIn?: { get: number; post?: number } }
  // Signed-in people only; a stranger is sent to the login page.
  | { kind: "account"; get: number; post?: number };

const everyone: CoalitionRole[] = ["owner", "organizer", "member"];
const organizers: CoalitionRole[] = ["owner", "organizer"];
const owners: CoalitionRole[] = ["owner"];
const agencyAll: AgencyRole[] = ["owner", "staff"];
const agencyOwner: AgencyRole[] = ["owner"];

const rules: Record<string, Rule> = {
  root: { kind: "open", get: 200 },
  "routes/$": { kind: "open", get: 404, post: 404 },
  "routes/_index": { kind: "open", get: 200 },
  "routes/about": { kind: "open", get: 200 },
  "routes/healthz": { kind: "open", get: 200 },
  "routes/favicon[.]svg": { kind: "open", get: 200 },
  // The language switcher: a bare GET goes home; a post (here with no choice) returns to where it came from.
  "routes/language": { kind: "open", get: 302, post: 303 },
  // A catalog of messages, the same for everyone.
  "routes/locales.$lng.$ns": { kind: "open", get: 200 },
  "routes/verify-email.confirmed": { kind: "open", get: 200 },
  "routes/forgot-password": { kind: "open", get: 200, post: 400 },
  "routes/login": { kind: "open", get: 200, post: 400, signedIn: { get: 302, post: 302 } },
  // Without a pending sign-in (no password given first) the second step only says to log in again.
  "routes/login_.two-factor": { kind: "open", get: 200, post: 400, signedIn: { get: 302, post: 302 } },
  "routes/signup": { kind: "open", get: 200, post: 400, signedIn: { get: 302, post: 302 } },
  // Links from email and calendar apps: a made-up token is not found, whoever asks.
  "routes/invitations.$token": { kind: "open", get: 404, post: 404 },
  "routes/join.$token": { kind: "open", get: 404, post: 404 },
  // Someone's own join request: a made-up id is nobody's.
  "routes/join-requests.$requestId": { kind: "account", get: 404 },
  "routes/reset-password.$token": { kind: "open", get: 404, post: 404 },
  "routes/verify-email.$token": { kind: "open", get: 404, post: 404 },
  "routes/unsubscribe.$token": { kind: "open", get: 404, post: 404 },
  "routes/calendar.$file": { kind: "open", get: 404 },
  "routes/logout": { kind: "open", get: 302, post: 302 },
  "routes/home": { kind: "account", get: 200 },
  "routes/orgs.new": { kind: "account", get: 200, post: 400 },
  "routes/account.calendar": { kind: "account", get: 200, post: 400 },
  "routes/account.emails": { kind: "account", get: 200, post: 400 },
  // Operators only (OPERATOR_EMAILS, confirmed): everyone else gets the 404 of a page that does not exist.
  "routes/operator.reports._index": { kind: "account", get: 404 },
  "routes/operator.reports.$reportId": { kind: "account", get: 404, post: 404 },
  "routes/account.two-factor": { kind: "account", get: 200, post: 400 },
  // Organization pages: both kinds have a front page, members, settings and sent email.
  "routes/o.$slug": { kind: "org", coalition: { get: everyone }, agency: { get: agencyAll } },
  "routes/o.$slug._index": { kind: "org", coalition: { get: everyone }, agency: { get: agencyAll } },
  "routes/o.$slug.members": {
    kind: "org",
    coalition: { get: everyone, post: everyone },
    agency: { get: agencyAll, post: agencyAll },
  },
  "routes/o.$slug.settings": {
    kind: "org",
    coalition: { get: owners, post: owners },
    agency: { get: agencyOwner, post: agencyOwner },
  },
  // Coalitions only: a state agency's staff join by invitation.
  "routes/o.$slug.join-link": { kind: "org", coalition: { get: owners, post: owners } },
  "routes/o.$slug.invite": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
    agency: { get: agencyOwner, post: agencyOwner },
  },
  "routes/o.$slug.emails": { kind: "org", coalition: { get: organizers }, agency: { get: agencyOwner } },
  // Coalition only.
  "routes/o.$slug.inbox._index": { kind: "org", coalition: { get: everyone } },
  // Members mark guidance read (intent=read); anything else is a response, for organizers.
  "routes/o.$slug.inbox.$guidanceId": { kind: "org", coalition: { get: everyone, post: organizers } },
  "routes/o.$slug.districts._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.new": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.districts.$districtId._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.$districtId.edit": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.districts.$districtId.delete": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.districts.$districtId.history": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.$districtId.declare": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.districts.$districtId.playbook": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.$districtId.playbook[.md]": { kind: "org", coalition: { get: everyone } },
  // An empty post only reviews what the ticks would create (200); creating takes "Start the campaign".
  "routes/o.$slug.districts.$districtId.start-campaign": {
    kind: "org",
    coalition: { get: organizers, post: organizers, saved: 200 },
  },
  // A link from the playbook names the suggested ask in its query; without one there is nothing to plan.
  "routes/o.$slug.districts.$districtId.plan-ask": {
    kind: "org",
    coalition: { get: organizers, post: organizers, shown: 400 },
  },
  "routes/o.$slug.districts.$districtId.diagnostics.new": { kind: "org", coalition: { get: everyone, post: everyone } },
  "routes/o.$slug.districts.$districtId.diagnostics.$diagnosticId._index": {
    kind: "org",
    coalition: { get: everyone },
  },
  "routes/o.$slug.districts.$districtId.diagnostics.$diagnosticId.edit": {
    kind: "org",
    coalition: { get: everyone, post: everyone },
  },
  "routes/o.$slug.districts.$districtId.schools.new": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.districts.$districtId.schools.paste": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
  },
  "routes/o.$slug.districts.$districtId.schools.$schoolId._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.$districtId.schools.$schoolId.edit": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
  },
  "routes/o.$slug.districts.$districtId.schools.$schoolId.delete": {
    kind: "org",
    coalition: { get: organizers, post: organizers, saved: 302, deletes: "schoolId" },
  },
  "routes/o.$slug.districts.$districtId.targets._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.$districtId.targets.new": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.districts.$districtId.targets.$targetId._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.districts.$districtId.targets.$targetId.edit": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
  },
  "routes/o.$slug.districts.$districtId.targets.$targetId.delete": {
    kind: "org",
    coalition: { get: organizers, post: organizers, saved: 302, deletes: "targetId" },
  },
  "routes/o.$slug.campaigns._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.campaigns.new": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.campaigns.$campaignId._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.campaigns.$campaignId.edit": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.campaigns.$campaignId.export.$file": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.campaigns.$campaignId.asks._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.campaigns.$campaignId.asks.new": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.campaigns.$campaignId.asks.$askId._index": {
    kind: "org",
    coalition: { get: everyone, post: organizers },
  },
  "routes/o.$slug.campaigns.$campaignId.asks.$askId.edit": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
  },
  "routes/o.$slug.campaigns.$campaignId.meetings._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.campaigns.$campaignId.meetings.new": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
  },
  // Members may write notes for meetings they attend (the member here attends).
  "routes/o.$slug.campaigns.$campaignId.meetings.$meetingId._index": {
    kind: "org",
    coalition: { get: everyone, post: everyone, saved: 302 },
  },
  "routes/o.$slug.campaigns.$campaignId.meetings.$meetingId[.ics]": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.campaigns.$campaignId.meetings.$meetingId.edit": {
    kind: "org",
    coalition: { get: organizers, post: organizers },
  },
  "routes/o.$slug.tasks._index": { kind: "org", coalition: { get: everyone } },
  "routes/o.$slug.tasks.new": { kind: "org", coalition: { get: organizers, post: organizers } },
  "routes/o.$slug.tasks.$taskId": { kind: "org", coalition: { get: everyone, post: everyone } },
  // State agency only.
  "routes/o.$slug.guidance._index": { kind: "org", agency: { get: agencyAll } },
  "routes/o.$slug.guidance.new": { kind: "org", agency: { get: agencyAll, post: agencyAll } },
  "routes/o.$slug.guidance.$guidanceId._index": { kind: "org", agency: { get: agencyAll, post: agencyAll } },
  "routes/o.$slug.guidance.$guidanceId.edit": { kind: "org", agency: { get: agencyAll, post: agencyAll } },
  // Writes the other language's version of the agency's piece (an empty form is refused with 400).
  "routes/o.$slug.guidance.$guidanceId.translation": { kind: "org", agency: { get: agencyAll, post: agencyAll } },
  "routes/o.$slug.playbook-notes": { kind: "org", agency: { get: agencyAll, post: agencyAll, saved: 200 } },
  "routes/o.$slug.overview": { kind: "org", agency: { get: agencyAll } },
  // The agency here is verified, so even the owner's empty request is refused (400).
  "routes/o.$slug.verification": { kind: "org", agency: { get: agencyAll, post: agencyOwner } },
  // Operators only (OPERATOR_EMAILS, confirmed): nobody here is one, so it does not exist for them.
  "routes/operator._index": { kind: "account", get: 404, post: 404 },
};

const manifest = routeManifest();
const byId = new Map(manifest.map((route) => [route.id, route]));
const pattern = (route: ManifestRoute) => routePattern(route, byId);

type Ids = Record<string, string>;

/** A new school or target of the coalition's district, for a deletion that must not take the shared one. */
const fresh = {
  schoolId: async () =>
    clients.owner.createSchool(coalitionIds.slug!, coalitionIds.districtId!, `School ${Math.random()}`),
  targetId: async () =>
    clients.owner.createTarget(
      coalitionIds.slug!,
      coalitionIds.districtId!,
      `Target ${Math.random()}`,
      "central-office",
      ["use"],
    ),
};
const fill = (path: string, ids: Ids) =>
  path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = ids[name];
    if (value === undefined) throw new Error(`No test value for :${name} in ${path}`);
    return value;
  });

let server: RunningServer;
const actors = ["owner", "organizer", "member", "agencyOwner", "agencyStaff", "outsider", "anonymous"] as const;
type Actor = (typeof actors)[number];
const clients = {} as Record<Actor, Client>;
const coalitionIds: Ids = { slug: "matrix-co", file: "asks.csv", token: "made-up-token" };
const agencyIds: Ids = { slug: "matrix-agency" };
const foreignIds: Ids = { slug: "matrix-co", file: "asks.csv" };
const foreignAgencyIds: Ids = { slug: "matrix-agency" };
const openIds: Ids = {
  token: "made-up-token",
  file: "made-up-token.ics",
  "*": "no-such-page",
  lng: "es",
  ns: "common",
};

const last = (response: Response) => response.headers.get("location")!.split("?")[0]!.split("/").pop()!;

/**
 * A district with a school, a target, a diagnostic, a campaign with a meeting (the member attends), an ask and a
 * task.
 */
async function furnish(client: Client, slug: string, memberId: string, ids: Ids) {
  ids.districtId = await client.createDistrict(slug, "Matrix District");
  ids.schoolId = await client.createSchool(slug, ids.districtId, "Matrix School");
  const d = `/o/${slug}/districts/${ids.districtId}`;
  ids.targetId = await client.createTarget(slug, ids.districtId, "T", "central-office", ["use"]);
  const answers = answersForPureType("networked");
  ids.diagnosticId = last(
    await client.post(`${d}/diagnostics/new`, {
      context: "",
      ...Object.fromEntries(Object.entries(answers.who).map(([domain, answer]) => [`who_${domain}`, answer])),
      ...Object.fromEntries(Object.entries(answers.cues).map(([id, answer]) => [`cue_${id}`, answer])),
    }),
  );
  ids.campaignId = (await client.createCampaign(slug, ids.districtId, "C", "W")).id;
  const c = `/o/${slug}/campaigns/${ids.campaignId}`;
  ids.meetingId = last(
    await client.post(`${c}/meetings/new`, {
      title: "M",
      date: "2027-02-01",
      startTime: "10:00",
      endTime: "11:00",
      location: "",
      videoUrl: "",
      agenda: "",
      status: "scheduled",
      attendeeIds: [memberId],
    }),
  );
  ids.askId = await client.createAsk(slug, ids.campaignId, ids.targetId, "A");
  ids.taskId = last(
    await client.post(`/o/${slug}/tasks/new`, {
      title: "K",
      details: "",
      dueOn: "2027-02-02",
      assigneeId: memberId,
      campaignId: "",
      meetingId: "",
      askId: "",
    }),
  );
  expect((await client.declare(slug, ids.districtId, "networked")).status).toBe(302);
}

const publishGuidance = (client: Client, slug: string) => client.publishGuidance(slug, { title: "G" });

beforeAll(async () => {
  server = await startServer();
  for (const actor of actors) clients[actor] = new Client(server.url);
  const { owner, agencyOwner } = clients;
  const userId = (email: string) =>
    (server.database().prepare("select id from users where email = ?").get(email) as { id: string }).id;
  await owner.signUp("Owner", "owner-m@example.org");
  await owner.createCoalition(coalitionIds.slug!);
  for (const role of ["organizer", "member"] as const) {
    await clients[role].signUp(role, `${role}-m@example.org`);
    await clients[role].post(
      new URL(await owner.invite(coalitionIds.slug!, `${role}-m@example.org`, role)).pathname,
      {},
    );
  }
  await furnish(owner, coalitionIds.slug!, userId("member-m@example.org"), coalitionIds);

  // Another coalition in the same state, whose owner is "outsider", with one of everything.
  await clients.outsider.signUp("Outsider", "outsider-m@example.org");
  await clients.outsider.createCoalition("elsewhere-co");
  await furnish(clients.outsider, "elsewhere-co", userId("outsider-m@example.org"), foreignIds);
  foreignIds.slug = coalitionIds.slug!;

  // The state agency of the coalitions' state, with an owner and a staff member, and guidance it published.
  await agencyOwner.signUp("Agency owner", "agency-owner-m@example.org");
  await agencyOwner.createCoalition(agencyIds.slug!, "Ohio Department of Education", "state_agency");
  await verifyAgency(server.databasePath, agencyIds.slug!, [agencyOwner]);
  await clients.agencyStaff.signUp("Agency staff", "agency-staff-m@example.org");
  await clients.agencyStaff.post(
    new URL(await agencyOwner.invite(agencyIds.slug!, "agency-staff-m@example.org", "staff")).pathname,
    {},
  );
  await enrolTwoFactor(clients.agencyStaff);
  agencyIds.guidanceId = await publishGuidance(agencyOwner, agencyIds.slug!);
  coalitionIds.guidanceId = agencyIds.guidanceId;

  // Another state's agency: its guidance never reaches these coalitions, and is foreign to this agency.
  const michigan = new Client(server.url);
  await michigan.signUp("Michigan", "michigan-m@example.org");
  await michigan.post("/orgs/new", {
    kind: "state_agency",
    name: "Michigan Department of Education",
    slug: "mi-agency",
    state: "MI",
    timeZone: "America/Detroit",
  });
  await verifyAgency(server.databasePath, "mi-agency", [michigan]);
  foreignAgencyIds.guidanceId = await publishGuidance(michigan, "mi-agency");
  foreignIds.guidanceId = foreignAgencyIds.guidanceId;
});
afterAll(async () => {
  await server?.stop();
});

type Case = {
  route: string;
  actor: Actor;
  method: "GET" | "POST";
  path: string;
  expected: number;
  deletes?: "schoolId" | "targetId";
};

/** What each actor should get from each route, by its rule. */
function cases(): Case[] {
  const out: Case[] = [];
  for (const route of manifest) {
    const rule = rules[route.page]!;
    const url = pattern(route);
    const methods = (["GET", "POST"] as const).filter((method) =>
      method === "GET" ? route.hasLoader || !route.hasAction : route.hasAction,
    );
    for (const method of methods) {
      if (rule.kind === "open") {
        const asStranger = method === "GET" ? rule.get : rule.post!;
        const asUser = rule.signedIn ? (method === "GET" ? rule.signedIn.get : rule.signedIn.post!) : asStranger;
        for (const actor of actors)
          out.push({
            route: route.page,
            actor,
            method,
            path: fill(url.replace("*", ":*"), openIds),
            expected: actor === "anonymous" ? asStranger : asUser,
          });
      } else if (rule.kind === "account") {
        for (const actor of actors)
          out.push({
            route: route.page,
            actor,
            method,
            path: url,
            expected: actor === "anonymous" ? 302 : method === "GET" ? rule.get : rule.post!,
          });
      } else {
        const sides = [
          {
            side: rule.coalition,
            ids: coalitionIds,
            other: agencyIds,
            members: { owner: "owner", organizer: "organizer", member: "member" },
          },
          {
            side: rule.agency,
            ids: agencyIds,
            other: coalitionIds,
            members: { agencyOwner: "owner", agencyStaff: "staff" },
          },
        ] as const;
        for (const { side, ids, other, members } of sides) {
          if (!side) {
            // A kind of organization without this page answers 404 to its own members, as if it did not exist.
            for (const [actor] of Object.entries(members))
              out.push({
                route: route.page,
                actor: actor as Actor,
                method,
                path: fill(url, { ...other, slug: ids.slug! }),
                expected: 404,
              });
            continue;
          }
          const roles: string[] = (method === "GET" ? side.get : side.post) ?? [];
          const ok = method === "GET" ? (side.shown ?? 200) : (side.saved ?? 400);
          for (const actor of actors) {
            const role = (members as Partial<Record<Actor, string>>)[actor];
            const allowed = role !== undefined && roles.includes(role);
            const expected = actor === "anonymous" ? 302 : role === undefined ? 404 : allowed ? ok : 403;
            out.push({
              route: route.page,
              actor,
              method,
              path: fill(url, ids),
              expected,
              deletes: allowed && method === "POST" ? side.deletes : undefined,
            });
          }
        }
      }
    }
  }
  return out;
}

describe("the route manifest", () => {
  it("has a rule for every route, and every rule still has its route", () => {
    expect(manifest.map((route) => route.page).sort()).toEqual(Object.keys(rules).sort());
  });
});

describe("every route × every role", () => {
  it("answers each actor as its rule says (anonymous → login, foreign → 404, lower role → 403, allowed → 200 or 400)", async () => {
    const wrong: string[] = [];
    // Logging out would end the sessions the later tests need: it has a test of its own below.
    const all = cases().filter((c) => c.route !== "routes/logout");
    for (const { actor, method, expected, deletes, ...rest } of all) {
      let path = rest.path;
      if (deletes) path = path.replace(coalitionIds[deletes]!, await fresh[deletes]());
      const body: Record<string, string> = path.endsWith("/campaigns/new")
        ? { districtId: coalitionIds.districtId! }
        : {};
      const response = method === "GET" ? await clients[actor].get(path) : await clients[actor].post(path, body);
      await response.arrayBuffer();
      if (response.status !== expected)
        wrong.push(`${actor} ${method} ${path}: ${response.status}, expected ${expected}`);
      if (
        expected === 302 &&
        actor === "anonymous" &&
        !/^\/login\?redirectTo=|^\/$/.test(response.headers.get("location") ?? "")
      ) {
        wrong.push(`${actor} ${method} ${path}: redirected to ${response.headers.get("location")}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(all.length).toBeGreaterThan(500);
    // Some 700 requests one after another: on two busy cores that takes longer than the usual 30 s.
  }, 120_000);

  it("answers 404 to another organization's ids in every path, exactly as to missing ones", async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of manifest) {
      const rule = rules[route.page]!;
      const url = pattern(route);
      if (rule.kind !== "org" || !/:(?!slug)\w+/.test(url.replace(":file", ""))) continue;
      const [client, ids] = rule.coalition ? [clients.owner, foreignIds] : [clients.agencyOwner, foreignAgencyIds];
      const path = fill(url, ids);
      for (const method of ["GET", "POST"] as const) {
        if (method === "POST" && !route.hasAction) continue;
        const response = method === "GET" ? await client.get(path) : await client.post(path, {});
        await response.arrayBuffer();
        checked++;
        if (response.status !== 404) wrong.push(`${method} ${path}: ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it("lets only the assignee settle a task and attendees write meeting notes", async () => {
    const task = `/o/${coalitionIds.slug}/tasks/${coalitionIds.taskId}`;
    expect((await clients.owner.post(task, { intent: "done" })).status).toBe(403);
    expect((await clients.member.post(task, { intent: "done" })).status).toBe(302);
    const meeting = `/o/${coalitionIds.slug}/campaigns/${coalitionIds.campaignId}/meetings/${coalitionIds.meetingId}`;
    expect((await clients.member.post(meeting, { notes: "n", outcome: "" })).status).toBe(302);
    expect((await clients.organizer.post(meeting, { notes: "n2", outcome: "" })).status).toBe(302);
    expect((await clients.outsider.post(meeting, { notes: "x", outcome: "" })).status).toBe(404);
  });

  // Last: it ends the sessions the tests above use.
  it("logs out everyone who asks, by GET or POST, and the session is over", async () => {
    for (const { actor, method, path, expected } of cases().filter((c) => c.route === "routes/logout")) {
      const response = method === "GET" ? await clients[actor].get(path) : await clients[actor].post(path, {});
      expect(response.status, `${actor} ${method} ${path}`).toBe(expected);
    }
    expect((await clients.owner.get(`/o/${coalitionIds.slug}`)).status).toBe(302);
  });
});
