import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { campaignForm, Client, fieldErrors, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let organizer: Client;
let member: Client;
let districtId: string;
let caoId: string;
let boardId: string;
const slug = "campaign-co";

/** A full campaign form: every field present, as a browser sends it, with these values. */
const campaign = (fields: Record<string, string | string[]>) => campaignForm({ status: "planning", ...fields });

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Cam Organizer", "cam@example.org");
  await organizer.createCoalition(slug);
  districtId = await organizer.createDistrict(slug, "Campaign District");
  caoId = await organizer.createTarget(slug, districtId, "Dr. Chief", "central-office", [
    "infrastructure",
    "leadership",
  ]);
  boardId = await organizer.createTarget(slug, districtId, "The Board", "central-office", ["environment"]);
  member = new Client(server.url);
  await member.signUp("Mel Member", "mel@example.org");
  await member.post(new URL(await organizer.invite(slug, "mel@example.org", "member")).pathname, {});
});
afterAll(async () => {
  await server?.stop();
});

describe("campaigns", () => {
  it("starts a campaign with a strategy chart and targets, and shows it with a timeline", async () => {
    const created = await organizer.post(
      `/o/${slug}/campaigns/new`,
      campaign({
        districtId,
        title: "Curriculum voice",
        win: "Two parent seats on the review committee.",
        status: "active",
        startsOn: "2026-09-01",
        endsOn: "2027-06-30",
        longTermGoals: "Families shape curriculum.",
        tactics: "Board testimony",
        primaryTargetIds: [caoId],
        secondaryTargetIds: [boardId],
      }),
    );
    expect(created.status).toBe(302);
    const path = created.headers.get("location")!;
    const page = await html(await member.get(path));
    expect(page).toContain("Two parent seats on the review committee.");
    expect(page).toContain("Families shape curriculum.");
    expect(page).toMatch(/Dr\. Chief<\/a> <span class="muted">\(decision-maker\)/);
    expect(page).toMatch(/The Board<\/a> <span class="muted">\(influencer\)/);
    expect(page).toContain("Started the campaign &quot;Curriculum voice&quot;.");

    const edited = await organizer.post(
      `${path}/edit`,
      campaign({ title: "Curriculum voice", win: "Two seats.", status: "won", primaryTargetIds: [caoId] }),
    );
    expect(edited.status).toBe(302);
    const after = await html(await member.get(path));
    expect(after).toContain("Changed the status from active to won.");
    expect(after).not.toContain("(influencer)");

    const filtered = await html(await member.get(`${path}?q=${encodeURIComponent("status from")}`));
    expect(filtered).toContain("Changed the status from active to won.");
    expect(filtered).not.toContain("Started the campaign");
    expect(await html(await member.get(`${path}?q=${encodeURIComponent("100%_")}`))).toContain(
      "No timeline entries match.",
    );
    expect(await html(await member.get(`/o/${slug}/campaigns?status=won`))).toContain("Curriculum voice");
    expect(await html(await member.get(`/o/${slug}/campaigns?status=planning`))).not.toContain("Curriculum voice");
  });

  it.each([
    ["an empty title and win", { title: "", win: "" }, ["title", "win"]],
    ["an end before the start", { startsOn: "2026-09-01", endsOn: "2026-08-01" }, ["endsOn"]],
    ["an impossible date", { startsOn: "2026-02-31" }, ["startsOn"]],
    ["an unknown status", { status: "vibing" }, ["status"]],
    [
      "a target both primary and secondary",
      { primaryTargetIds: ["TARGET"], secondaryTargetIds: ["TARGET"] },
      ["secondaryTargetIds"],
    ],
  ])("rejects %s with 400 and messages by the fields", async (_label, fields, invalid) => {
    const withTarget = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (x === "TARGET" ? caoId : x)) : v]),
    );
    const response = await organizer.post(
      `/o/${slug}/campaigns/new`,
      campaign({ districtId, title: "T", win: "W", ...withTarget }),
    );
    expect(response.status).toBe(400);
    expect(Object.keys(fieldErrors(await response.text())).sort()).toEqual(invalid);
  });

  it("refuses targets and leads from elsewhere", async () => {
    const other = new Client(server.url);
    await other.signUp("Other Org", "other-campaign@example.org");
    await other.createCoalition("other-campaign-co");
    const otherDistrict = await other.createDistrict("other-campaign-co", "Elsewhere");
    const foreignTarget = await other.createTarget("other-campaign-co", otherDistrict, "Foreign", "central-office", [
      "use",
    ]);
    const withForeignTarget = await organizer.post(
      `/o/${slug}/campaigns/new`,
      campaign({ districtId, title: "T", win: "W", primaryTargetIds: [foreignTarget] }),
    );
    expect(withForeignTarget.status).toBe(400);
    expect(fieldErrors(await withForeignTarget.text()).primaryTargetIds).toMatch(/this campaign's district/);
    const otherUserId = (
      server.database().prepare("select id from users where email = ?").get("other-campaign@example.org") as {
        id: string;
      }
    ).id;
    const withForeignLead = await organizer.post(
      `/o/${slug}/campaigns/new`,
      campaign({ districtId, title: "T", win: "W", leadUserId: otherUserId }),
    );
    expect(fieldErrors(await withForeignLead.text()).leadUserId).toMatch(/member of your coalition/);
    expect(
      (await organizer.post(`/o/${slug}/campaigns/new`, campaign({ districtId: otherDistrict, title: "T", win: "W" })))
        .status,
    ).toBe(404);
  });

  it("points to the playbook's own page to start from it, and pastes nothing into the strategy chart", async () => {
    await organizer.declare(slug, districtId, "managerial");
    const page = await html(await organizer.get(`/o/${slug}/campaigns/new?district=${districtId}`));
    expect(page).toContain(`href="/o/${slug}/districts/${districtId}/start-campaign"`);
    expect(page).toMatch(/<textarea[^>]*name="shortTermGoals"[^>]*><\/textarea>/);
  });

  it("lets members read campaigns but not start or edit them, hides them from other coalitions, and keeps their district", async () => {
    const created = await organizer.post(
      `/o/${slug}/campaigns/new`,
      campaign({ districtId, title: "Visible", win: "W" }),
    );
    const path = created.headers.get("location")!;
    expect((await member.get(path)).status).toBe(200);
    expect((await member.get(`/o/${slug}/campaigns/new`)).status).toBe(403);
    expect((await member.post(`${path}/edit`, campaign({ title: "X", win: "Y" }))).status).toBe(403);
    const outsider = new Client(server.url);
    await outsider.signUp("Outsider", "out-campaign@example.org");
    for (const p of [path, `${path}/edit`, `/o/${slug}/campaigns`]) expect((await outsider.get(p)).status, p).toBe(404);

    const refused = await organizer.post(`/o/${slug}/districts/${districtId}/delete`, {
      schools: "0",
      targets: "2",
      declarations: "1",
      diagnostics: "0",
      alsoDeleteDependents: "yes",
    });
    expect(refused.status).toBe(409);
    expect((await organizer.get(`/o/${slug}/districts/${districtId}`)).status).toBe(200);
  });
});
