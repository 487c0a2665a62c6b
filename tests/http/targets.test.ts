import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html } from "../support/client";
import { parseMarkdown, section, textOf } from "../support/markdown";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let organizer: Client;
let member: Client;
let base: string;
let schoolId: string;
let districtId: string;
const slug = "targets-co";

const declare = (systemType: string) => organizer.declare(slug, districtId, systemType);

/** Posts a full target form, every field present as a browser sends it. */
function postTarget(client: Client, path: string, fields: Record<string, string | string[]>) {
  return client.post(path, {
    name: "",
    title: "",
    locus: "",
    schoolId: "",
    email: "",
    phone: "",
    notes: "",
    ...fields,
  });
}

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Tara Targets", "tara@example.org");
  await organizer.createCoalition(slug);
  districtId = await organizer.createDistrict(slug, "Target District");
  schoolId = await organizer.createSchool(slug, districtId, "Lincoln Middle", "middle");
  base = `/o/${slug}/districts/${districtId}/targets`;
  member = new Client(server.url);
  await member.signUp("Max Member", "max@example.org");
  await member.post(new URL(await organizer.invite(slug, "max@example.org", "member")).pathname, {});
});
afterAll(async () => {
  await server?.stop();
});

describe("targets", () => {
  it("records a central-office target and a school target, with leverage that follows the declaration", async () => {
    const cao = await postTarget(organizer, `${base}/new`, {
      name: "Dr. Ana Ruiz",
      title: "Chief academic officer",
      locus: "central-office",
      domains: ["infrastructure", "use"],
      email: "ana@district.example",
    });
    expect(cao.status).toBe(302);
    const principal = await postTarget(organizer, `${base}/new`, {
      name: "Lee Park",
      title: "Principal",
      locus: "school",
      schoolId,
      domains: ["infrastructure"],
    });
    const principalPath = principal.headers.get("location")!;

    expect(await html(await member.get(principalPath))).toContain("no type declared");
    await declare("managerial");
    const managerial = await html(await member.get(principalPath));
    expect(managerial).toContain("Lincoln Middle");
    // Managerial schools hold some of this work (they carry out the district design): a second lever.
    expect(managerial).toMatch(
      /Choosing what is taught and with what: <span class="leverage"><span class="badge badge--secondary">.*?Second lever/,
    );
    await declare("market-driven");
    expect(await html(await member.get(principalPath))).toMatch(
      /Choosing what is taught and with what: <span class="leverage"><span class="badge badge--primary">.*?Main lever/,
    );
  });

  it("suggests the primary points nobody is mapped to, and the playbook lists targets and gaps", async () => {
    await declare("federated");
    const page = await html(await member.get(base));
    expect(page).toContain("Main levers with no one mapped yet");
    expect(page).toContain("Handling outside demands and family wishes — Schools");
    expect(page).not.toMatch(/<strong>Choosing what is taught and with what — Central office<\/strong>/);

    const tree = parseMarkdown(await (await member.get(`/o/${slug}/districts/${districtId}/playbook.md`)).text());
    const gaps = textOf({ type: "root", children: section(tree, "Gaps: main levers with no target yet") } as never);
    expect(gaps).toContain(
      "No one mapped yet for handling outside demands and family wishes — schools (main lever, our reading).",
    );
    expect(gaps).not.toContain("choosing what is taught and with what — central office");
    const primary = textOf({ type: "root", children: section(tree, "Main levers (primary)") } as never);
    expect(primary).toContain("Your targets here: Dr. Ana Ruiz (Chief academic officer).");
  });

  it.each([
    ["no name and no kind of work", { name: "", locus: "central-office", domains: [] }, ["domains", "name"]],
    ["a school target with no school", { name: "X", locus: "school", domains: ["use"] }, ["schoolId"]],
    [
      "a bad email and phone",
      { name: "X", locus: "central-office", domains: ["use"], email: "nope", phone: "call me" },
      ["email", "phone"],
    ],
    ["an unknown kind of work", { name: "X", locus: "central-office", domains: ["vibes"] }, ["domains"]],
    ["an unknown locus", { name: "X", locus: "city-hall", domains: ["use"] }, ["locus"]],
  ])("rejects %s with 400 and messages by the fields", async (_label, fields, invalidFields) => {
    const response = await postTarget(organizer, `${base}/new`, fields);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(Object.keys(fieldErrors(page)).sort()).toEqual(invalidFields);
  });

  it("keeps ticked kinds of work when the form comes back with an error", async () => {
    const response = await postTarget(organizer, `${base}/new`, {
      name: "",
      locus: "central-office",
      domains: ["use", "performance"],
    });
    const page = await response.text();
    const checked = [
      ...page.matchAll(/<input type="checkbox" name="domains"[^>]*checked=""[^>]*value="([a-z]+)"/g),
    ].map((m) => m[1]);
    expect(checked).toEqual(["use", "performance"]);
  });

  it("refuses a school from another district or coalition", async () => {
    const otherDistrict = await organizer.createDistrict(slug, "Other District");
    const otherSchool = await organizer.createSchool(slug, otherDistrict, "Elsewhere High", "high");
    const response = await postTarget(organizer, `${base}/new`, {
      name: "X",
      locus: "school",
      schoolId: otherSchool,
      domains: ["use"],
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(await response.text()).schoolId).toMatch(/this district's schools/);
  });

  it("keeps a school that targets work at until they are moved, then deletes it", async () => {
    const temp = await organizer.createSchool(slug, districtId, "Temporary School");
    const created = await postTarget(organizer, `${base}/new`, {
      name: "Temp Principal",
      locus: "school",
      schoolId: temp,
      domains: ["use"],
    });
    const targetPath = created.headers.get("location")!;
    const refused = await organizer.post(`/o/${slug}/districts/${districtId}/schools/${temp}/delete`, {});
    expect(refused.status).toBe(409);
    expect((await organizer.get(`/o/${slug}/districts/${districtId}/schools/${temp}`)).status).toBe(200);
    expect(
      (
        await postTarget(organizer, `${targetPath}/edit`, {
          name: "Temp Principal",
          locus: "central-office",
          domains: ["use"],
        })
      ).status,
    ).toBe(302);
    expect((await organizer.post(`/o/${slug}/districts/${districtId}/schools/${temp}/delete`, {})).status).toBe(302);
    expect((await organizer.post(`${targetPath}/delete`, {})).status).toBe(302);
    expect((await organizer.get(targetPath)).status).toBe(404);
  });

  it("lets members read targets but not change them, and hides them from other coalitions", async () => {
    const created = await postTarget(organizer, `${base}/new`, {
      name: "Board",
      locus: "central-office",
      domains: ["environment"],
    });
    const path = created.headers.get("location")!;
    expect((await member.get(path)).status).toBe(200);
    expect((await member.get(`${base}/new`)).status).toBe(403);
    expect(
      (await postTarget(member, `${path}/edit`, { name: "Hacked", locus: "central-office", domains: ["use"] })).status,
    ).toBe(403);
    expect((await member.post(`${path}/delete`, {})).status).toBe(403);
    const outsider = new Client(server.url);
    await outsider.signUp("Out", "out-targets@example.org");
    for (const p of [base, path, `${path}/edit`, `${base}/new`]) expect((await outsider.get(p)).status, p).toBe(404);
    expect((await outsider.post(`${path}/delete`, {})).status).toBe(404);
  });
});
