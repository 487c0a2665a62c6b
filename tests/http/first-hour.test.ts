import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, fieldValue, html, withoutScripts } from "../support/client";
import { expectSays, pageText, readPage } from "../support/page-text";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

/** A new account with a new coalition of its own (each account may create only 3 organizations a day). */
async function newCoalition(slug: string, name = `Coalition ${slug}`) {
  const owner = new Client(server.url);
  await owner.signUp(`Owner of ${slug}`, `${slug}@example.org`);
  await owner.createCoalition(slug, name);
  return owner;
}

/** The status the getting-started list shows for a step, by its title. */
function stepStatus(page: string, title: string): string | null {
  const flat = pageText(page);
  const at = flat.indexOf(title);
  if (at < 0) return null;
  return /(Done|Not started|Cannot start yet)/.exec(flat.slice(at))?.[1] ?? null;
}

describe("a coalition that has nothing yet", () => {
  it("shows the getting-started list and no zero counters, empty sections or claims of coverage", async () => {
    const owner = await newCoalition("empty-co");
    const page = await html(await owner.get("/o/empty-co"));
    expect(pageText(page)).toContain("Getting started");
    expect(pageText(page)).toContain("0 of 6 done");
    expect(stepStatus(page, "Add your district")).toBe("Not started");
    expect(stepStatus(page, "Add its schools")).toBe("Cannot start yet");
    expect(stepStatus(page, "Read your playbook")).toBe("Cannot start yet");
    expect(withoutScripts(page)).not.toMatch(/Every main lever|All \d+ main levers|has a target and an open ask/);
    expect(withoutScripts(page)).not.toMatch(/summary__number">0</);
    for (const heading of ["Active campaigns", "Next meetings", "Asks in active campaigns", "Overdue tasks"]) {
      expect(withoutScripts(page)).not.toContain(`<h2>${heading}</h2>`);
    }
    expect(withoutScripts(page)).not.toContain("Leverage coverage");
  });

  it("ticks steps off from the data, and claims coverage only of main levers that exist", async () => {
    const owner = await newCoalition("steps-co");
    const districtId = await owner.createDistrict("steps-co", "Steps City Schools");
    let page = await html(await owner.get("/o/steps-co"));
    expect(pageText(page)).toContain("1 of 6 done");
    expect(stepStatus(page, "Add its schools")).toBe("Not started");
    expect(stepStatus(page, "Read your playbook")).toBe("Cannot start yet");
    expect(withoutScripts(page)).not.toContain("Leverage coverage");

    await owner.createSchool("steps-co", districtId, "Steps Elementary");
    expect((await owner.declare("steps-co", districtId, "managerial")).status).toBe(302);
    page = await html(await owner.get("/o/steps-co"));
    expect(pageText(page)).toContain("3 of 6 done");
    expect(stepStatus(page, "Read your playbook")).toBe("Not started");
    // Declared, with main levers and no targets: the gaps are listed, nothing is said to be covered.
    expect(page).toContain("Leverage coverage");
    expect(withoutScripts(page)).not.toMatch(/main levers? \(primary leverage points?\) in your declared districts ha/);

    expect((await owner.get(`/o/steps-co/districts/${districtId}/playbook`)).status).toBe(200);
    page = await html(await owner.get("/o/steps-co"));
    expect(stepStatus(page, "Read your playbook")).toBe("Done");
    expect(pageText(page)).toContain("4 of 6 done");
  });

  it("does not show members the list of steps they cannot take", async () => {
    const owner = await newCoalition("member-view-co");
    const link = await owner.invite("member-view-co", "mv-member@example.org", "member");
    const member = new Client(server.url);
    await member.post(new URL(link).pathname, {
      name: "Mia Member",
      email: "mv-member@example.org",
      password: "correct horse battery",
    });
    const page = await html(await member.get("/o/member-view-co"));
    expect(withoutScripts(page)).not.toContain("Getting started");
    expect(withoutScripts(page)).not.toMatch(/summary__number">0</);
  });
});

describe("the web address of a new coalition", () => {
  const form = { kind: "coalition", state: "OH", timeZone: "America/Chicago" };

  it("is made from the name when left empty", async () => {
    const owner = new Client(server.url);
    await owner.signUp("Sam Slug", "sam-slug@example.org");
    const response = await owner.post("/orgs/new", { ...form, name: "Café Parents & Friends", slug: "" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/o/cafe-parents-and-friends");
  });

  it("explains a taken address and offers a free one, keeping the entries", async () => {
    await newCoalition("lakeside-parents", "Lakeside Parents");
    const owner = new Client(server.url);
    await owner.signUp("Tom Taken", "tom-taken@example.org");
    const response = await owner.post("/orgs/new", { ...form, name: "Lakeside Parents", slug: "" });
    expect(response.status).toBe(400);
    const page = await html(response);
    expect(fieldErrors(page).slug).toBe(
      "The web address lakeside-parents is already taken by another organization. " +
        "lakeside-parents-2 is free: use it, or type another.",
    );
    expect(fieldValue(page, "slug")).toBe("lakeside-parents");
    expect(fieldValue(page, "name")).toBe("Lakeside Parents");
    const retry = await owner.post("/orgs/new", { ...form, name: "Lakeside Parents", slug: "lakeside-parents-2" });
    expect(retry.headers.get("location")).toBe("/o/lakeside-parents-2");
  });

  it("asks for one when the name has no letters or digits to make it from", async () => {
    const owner = new Client(server.url);
    await owner.signUp("Nina Noletters", "nina-noletters@example.org");
    const response = await owner.post("/orgs/new", { ...form, name: "!!!", slug: "" });
    expect(response.status).toBe(400);
    expect(fieldErrors(await html(response)).slug).toMatch(/could not make a web address from this name/);
  });
});

describe("adding schools", () => {
  let owner: Client;
  let districtId: string;
  let base: string;
  beforeAll(async () => {
    owner = await newCoalition("schools-co");
    districtId = await owner.createDistrict("schools-co", "Schools City");
    base = `/o/schools-co/districts/${districtId}`;
    await owner.createSchool("schools-co", districtId, "Oak Elementary");
  });

  it("comes back to an empty form that names the school just added, for 'add another'", async () => {
    const response = await owner.post(`${base}/schools/new`, {
      name: "Pine Elementary",
      level: "elementary",
      ncesId: "",
      then: "another",
    });
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(new RegExp(`^${base}/schools/new\\?added=`));
    const page = await html(await owner.get(location));
    expect(pageText(page)).toContain("Added Pine Elementary.");
    expect(fieldValue(page, "name")).toBe("");
  });

  it("refuses a pasted list line by line, keeping the entries, and adds none of it", async () => {
    const long = "L".repeat(161);
    const names = ["Birch Middle", "", "birch  middle", "oak elementary", long, "Cedar High"].join("\n");
    const response = await owner.post(`${base}/schools/paste`, { names, level: "middle" });
    expect(response.status).toBe(400);
    const page = await html(response);
    expect(fieldErrors(page).names).toMatch(/^3 lines need fixing before any school is added/);
    const flat = pageText(page);
    expectSays(flat, [
      "Line 3, “birch middle”: Already in this list, on line 1.",
      "Line 4, “oak elementary”: This district already has a school with this name.",
      "Line 5,",
      "Keep a school's name to 160 characters or fewer.",
    ]);
    // The box comes back with the list as pasted, blank line and all.
    expect(page).toContain(`${names}</textarea>`);
    const district = await html(await owner.get(base));
    expect(district).not.toContain("Birch Middle");
    expect(district).not.toContain("Cedar High");
  });

  it("asks for the names and the level", async () => {
    const response = await owner.post(`${base}/schools/paste`, { names: " \n \n", level: "" });
    expect(response.status).toBe(400);
    const errors = fieldErrors(await html(response));
    expect(errors.level).toMatch(/Choose the level/);
    const names = await owner.post(`${base}/schools/paste`, { names: "", level: "high" });
    expect(fieldErrors(await html(names)).names).toBe("Paste or type the schools' names, one a line.");
  });

  it("adds every school of a valid list with the level picked, each editable afterwards", async () => {
    const response = await owner.post(`${base}/schools/paste`, {
      names: "Birch Middle\r\n  Cedar Middle  \r\n\r\nElm Middle\r\n",
      level: "middle",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${base}?added=3#schools-title`);
    const page = await html(await owner.get(`${base}?added=3`));
    expect(pageText(page)).toContain("Added 3 schools.");
    for (const name of ["Birch Middle", "Cedar Middle", "Elm Middle"]) {
      expect(pageText(page)).toContain(`${name} Middle —`);
    }
  });
});

describe("the join link", () => {
  let owner: Client;
  let organizer: Client;
  let member: Client;
  const slug = "join-co";

  beforeAll(async () => {
    owner = await newCoalition(slug, "Join Coalition");
    organizer = new Client(server.url);
    await organizer.post(new URL(await owner.invite(slug, "join-organizer@example.org", "organizer")).pathname, {
      name: "Olga Organizer",
      email: "join-organizer@example.org",
      password: "correct horse battery",
    });
    member = new Client(server.url);
    await member.post(new URL(await owner.invite(slug, "join-member@example.org", "member")).pathname, {
      name: "Max Member",
      email: "join-member@example.org",
      password: "correct horse battery",
    });
  });

  /** Makes a new join link as the owner and returns its path, read from the page that shows it once. */
  async function renew(): Promise<string> {
    const response = await owner.post(`/o/${slug}/join-link`, { intent: "renew" });
    expect(response.status).toBe(200);
    const page = await html(response);
    expect(page).toMatch(/<svg role="img" aria-label="QR code that opens the link to join Join Coalition"/);
    const link = /<p class="join-link__url">([^<]+)<\/p>/.exec(page)![1]!;
    return new URL(link).pathname;
  }

  /** Someone new signs up, opens the link and asks to join; returns their client and the request page. */
  async function ask(path: string, name: string) {
    const person = new Client(server.url);
    const stranger = await html(await person.get(path));
    expect(pageText(stranger)).toContain("Create an account");
    await person.signUp(name, `${name.toLowerCase().replace(/\s+/g, ".")}@example.org`);
    const response = await person.post(path, {});
    expect(response.status).toBe(302);
    return { person, requestPath: response.headers.get("location")! };
  }

  it("lets people ask to join, and an organizer approve one and decline another", async () => {
    const path = await renew();
    const ana = await ask(path, "Ana Asker");
    expect(ana.requestPath).toMatch(/^\/join-requests\//);
    expect(await readPage(await ana.person.get(ana.requestPath))).toContain("Request sent");
    // Asking twice finds the same request.
    expect((await ana.person.post(path, {})).headers.get("location")).toBe(ana.requestPath);
    const ben = await ask(path, "Ben Asker");

    const members = await html(await organizer.get(`/o/${slug}/members`));
    expect(pageText(members)).toContain("Requests to join");
    expect(pageText(members)).toContain("Ana Asker");
    const anaId = ana.requestPath.split("/").pop()!;
    const benId = ben.requestPath.split("/").pop()!;

    // A member may see the members page but not let anyone in.
    expect((await member.post(`/o/${slug}/members`, { intent: "approve", requestId: anaId })).status).toBe(403);
    expect((await member.get(`/o/${slug}/join-link`)).status).toBe(403);
    expect((await organizer.get(`/o/${slug}/join-link`)).status).toBe(403);

    const approved = await organizer.post(`/o/${slug}/members`, { intent: "approve", requestId: anaId });
    expect(approved.status).toBe(200);
    expect(await readPage(approved)).toContain("Ana Asker is now a member.");
    expect((await ana.person.get(`/o/${slug}`)).status).toBe(200);

    const declined = await organizer.post(`/o/${slug}/members`, { intent: "decline", requestId: benId });
    expect(await readPage(declined)).toContain("You declined Ben Asker's request to join.");
    expect((await ben.person.get(`/o/${slug}`)).status).toBe(404);
    expect(await readPage(await ben.person.get(ben.requestPath))).toContain("Your request was not accepted");
    // Answered once: a second answer finds nothing waiting.
    expect((await organizer.post(`/o/${slug}/members`, { intent: "approve", requestId: benId })).status).toBe(404);
  });

  it("answers another coalition's request ids and someone else's request page with 404", async () => {
    const path = await renew();
    const cy = await ask(path, "Cy Asker");
    const requestId = cy.requestPath.split("/").pop()!;
    const other = await newCoalition("other-join-co");
    expect((await other.post("/o/other-join-co/members", { intent: "approve", requestId })).status).toBe(404);
    expect((await other.get(cy.requestPath)).status).toBe(404);
    expect((await owner.get("/join-requests/not-a-request")).status).toBe(404);
  });

  it("stops an old link when renewed and every link when turned off, with a clear page", async () => {
    const old = await renew();
    const current = await renew();
    const person = new Client(server.url);
    await person.signUp("Dee Late", "dee.late@example.org");
    const stale = await person.get(old);
    expect(stale.status).toBe(410);
    expect(await readPage(stale)).toContain("replaced by a newer one");
    expect((await person.post(old, {})).status).toBe(410);
    expect((await person.get(current)).status).toBe(200);

    const off = await owner.post(`/o/${slug}/join-link`, { intent: "off" });
    expect(off.status).toBe(302);
    const closed = await person.get(current);
    expect(closed.status).toBe(410);
    expect(await readPage(closed)).toContain("This join link was turned off.");
    expect((await person.post(current, {})).status).toBe(410);
    expect((await person.get("/join/made-up-token-that-never-was-one")).status).toBe(404);
  });
});
