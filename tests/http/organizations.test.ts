import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, fieldValue, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let owner: Client;
beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url);
  await owner.signUp("Olive Owner", "olive@example.org");
});
afterAll(async () => {
  await server?.stop();
});

describe("creating an organization", () => {
  it("makes the creator its owner and lists it on the home page", async () => {
    const response = await owner.createCoalition("river-city", "River City Parents");
    expect(response.headers.get("location")).toBe("/o/river-city");
    const page = await html(await owner.get("/o/river-city"));
    expect(page).toContain("you are owner");
    expect(await html(await owner.get("/home"))).toContain("River City Parents");
  });

  it.each([
    ["an unknown state", { state: "ZZ" }, "state"],
    ["an invalid time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["an empty name", { name: "" }, "name"],
    ["a name that is too long", { name: "n".repeat(121) }, "name"],
    ["a slug with spaces", { slug: "has spaces" }, "slug"],
    ["a slug that is too short", { slug: "ab" }, "slug"],
    ["an unknown kind", { kind: "club" }, "kind"],
  ])("rejects %s with 400 and a message next to the field, keeping the entries", async (_label, override, field) => {
    const fields = {
      kind: "coalition",
      name: "Valid Name",
      slug: "valid-slug",
      state: "OH",
      timeZone: "America/Chicago",
      ...override,
    };
    const response = await owner.post("/orgs/new", fields);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(Object.keys(fieldErrors(page))).toEqual([field]);
    if (field !== "name") expect(fieldValue(page, "name")).toBe("Valid Name");
  });

  it("rejects a slug that is already taken, whatever its case", async () => {
    // Someone else's coalition: each person may create only a few organizations a day (abuse-limits.test.ts).
    const other = new Client(server.url);
    await other.signUp("Tia Taken", "tia@example.org");
    await other.createCoalition("taken-slug");
    const response = await owner.post("/orgs/new", {
      kind: "coalition",
      name: "Other",
      slug: "Taken-Slug",
      state: "OH",
      timeZone: "America/New_York",
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(await response.text()).slug).toMatch(/already taken/);
  });

  it("lets a user belong to several organizations, of both kinds", async () => {
    await owner.createCoalition("ohio-agency", "Ohio Department of Education", "state_agency");
    const home = await html(await owner.get("/home"));
    expect(home).toContain("Ohio Department of Education");
    expect(home).toContain("State agency");
    expect(home).toContain("River City Parents");
  });

  it("lets the owner rename and move the organization, and refuses a taken slug", async () => {
    const mover = new Client(server.url);
    await mover.signUp("Mo Mover", "mover@example.org");
    await mover.createCoalition("rename-me");
    const clash = await mover.post("/o/rename-me/settings", {
      name: "Renamed",
      slug: "river-city",
      state: "OH",
      timeZone: "America/New_York",
    });
    expect(clash.status).toBe(400);
    const moved = await mover.post("/o/rename-me/settings", {
      name: "Renamed",
      slug: "renamed",
      state: "MI",
      timeZone: "America/Detroit",
    });
    expect(moved.headers.get("location")).toBe("/o/renamed");
    expect(await html(await mover.get("/o/renamed"))).toContain("Michigan");
    expect((await mover.get("/o/rename-me")).status).toBe(404);
  });
});

describe("districts and schools", () => {
  it("adds, edits and shows a district with its schools", async () => {
    await owner.createCoalition("districts-co");
    const districtId = await owner.createDistrict("districts-co", "Lakeside Unified", "1234567");
    await owner.createSchool("districts-co", districtId, "Pine Elementary");
    const schoolId = await owner.createSchool("districts-co", districtId, "Oak High", "high");

    const edit = await owner.post(`/o/districts-co/districts/${districtId}/edit`, {
      name: "Lakeside Unified SD",
      state: "OH",
      ncesId: "",
    });
    expect(edit.status).toBe(302);
    const page = await html(await owner.get(`/o/districts-co/districts/${districtId}`));
    expect(page).toContain("Lakeside Unified SD");
    expect(page).toContain("Pine Elementary");
    expect(page).toContain("Not recorded");

    const school = await owner.post(`/o/districts-co/districts/${districtId}/schools/${schoolId}/edit`, {
      name: "Oak High School",
      level: "high",
      ncesId: "123456789012",
    });
    expect(school.status).toBe(302);
    const schoolPage = await html(await owner.get(`/o/districts-co/districts/${districtId}/schools/${schoolId}`));
    expect(schoolPage).toContain("Oak High School");
    expect(schoolPage).toContain("123456789012");
  });

  it.each([
    ["a 6-digit NCES id", { ncesId: "123456" }, "ncesId"],
    ["letters in the NCES id", { ncesId: "12345ab" }, "ncesId"],
    ["an empty name", { name: "  " }, "name"],
    ["an unknown state", { state: "XX" }, "state"],
  ])("rejects a district with %s", async (_label, override, field) => {
    const response = await owner.post("/o/river-city/districts/new", {
      name: "Some District",
      state: "OH",
      ncesId: "",
      ...override,
    });
    expect(response.status).toBe(400);
    expect(Object.keys(fieldErrors(await response.text()))).toEqual([field]);
  });

  it("rejects duplicate district names and NCES ids within a coalition, and school duplicates within a district", async () => {
    await owner.createDistrict("river-city", "Twin District", "7654321");
    const sameName = await owner.post("/o/river-city/districts/new", {
      name: "Twin District",
      state: "OH",
      ncesId: "",
    });
    expect(fieldErrors(await sameName.text()).name).toMatch(/already records/);
    const sameNces = await owner.post("/o/river-city/districts/new", { name: "Other", state: "OH", ncesId: "7654321" });
    expect(fieldErrors(await sameNces.text()).ncesId).toMatch(/NCES id/);

    const districtId = await owner.createDistrict("river-city", "School Dupes");
    await owner.createSchool("river-city", districtId, "Elm School");
    const dupe = await owner.post(`/o/river-city/districts/${districtId}/schools/new`, {
      name: "Elm School",
      level: "middle",
      ncesId: "",
    });
    expect(dupe.status).toBe(400);
    const badLevel = await owner.post(`/o/river-city/districts/${districtId}/schools/new`, {
      name: "New School",
      level: "college",
      ncesId: "",
    });
    expect(Object.keys(fieldErrors(await badLevel.text()))).toEqual(["level"]);
  });

  it("deletes a district with schools only after the schools are confirmed, and never takes a school added since", async () => {
    const districtId = await owner.createDistrict("river-city", "Doomed District");
    await owner.createSchool("river-city", districtId, "First School");
    await owner.createSchool("river-city", districtId, "Second School");
    const confirmPage = await html(await owner.get(`/o/river-city/districts/${districtId}/delete`));
    expect(confirmPage).toContain("also deletes its 2 schools");

    const unticked = await owner.post(`/o/river-city/districts/${districtId}/delete`, {
      schools: "2",
      targets: "0",
      declarations: "0",
      diagnostics: "0",
    });
    expect(unticked.status).toBe(400);
    expect((await owner.get(`/o/river-city/districts/${districtId}`)).status).toBe(200);

    // Someone adds a school after the confirmation page was shown.
    await owner.createSchool("river-city", districtId, "Late School");
    const stale = await owner.post(`/o/river-city/districts/${districtId}/delete`, {
      schools: "2",
      targets: "0",
      declarations: "0",
      diagnostics: "0",
      alsoDeleteDependents: "yes",
    });
    expect(stale.status).toBe(409);
    expect(await html(stale)).toContain("now has 3 schools");

    const done = await owner.post(`/o/river-city/districts/${districtId}/delete`, {
      schools: "3",
      targets: "0",
      declarations: "0",
      diagnostics: "0",
      alsoDeleteDependents: "yes",
    });
    expect(done.status).toBe(302);
    expect((await owner.get(`/o/river-city/districts/${districtId}`)).status).toBe(404);
    const remaining = server
      .database()
      .prepare("select count(*) as n from schools where district_id = ?")
      .get(districtId) as { n: number };
    expect(remaining.n).toBe(0);
  });

  it("deletes a single school after confirmation", async () => {
    const districtId = await owner.createDistrict("river-city", "One School District");
    const schoolId = await owner.createSchool("river-city", districtId, "Only School");
    expect(await html(await owner.get(`/o/river-city/districts/${districtId}/schools/${schoolId}/delete`))).toContain(
      "Delete Only School?",
    );
    expect((await owner.post(`/o/river-city/districts/${districtId}/schools/${schoolId}/delete`, {})).status).toBe(302);
    expect((await owner.get(`/o/river-city/districts/${districtId}/schools/${schoolId}`)).status).toBe(404);
    expect((await owner.get(`/o/river-city/districts/${districtId}`)).status).toBe(200);
  });
});

describe("permissions", () => {
  it("answers 404 for another organization's pages and ids, exactly as for ones that do not exist", async () => {
    const districtId = await owner.createDistrict("river-city", "Private District");
    const schoolId = await owner.createSchool("river-city", districtId, "Private School");
    const outsider = new Client(server.url);
    await outsider.signUp("Outsider", "outsider@example.org");
    await outsider.createCoalition("outsiders");

    const foreign = [
      "/o/river-city",
      "/o/river-city/members",
      "/o/river-city/districts",
      `/o/river-city/districts/${districtId}`,
      `/o/river-city/districts/${districtId}/schools/${schoolId}`,
      `/o/river-city/districts/${districtId}/edit`,
      "/o/river-city/invite",
      "/o/river-city/settings",
      // The outsider's own coalition with the other coalition's ids:
      `/o/outsiders/districts/${districtId}`,
      `/o/outsiders/districts/${districtId}/schools/${schoolId}`,
    ];
    const missing = [
      "/o/no-such-org",
      "/o/outsiders/districts/doesNotExist123",
      "/o/outsiders/districts/bad%20id!",
      "/o/NOT_A_SLUG!",
    ];
    const body404 = async (path: string) => {
      const response = await outsider.get(path);
      return { status: response.status, title: /<h1 id="error-title">([^<]+)</.exec(await response.text())?.[1] };
    };
    for (const path of [...foreign, ...missing]) {
      expect(await body404(path), path).toEqual({ status: 404, title: "Page not found" });
    }
    for (const [path, fields] of [
      [`/o/river-city/districts/${districtId}/edit`, { name: "Hijacked", state: "OH", ncesId: "" }],
      [
        `/o/river-city/districts/${districtId}/delete`,
        { schools: "1", targets: "0", declarations: "0", diagnostics: "0", alsoDeleteDependents: "yes" },
      ],
      [`/o/outsiders/districts/${districtId}/schools/${schoolId}/delete`, {}],
      ["/o/river-city/invite", { email: "friend@example.org", role: "owner" }],
      ["/o/river-city/members", { intent: "leave" }],
    ] as const) {
      expect((await outsider.post(path, fields)).status, path).toBe(404);
    }
    expect(await html(await owner.get(`/o/river-city/districts/${districtId}`))).toContain("Private District");
  });

  it("lets members read but not change; organizers manage districts and invite; only owners manage members", async () => {
    const member = new Client(server.url);
    await member.signUp("Mo Member", "mo@example.org");
    await member.post(new URL(await owner.invite("river-city", "mo@example.org", "member")).pathname, {});
    const organizer = new Client(server.url);
    await organizer.signUp("Oz Organizer", "oz@example.org");
    await organizer.post(new URL(await owner.invite("river-city", "oz@example.org", "organizer")).pathname, {});

    expect((await member.get("/o/river-city/districts")).status).toBe(200);
    expect((await member.get("/o/river-city/districts/new")).status).toBe(403);
    expect((await member.post("/o/river-city/districts/new", { name: "Nope", state: "OH", ncesId: "" })).status).toBe(
      403,
    );
    expect((await member.get("/o/river-city/invite")).status).toBe(403);
    expect((await member.get("/o/river-city/settings")).status).toBe(403);

    expect(
      (await organizer.post("/o/river-city/districts/new", { name: "Organizer District", state: "OH", ncesId: "" }))
        .status,
    ).toBe(302);
    expect((await organizer.get("/o/river-city/invite")).status).toBe(200);
    // An organizer cannot hand out the owner role.
    const ownerInvite = await organizer.post("/o/river-city/invite", { email: "boss@example.org", role: "owner" });
    expect(ownerInvite.status).toBe(400);
    expect(fieldErrors(await ownerInvite.text()).role).toBeTruthy();
    const moId = (
      server.database().prepare("select id from users where email = ?").get("mo@example.org") as { id: string }
    ).id;
    expect((await organizer.post("/o/river-city/members", { intent: "remove", userId: moId })).status).toBe(403);
    expect(
      (await organizer.post("/o/river-city/members", { intent: "change-role", userId: moId, role: "owner" })).status,
    ).toBe(403);
    expect((await organizer.get("/o/river-city/settings")).status).toBe(403);
  });

  it("gives a state agency no district pages", async () => {
    expect((await owner.get("/o/ohio-agency/districts")).status).toBe(404);
    expect((await owner.post("/o/ohio-agency/districts/new", { name: "X", state: "OH", ncesId: "" })).status).toBe(404);
    const invite = await html(await owner.get("/o/ohio-agency/invite"));
    expect(invite).toContain('value="staff"');
    expect(invite).not.toContain('value="organizer"');
  });
});
