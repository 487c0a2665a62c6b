import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let organizer: Client;
let second: Client;
let member: Client;
let campaignPath: string;
let targetId: string;
let districtId: string;
const slug = "asks-co";

const askFields = (extra: Record<string, string> = {}) => ({
  targetId,
  text: "Add two parent seats to the review committee",
  domain: "infrastructure",
  venue: "meeting",
  followUpOn: "2026-12-01",
  ...extra,
});

async function newAsk(extra: Record<string, string> = {}) {
  const response = await organizer.post(`${campaignPath}/asks/new`, askFields(extra));
  expect(response.status).toBe(302);
  return response.headers.get("location")!;
}

const versionOf = (page: string) => Number(/name="version" value="(\d+)"/.exec(page)![1]);

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Ada Asks", "ada@example.org");
  await organizer.createCoalition(slug);
  districtId = await organizer.createDistrict(slug, "Ask District");
  targetId = await organizer.createTarget(slug, districtId, "Dr. Chief", "central-office", ["infrastructure"]);
  campaignPath = (await organizer.createCampaign(slug, districtId, "Seats", "Two seats.")).path;
  second = new Client(server.url);
  await second.signUp("Bo Second", "bo@example.org");
  await second.post(new URL(await organizer.invite(slug, "bo@example.org", "organizer")).pathname, {});
  member = new Client(server.url);
  await member.signUp("Mo Member", "mo-asks@example.org");
  await member.post(new URL(await organizer.invite(slug, "mo-asks@example.org", "member")).pathname, {});
});
afterAll(async () => {
  await server?.stop();
});

describe("asks", () => {
  it("moves through the lifecycle with who, when, a note and evidence, all visible in the history", async () => {
    const path = await newAsk();
    for (const [to, note, evidenceUrl] of [
      ["made", "Asked at the October meeting", ""],
      ["acknowledged", "She will bring it to the cabinet", ""],
      ["committed", "Committed in writing", "https://district.example/minutes/2026-10.pdf"],
    ] as const) {
      const page = await html(await organizer.get(path));
      expect((await organizer.post(path, { to, note, evidenceUrl, version: String(versionOf(page)) })).status).toBe(
        302,
      );
    }
    const page = await html(await member.get(path));
    expect(page).toContain('<span class="status status--committed">Committed</span>');
    expect(page).toContain("Ada Asks: Made → Acknowledged");
    expect(page).toContain("Committed in writing");
    expect(page).toContain('href="https://district.example/minutes/2026-10.pdf"');
    expect(await html(await member.get(campaignPath))).toContain("from acknowledged to committed");
  });

  it("refuses an invalid transition with a clear message, e.g. delivered back to planned", async () => {
    const path = await newAsk();
    let page = await html(await organizer.get(path));
    const skip = await organizer.post(path, {
      to: "delivered",
      note: "",
      evidenceUrl: "",
      version: String(versionOf(page)),
    });
    expect(skip.status).toBe(400);
    expect(await html(skip)).toContain("An ask that is planned can move to made, stalled, not delivered.");
    for (const to of ["made", "committed", "delivered"]) {
      page = await html(await organizer.get(path));
      await organizer.post(path, { to, note: "", evidenceUrl: "", version: String(versionOf(page)) });
    }
    page = await html(await organizer.get(path));
    expect(page).toContain("This ask is finished.");
    const version = (
      server.database().prepare("select version from asks where id = ?").get(path.split("/").pop()) as {
        version: number;
      }
    ).version;
    const back = await organizer.post(path, { to: "planned", note: "", evidenceUrl: "", version: String(version) });
    expect(back.status).toBe(400);
    expect(await html(back)).toContain("A delivered ask is finished and cannot change status.");
  });

  it("detects two organizers editing the same ask and never silently overwrites", async () => {
    const path = await newAsk();
    const seenByFirst = versionOf(await html(await organizer.get(`${path}/edit`)));
    const seenBySecond = versionOf(await html(await second.get(`${path}/edit`)));
    expect(
      (
        await second.post(`${path}/edit`, {
          ...askFields({ text: "Three parent seats" }),
          version: String(seenBySecond),
        })
      ).status,
    ).toBe(302);
    const stale = await organizer.post(`${path}/edit`, {
      ...askFields({ text: "Two seats and a chair" }),
      version: String(seenByFirst),
    });
    expect(stale.status).toBe(409);
    const page = await html(stale);
    expect(page).toContain("Someone else changed this ask");
    expect(page).toContain("Ask: Three parent seats");
    expect(page).toContain(">Two seats and a chair</textarea>");
    expect(await html(await member.get(path))).toContain("Three parent seats");
    // Resubmitting on top of the version now shown is a deliberate overwrite.
    expect(
      (
        await organizer.post(`${path}/edit`, {
          ...askFields({ text: "Two seats and a chair" }),
          version: String(versionOf(page)),
        })
      ).status,
    ).toBe(302);
    // A status change based on an old version is refused too.
    expect(
      (await second.post(path, { to: "made", note: "", evidenceUrl: "", version: String(seenBySecond) })).status,
    ).toBe(409);
  });

  it.each([
    ["an empty ask and no target", { targetId: "", text: "" }, ["targetId", "text"]],
    ["an unknown kind of work and venue", { domain: "vibes", venue: "carrier-pigeon" }, ["domain", "venue"]],
    ["a bad follow-up date", { followUpOn: "next week" }, ["followUpOn"]],
  ])("rejects %s", async (_label, extra, invalid) => {
    const response = await organizer.post(`${campaignPath}/asks/new`, askFields(extra));
    expect(response.status).toBe(400);
    expect(Object.keys(fieldErrors(await response.text())).sort()).toEqual(invalid);
  });

  it("refuses an unknown target, a bad evidence link and a made-up status", async () => {
    const unknown = await organizer.post(`${campaignPath}/asks/new`, askFields({ targetId: "notARealTarget1" }));
    expect(fieldErrors(await unknown.text()).targetId).toMatch(/this campaign's district/);
    const path = await newAsk();
    const page = await html(await organizer.get(path));
    const bad = await organizer.post(path, {
      to: "glorious",
      note: "",
      evidenceUrl: "javascript:alert(1)",
      version: String(versionOf(page)),
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldErrors(await bad.text())).sort()).toEqual(["evidenceUrl", "to"]);
  });

  it("filters and pages the list", async () => {
    for (let i = 0; i < 26; i++) await newAsk({ text: `Bulk ask ${i}` });
    const first = await html(await member.get(`${campaignPath}/asks?status=planned`));
    expect(first).toContain("Page 1 of 2");
    expect(await html(await member.get(`${campaignPath}/asks?status=committed`))).not.toContain("Bulk ask");
    expect(await html(await member.get(`${campaignPath}/asks?status=planned&page=2`))).toContain("Page 2 of 2");
  });

  it("keeps asks readable after their target is deleted, once confirmed", async () => {
    const path = await newAsk({ text: "Keep me readable" });
    const confirm = await html(await organizer.get(`/o/${slug}/districts/${districtId}/targets/${targetId}/delete`));
    expect(confirm).toMatch(/\d+ asks were made of Dr\. Chief/);
    expect((await organizer.post(`/o/${slug}/districts/${districtId}/targets/${targetId}/delete`, {})).status).toBe(
      302,
    );
    const page = await html(await member.get(path));
    expect(page).toContain("Ask of Dr. Chief");
    expect(page).toContain("Dr. Chief (no longer mapped)");
  });

  it("lets members read asks but not make or change them; other coalitions get 404", async () => {
    expect((await member.get(`${campaignPath}/asks/new`)).status).toBe(403);
    const outsider = new Client(server.url);
    await outsider.signUp("Out", "out-asks@example.org");
    expect((await outsider.get(`${campaignPath}/asks`)).status).toBe(404);
    expect((await outsider.post(`${campaignPath}/asks/new`, askFields())).status).toBe(404);
  });
});
