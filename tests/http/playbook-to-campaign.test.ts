import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html, shown } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

// From a playbook to a campaign: adding a target at a point, planning a suggested ask, and starting a campaign
// with its targets and planned asks, each checked for what it refuses and who may use it.

let server: RunningServer;
let organizer: Client;
let member: Client;
let other: Client;
let districtId: string;
let marketId: string;
let schoolId: string;
let chiefId: string;
let principalId: string;
let foreignTargetId: string;
const slug = "lever-co";
const playbook = () => `/o/${slug}/districts/${districtId}/playbook`;
const start = () => `/o/${slug}/districts/${districtId}/start-campaign`;
const plan = (query: string) => `/o/${slug}/districts/${districtId}/plan-ask?${query}`;

const attribute = (page: string, name: string) => page.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? "";
/** The values of a page's inputs of this name, and which of them are checked, whatever the attribute order. */
const inputsNamed = (page: string, name: string) =>
  [...page.matchAll(/<input [^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes(` name="${name}"`))
    .map((tag) => ({ value: tag.match(/ value="([^"]*)"/)?.[1] ?? "", checked: / checked=""/.test(tag) }));
const checkedValues = (page: string, name: string) =>
  inputsNamed(page, name)
    .filter((input) => input.checked)
    .map((input) => input.value);
const decodeHref = (value: string) => value.replace(/&amp;/g, "&");

beforeAll(async () => {
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Lee Organizer", "lee@example.org");
  await organizer.createCoalition(slug);
  districtId = await organizer.createDistrict(slug, "Lever District");
  schoolId = await organizer.createSchool(slug, districtId, "Elm Street Elementary");
  await organizer.declare(slug, districtId, "managerial");
  // Managerial: every central-office cell and school "use" are main levers; the other school cells second ones.
  chiefId = await organizer.createTarget(slug, districtId, "Dr. Chief", "central-office", ["use", "leadership"]);
  principalId = await organizer.createTarget(slug, districtId, "Ms. Principal", "school", ["environment"], schoolId);
  marketId = await organizer.createDistrict(slug, "Market District");
  await organizer.declare(slug, marketId, "market-driven");
  member = new Client(server.url);
  await member.signUp("Mo Member", "mo@example.org");
  await member.post(new URL(await organizer.invite(slug, "mo@example.org", "member")).pathname, {});
  other = new Client(server.url);
  await other.signUp("Ola Other", "ola@example.org");
  await other.createCoalition("other-co");
  const otherDistrict = await other.createDistrict("other-co", "Other District");
  foreignTargetId = await other.createTarget("other-co", otherDistrict, "Their Chief", "central-office", ["use"]);
});
afterAll(async () => {
  await server?.stop();
});

/** The start-campaign form as the page sends it, ticks as given. */
async function startForm(fields: Record<string, string | string[]>) {
  const page = await html(await organizer.get(start()));
  return {
    declarationId: attribute(page, "declarationId"),
    context: "",
    returnTo: "",
    title: "Teaching that reaches classrooms",
    win: "The district adopts coaching for every new teacher.",
    target: [],
    ask: [],
    intent: "create",
    ...fields,
  };
}

async function campaignCount() {
  return [
    ...(await html(await organizer.get(`/o/${slug}/campaigns`))).matchAll(/href="\/o\/lever-co\/campaigns\/[^/"]+"/g),
  ].length;
}

describe("the playbook's controls", () => {
  it("gives organizers a link to add a target at every point and gap, and to plan every suggested ask", async () => {
    const page = await html(await organizer.get(playbook()));
    expect(page).toContain("Start a campaign from this playbook");
    // Every main and second lever has an anchor and an "Add a target here" that comes back to it.
    for (const anchor of ["point-use-central-office", "point-use-school", "point-environment-school"]) {
      expect(page).toContain(`id="${anchor}"`);
      expect(decodeHref(page)).toContain(`returnTo=${encodeURIComponent(`${playbook()}#${anchor}`)}`);
    }
    // School use is a main lever nobody holds yet: it is a gap, with its own link.
    expect(page).toContain('id="gap-use-school"');
    expect(decodeHref(page)).toContain(
      `/targets/new?domain=use&locus=school&returnTo=${encodeURIComponent(`${playbook()}#gap-use-school`)}`,
    );
    const planLinks = [...decodeHref(page).matchAll(/href="([^"]*\/plan-ask\?[^"]*)"/g)];
    expect(planLinks.length).toBeGreaterThanOrEqual(10);
  });

  it("shows members the same playbook without any control that creates something", async () => {
    const page = await html(await member.get(playbook()));
    expect(page).toContain('id="point-use-central-office"');
    expect(page).not.toContain("Add a target here");
    expect(page).not.toContain("Plan this ask");
    expect(page).not.toContain("Start a campaign from this playbook");
  });

  it("links the dashboard's gaps to the same form", async () => {
    const page = decodeHref(await html(await organizer.get(`/o/${slug}`)));
    expect(page).toContain(`/o/${slug}/districts/${districtId}/targets/new?domain=use&locus=school&returnTo=`);
    expect(await html(await member.get(`/o/${slug}`))).not.toContain("Add a target here");
  });
});

describe("add a target here", () => {
  it("fills in the form from the point, suggests its usual holders, and comes back to it", async () => {
    const back = `${playbook()}#gap-use-school`;
    const query = new URLSearchParams({ domain: "use", locus: "school", school: schoolId, returnTo: back });
    const page = await html(await organizer.get(`/o/${slug}/districts/${districtId}/targets/new?${query}`));
    expect(checkedValues(page, "locus")).toEqual(["school"]);
    expect(checkedValues(page, "domains")).toEqual(["use"]);
    expect(page).toMatch(new RegExp(`<option value="${schoolId}" selected=""`));
    expect(page).toContain('<datalist id="title-suggestions">');
    expect(page).toContain('name="returnTo" value="');
    const saved = await organizer.post(`/o/${slug}/districts/${districtId}/targets/new`, {
      name: "Coach Team",
      title: "Instructional coach",
      locus: "school",
      schoolId,
      domains: ["use"],
      email: "",
      phone: "",
      notes: "",
      returnTo: back,
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(back);
  });

  it("ignores query values that do not parse and never returns anywhere off the coalition's pages", async () => {
    for (const query of [
      "domain=nope&locus=moon&school=%3Cscript%3E",
      "returnTo=https%3A%2F%2Fevil.example%2F",
      "returnTo=%2F%2Fevil.example",
      "domain=use&locus=school&returnTo=%2Fo%2Fother-co%2Fdistricts",
    ]) {
      const response = await organizer.get(`/o/${slug}/districts/${districtId}/targets/new?${query}`);
      expect(response.status, query).toBe(200);
      // The form posts back to its own address (query and all); only a checked returnTo field is ever followed.
      // The footer's language switcher returns to the page as it was asked for, and checks that address itself.
      const whole = await response.text();
      const page = whole.slice(whole.indexOf("<main"), whole.indexOf("</main>"));
      expect(inputsNamed(page, "returnTo"), query).toEqual([]);
      expect(page, query).not.toMatch(/href="(https:)?\/\/evil|href="\/o\/other-co/);
    }
    const saved = await organizer.post(`/o/${slug}/districts/${districtId}/targets/new`, {
      name: "Elsewhere",
      title: "",
      locus: "central-office",
      schoolId: "",
      domains: ["performance"],
      email: "",
      phone: "",
      notes: "",
      returnTo: "https://evil.example/",
    });
    expect(saved.headers.get("location")).toMatch(new RegExp(`^/o/${slug}/districts/${districtId}/targets/`));
  });

  it("is for organizers only", async () => {
    expect((await member.get(`/o/${slug}/districts/${districtId}/targets/new?domain=use&locus=school`)).status).toBe(
      403,
    );
  });
});

describe("start a campaign from the playbook", () => {
  it("pre-ticks the targets at main levers and one ask for each, and reviews without creating anything", async () => {
    const page = await html(await organizer.get(start()));
    // Dr. Chief holds main levers; Ms. Principal only a second lever (school environment).
    const ticked = checkedValues(page, "target");
    expect(ticked).toContain(chiefId);
    expect(ticked).not.toContain(principalId);
    expect(inputsNamed(page, "target").map((input) => input.value)).toContain(principalId);
    const asks = checkedValues(page, "ask");
    expect(asks).toHaveLength(ticked.length);
    expect(asks.filter((ask) => ask.startsWith(`${chiefId}/`))).toHaveLength(1);
    // The gap is listed with its own link, and nothing goes into the strategy chart's text.
    expect(page).toContain("No target yet.");
    expect(shown(page)).not.toContain("shortTermGoals");

    const before = await campaignCount();
    const askValue = `${principalId}/environment/school/0`;
    const reviewed = await organizer.post(
      start(),
      await startForm({ intent: "review", target: [principalId], ask: [askValue] }),
    );
    expect(reviewed.status).toBe(200);
    const review = await reviewed.text();
    expect(checkedValues(review, "target")).toEqual([principalId]);
    expect(checkedValues(review, "ask")).toEqual([askValue]);
    expect(review).toMatch(/1 target as decision-makers: Ms\. Principal/);
    expect(review).toContain("1 planned ask:");
    expect(await campaignCount()).toBe(before);
  });

  it("creates the campaign, links the ticked targets and plans the ticked asks, in one go", async () => {
    const form = await html(await organizer.get(start()));
    const [chiefAsk] = checkedValues(form, "ask");
    const principalAsk = `${principalId}/environment/school/0`;
    const created = await organizer.post(
      start(),
      await startForm({ target: [chiefId, principalId], ask: [chiefAsk!, principalAsk] }),
    );
    expect(created.status).toBe(302);
    const campaignPath = created.headers.get("location")!;
    expect(campaignPath).toMatch(new RegExp(`^/o/${slug}/campaigns/`));
    const page = await html(await member.get(campaignPath));
    expect(page).toMatch(/Dr\. Chief<\/a> <span class="muted">\(decision-maker\)/);
    expect(page).toMatch(/Ms\. Principal<\/a> <span class="muted">\(decision-maker\)/);
    expect(page).toContain("Planned: 2");
    expect(shown(page)).not.toContain("No asks yet.");
    const asks = await html(await member.get(`${campaignPath}/asks?status=planned`));
    expect(asks).toContain("Ms. Principal");
    expect(asks).toContain("Dr. Chief");
  });

  it("refuses a stale playbook, a foreign target, an ask without its target and a point that is gone, making nothing", async () => {
    const before = await campaignCount();
    const stale = await organizer.post(
      start(),
      await startForm({ declarationId: "old-declaration", target: [chiefId] }),
    );
    expect(stale.status).toBe(400);
    const stalePage = await stale.text();
    expect(stalePage).toContain("The playbook changed while you had this page open");
    expect(stalePage).toContain('value="Teaching that reaches classrooms"');

    const foreign = await organizer.post(start(), await startForm({ target: [chiefId, foreignTargetId] }));
    expect(foreign.status).toBe(400);
    expect(fieldErrors(await foreign.text()).target).toMatch(/not in this district/);

    const orphan = await organizer.post(
      start(),
      await startForm({ target: [], ask: [`${principalId}/environment/school/0`] }),
    );
    expect(orphan.status).toBe(400);
    expect(fieldErrors(await orphan.text()).ask).toMatch(/tick the target too/);

    // Dr. Chief holds no "environment" work at schools, and there is no fifth ask anywhere.
    for (const ask of [`${chiefId}/environment/school/0`, `${chiefId}/use/central-office/9`]) {
      const gone = await organizer.post(start(), await startForm({ target: [chiefId], ask: [ask] }));
      expect(gone.status, ask).toBe(400);
      expect(fieldErrors(await gone.text()).ask, ask).toMatch(/no longer a main or second lever/);
    }
    const malformed = await organizer.post(start(), await startForm({ target: ["../x"], ask: ["nonsense"] }));
    expect(malformed.status).toBe(400);
    const missing = await organizer.post(start(), await startForm({ title: "", win: "" }));
    expect(fieldErrors(await missing.text())).toMatchObject({ title: expect.any(String), win: expect.any(String) });
    expect(await campaignCount()).toBe(before);
  });

  it("is for organizers: members get 403 to see or post it", async () => {
    expect((await member.get(start())).status).toBe(403);
    expect((await member.post(start(), await startForm({ target: [chiefId] }))).status).toBe(403);
    expect((await other.get(start())).status).toBe(404);
  });
});

describe("plan this ask", () => {
  it("fills in the suggested ask, the target at the point and the campaign, and saves it as planned", async () => {
    const page = await html(await organizer.get(plan("domain=environment&locus=school&ask=0")));
    expect(page).toMatch(/<textarea[^>]*name="text"[^>]*>[^<]{10,}<\/textarea>/);
    expect(checkedValues(page, "targetId")).toEqual([principalId]);
    const campaignId = page.match(/<option value="([^"]+)" selected="">/)?.[1];
    expect(campaignId).toBeTruthy();
    const saved = await organizer.post(`/o/${slug}/districts/${districtId}/plan-ask`, {
      declarationId: attribute(page, "declarationId"),
      domain: "environment",
      locus: "school",
      context: "",
      returnTo: `${playbook()}#point-environment-school`,
      text: "Hold a family evening on the new reading program.",
      targetId: principalId,
      campaignId: campaignId!,
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`${playbook()}#point-environment-school`);
    const asks = await html(await member.get(`/o/${slug}/campaigns/${campaignId}/asks?status=planned`));
    expect(asks).toContain("Hold a family evening on the new reading program.");
  });

  it("offers to start a campaign first when there is none, and to add a target when the point has none", async () => {
    const page = decodeHref(
      await html(
        await organizer.get(`/o/${slug}/districts/${marketId}/plan-ask?domain=environment&locus=central-office&ask=0`),
      ),
    );
    expect(page).toContain("Start a campaign first");
    expect(page).toContain(`/o/${slug}/districts/${marketId}/start-campaign?returnTo=`);
    expect(page).toContain("Add a target here");
  });

  it("answers a bad link with 400 and a point that is not a lever with 404, never 500", async () => {
    for (const query of ["domain=nope&locus=school&ask=0", "domain=use&locus=school&ask=x", ""]) {
      expect((await organizer.get(plan(query))).status, query).toBe(400);
    }
    // Market-driven: the central office has little leverage over infrastructure.
    const gone = await organizer.get(
      `/o/${slug}/districts/${marketId}/plan-ask?domain=infrastructure&locus=central-office&ask=0`,
    );
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("no longer a main or second lever");
    expect((await organizer.get(plan("domain=use&locus=central-office&ask=7"))).status).toBe(404);
  });

  it("refuses another coalition's campaign, a target not at the point and a stale playbook, keeping the entries", async () => {
    const page = await html(await organizer.get(plan("domain=use&locus=central-office&ask=0")));
    const campaignId = page.match(/<option value="([^"]+)" selected="">/)?.[1] ?? "";
    const otherDistrict = (await html(await other.get("/o/other-co/districts"))).match(
      /districts\/([A-Za-z0-9_-]{10,})"/,
    )?.[1];
    const theirs = await other.post(`/o/other-co/campaigns/new`, {
      districtId: otherDistrict!,
      title: "Theirs",
      win: "W",
      status: "active",
      startsOn: "",
      endsOn: "",
      leadUserId: "",
    });
    const theirCampaign = theirs.headers.get("location")?.split("/").pop() ?? "missing";
    const base = {
      declarationId: attribute(page, "declarationId"),
      domain: "use",
      locus: "central-office",
      context: "",
      returnTo: "",
      text: "Share the coaching schedule.",
      targetId: chiefId,
      campaignId,
    };
    // A browser posts the form back to the address it came from, query and all.
    const post = (fields: Record<string, string>) =>
      organizer.post(plan("domain=use&locus=central-office&ask=0"), { ...base, ...fields });
    const foreign = await post({ campaignId: theirCampaign });
    expect(foreign.status).toBe(400);
    const foreignPage = await foreign.text();
    expect(fieldErrors(foreignPage).campaignId).toMatch(/active campaigns in Lever District/);
    expect(foreignPage).toContain("Share the coaching schedule.");
    expect(fieldErrors(await (await post({ targetId: principalId })).text()).targetId).toMatch(/at this point/);
    expect(fieldErrors(await (await post({ targetId: foreignTargetId })).text()).targetId).toMatch(/at this point/);
    const stale = await post({ declarationId: "an-older-one" });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain("The playbook changed while you had this page open");
    expect(fieldErrors(await (await post({ text: "" })).text()).text).toBeTruthy();
    expect((await member.post(`/o/${slug}/districts/${districtId}/plan-ask`, base)).status).toBe(403);
    expect((await member.get(plan("domain=use&locus=central-office&ask=0"))).status).toBe(403);
  });
});

describe("one word for each sense of primary", () => {
  it("never calls a campaign's target primary or secondary, and never calls a leverage point a decision-maker", async () => {
    const list = await html(await organizer.get(`/o/${slug}/campaigns`));
    const campaignPaths = [
      ...new Set([...list.matchAll(/href="(\/o\/lever-co\/campaigns\/(?!new")[A-Za-z0-9_-]+)"/g)].map((m) => m[1]!)),
    ];
    expect(campaignPaths.length).toBeGreaterThan(0);
    const campaignPages = campaignPaths.flatMap((path) => [
      path,
      `${path}/edit`,
      `${path}/asks`,
      ...["asks", "meetings", "tasks"].map((kind) => `${path}/export/${kind}.csv`),
    ]);
    const leveragePages = [playbook(), `${playbook()}.md`, `/o/${slug}/districts/${districtId}/targets`];
    const otherPages = [`/o/${slug}`, `/o/${slug}/campaigns/new?district=${districtId}`, start()];
    // The chart's roles name the Midwest Academy's terms once, quoted, in the field's hint: that is the only use.
    const hint = /Midwest Academy calls this the “(primary|secondary) target”/g;
    for (const path of [...campaignPages, ...leveragePages, ...otherPages]) {
      const response = await organizer.get(path);
      expect(response.status, path).toBe(200);
      const text = shown(await response.text()).replace(hint, "");
      expect(text.match(/.{0,60}\b(primary|secondary) targets?\b.{0,60}/i)?.[0], path).toBeUndefined();
      if (leveragePages.includes(path)) expect(text, path).not.toMatch(/decision-maker|influencer/i);
    }
    const campaignPage = await html(await organizer.get(campaignPaths[0]!));
    const roles = [...campaignPage.matchAll(/<\/a> <span class="muted">\(([^)]*)\)<\/span>/g)].map((m) => m[1]);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role).toMatch(/^(decision-maker|influencer)$/);
  });
});
