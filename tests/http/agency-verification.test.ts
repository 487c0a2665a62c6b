import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runAdmin } from "../support/admin";
import { Client, fieldErrors, fieldValue, html } from "../support/client";
import { isTo, linkIn, readOutbox, waitForOutboxMail } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";
import { enrolTwoFactor } from "../support/two-factor";

// A stranger signs up and calls their agency "Ohio Department of Education". Until an operator verifies it,
// nothing it writes reaches a coalition; revoking hides it again.
let server: RunningServer;
let districtId: string;
const agency = "oh-doe";
const coalition = "oh-families";
const mark = "Verified by the Fulcrum Ohio team";
const clients = {} as Record<"stranger" | "organizer" | "operator" | "other", Client>;

async function confirmEmail(client: Client, email: string) {
  const mail = await waitForOutboxMail(server.outboxDir, (m) => isTo(email)(m) && /confirm/i.test(m.subject ?? ""));
  expect((await client.post(new URL(linkIn(mail, "/verify-email/")).pathname, {})).status).toBe(302);
}

beforeAll(async () => {
  server = await startServer({
    env: { OPERATOR_EMAILS: "Operator@example.org, nobody@example.org", OPERATOR_NAME: "the Fulcrum Ohio team" },
  });
  for (const name of ["stranger", "organizer", "operator", "other"] as const) {
    clients[name] = new Client(server.url);
    await clients[name].signUp(name, `${name}@example.org`);
  }
  await confirmEmail(clients.organizer, "organizer@example.org");
  await clients.stranger.createCoalition(agency, "Ohio Department of Education", "state_agency");
  await clients.organizer.createCoalition(coalition);
  districtId = await clients.organizer.createDistrict(coalition, "Networked District");
  expect((await clients.organizer.declare(coalition, districtId, "networked")).status).toBe(302);
});
afterAll(async () => {
  await server?.stop();
});

const admin = (args: string[], env: Record<string, string> = {}) => runAdmin(server.databasePath, args, env);
const inbox = async () => html(await clients.organizer.get(`/o/${coalition}/inbox`));
const playbook = async () =>
  (await clients.organizer.get(`/o/${coalition}/districts/${districtId}/playbook.md`)).text();
const guidanceMails = async (title: string) =>
  (await readOutbox(server.outboxDir)).filter((m) => isTo("organizer@example.org")(m) && m.subject?.includes(title));
const notes = {
  note_managerial: "",
  "note_market-driven": "",
  note_federated: "",
  "note_american-default": "",
  note_networked: "Call the Office of Family Engagement at 555-0100.",
};
let guidanceId: string;

describe("an agency nobody has verified", () => {
  it("says on its pages that it waits for verification, and on its overview", async () => {
    const page = await html(await clients.stranger.get(`/o/${agency}/guidance`));
    expect(page).toContain("Not verified.");
    expect(page).toContain("send a verification request");
    const overview = await html(await clients.stranger.get(`/o/${agency}/overview`));
    expect(overview).toContain("waiting for your agency to be verified");
    expect(overview).not.toContain("<table");
  });

  it("takes a verification request, refusing bad contacts with a message by each field and keeping the entries", async () => {
    const bad = await clients.stranger.post(`/o/${agency}/verification`, {
      officialName: "Ohio Department of Education",
      requesterRole: "Director of family engagement",
      officialEmail: "not an email",
      phone: "call me",
      website: "http://education.ohio.gov",
    });
    expect(bad.status).toBe(400);
    const page = await html(bad);
    const errors = fieldErrors(page);
    expect(errors.officialEmail).toMatch(/email address/);
    expect(errors.phone).toMatch(/area code/);
    expect(errors.website).toMatch(/https/);
    expect(fieldValue(page, "requesterRole")).toBe("Director of family engagement");
    expect(fieldValue(page, "website")).toBe("http://education.ohio.gov");
    const good = await clients.stranger.post(`/o/${agency}/verification`, {
      officialName: "Ohio Department of Education",
      requesterRole: "Director of family engagement",
      officialEmail: "director@education.ohio.gov",
      phone: "(614) 555-0100",
      website: "https://education.ohio.gov",
    });
    expect(good.status).toBe(200);
    expect(await html(good)).toContain("Your request is with the operators");
  });

  it("writes and previews drafts, but cannot publish, reach a playbook or email a coalition", async () => {
    const created = await clients.stranger.post(`/o/${agency}/guidance/new`, {
      title: "Pay this fee to keep your seat",
      summary: "",
      body: "[Pay here](https://phishing.example)",
      audienceTypes: [],
    });
    expect(created.status).toBe(302);
    const path = created.headers.get("location")!;
    guidanceId = path.split("/").pop()!;
    const preview = await html(await clients.stranger.get(path));
    expect(preview).toContain("Pay here");
    expect(preview).toContain("Publishing opens once your agency is verified");
    const published = await clients.stranger.post(path, { intent: "publish", changeNote: "" });
    expect(published.status).toBe(403);
    expect(await html(published)).toContain("not verified yet");
    expect(await inbox()).not.toContain("Pay this fee");
    expect((await clients.organizer.get(`/o/${coalition}/inbox/${guidanceId}`)).status).toBe(404);

    expect((await clients.stranger.post(`/o/${agency}/playbook-notes`, notes)).status).toBe(200);
    expect(await playbook()).not.toContain("Office of Family Engagement");
    const queued = server
      .database()
      .prepare("select count(*) as n from email_deliveries where kind = 'guidance-published'");
    expect(queued.get()).toEqual({ n: 0 });
  });

  it("invites its own staff with a plain warning that it is not verified, in the email and on the invitation page", async () => {
    const link = await clients.stranger.invite(agency, "staff@example.org", "staff");
    const mail = (await readOutbox(server.outboxDir)).find((m) => isTo("staff@example.org")(m))!;
    expect(mail.text).toContain("Ohio Department of Education is not a verified state agency");
    expect(mail.html).toContain("is not a verified state agency");
    const page = await html(await new Client(server.url).get(new URL(link).pathname));
    expect(page).toContain("Ohio Department of Education is not a verified state agency.");
  });
});

describe("the operators' command line", () => {
  it("lists agencies waiting first with their request, and refuses bad input with status 2", async () => {
    const list = await admin(["agencies"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^oh-doe {2}Ohio Department of Education \(OH\) {2}PENDING/);
    expect(list.stdout).toContain("director@education.ohio.gov");
    expect(list.stdout).toContain("(614) 555-0100");
    const bad = [
      ["verify", agency],
      ["verify", "no-such-agency", "--note", "x"],
      ["frobnicate"],
      ["verify", agency, "--bogus"],
    ];
    const runs = await Promise.all([...bad, ["revoke", agency, "--note", "x"]].map((args) => admin(args)));
    for (const [index, run] of runs.entries()) {
      expect(run.code, runs[index]!.stderr).toBe(2);
      expect(run.stderr).toContain("Usage: npm run admin");
    }
    expect(runs[0]!.stderr).toContain("--note: Write a note");
    expect(runs[1]!.stderr).toContain('No state agency has the address "no-such-agency"');
    expect(runs.at(-1)!.stderr).toContain("is not verified");
  }, 90_000);

  it("verifies the agency, recorded as $USER: then it publishes, reaches the playbook and emails, marked as verified", async () => {
    const run = await admin(["verify", agency, "--note", "Called 614-555-0100 from education.ohio.gov"], {
      USER: "alice",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Ohio Department of Education is verified (recorded as alice)");
    // Staff of a verified agency set up two-step sign-in before any other page.
    expect((await clients.stranger.get(`/o/${agency}/guidance`)).headers.get("location")).toMatch(
      /^\/account\/two-factor/,
    );
    await enrolTwoFactor(clients.stranger);
    const event = server.database().prepare("select action, operator_name, note from agency_verification_events").get();
    expect(event).toEqual({
      action: "verify",
      operator_name: "alice",
      note: "Called 614-555-0100 from education.ohio.gov",
    });

    expect(
      (await clients.stranger.post(`/o/${agency}/guidance/${guidanceId}`, { intent: "publish", changeNote: "" }))
        .status,
    ).toBe(302);
    const list = await inbox();
    expect(list).toContain("Pay this fee to keep your seat");
    expect(list).toContain(mark);
    expect(await html(await clients.organizer.get(`/o/${coalition}/inbox/${guidanceId}`))).toContain(mark);
    const markdown = await playbook();
    expect(markdown).toContain("Office of Family Engagement");
    expect(markdown).toContain(`*From Ohio Department of Education* · ${mark}`);
    const page = await html(await clients.organizer.get(`/o/${coalition}/districts/${districtId}/playbook`));
    expect(page).toContain(mark);
    const mail = await waitForOutboxMail(
      server.outboxDir,
      (m) => isTo("organizer@example.org")(m) && /Pay this fee/.test(m.subject ?? ""),
    );
    expect(mail.text).toContain(mark);
    expect(mail.html).toContain(mark);
    expect(await html(await clients.stranger.get(`/o/${agency}/guidance`))).not.toContain("Not verified.");
  }, 60_000);

  it("revokes it: its guidance, notes and emails stop (versions kept); verifying again shows them again", async () => {
    expect((await admin(["revoke", agency, "--note", "Not the real agency"])).code).toBe(0);
    expect(await inbox()).not.toContain("Pay this fee");
    expect((await clients.organizer.get(`/o/${coalition}/inbox/${guidanceId}`)).status).toBe(404);
    const markdown = await playbook();
    expect(markdown).not.toContain("Office of Family Engagement");
    expect(markdown).not.toContain("Pay this fee");
    expect(await html(await clients.stranger.get(`/o/${agency}/overview`))).toContain(
      "waiting for your agency to be verified",
    );
    expect(await html(await clients.stranger.get(`/o/${agency}/guidance`))).toContain("verification was withdrawn");
    // A revision cannot be published, so nobody is emailed about it.
    await clients.stranger.post(`/o/${agency}/guidance/${guidanceId}/edit`, {
      title: "Pay this fee, revised",
      summary: "",
      body: "Again",
      audienceTypes: [],
    });
    expect(
      (await clients.stranger.post(`/o/${agency}/guidance/${guidanceId}`, { intent: "publish", changeNote: "x" }))
        .status,
    ).toBe(403);
    const versions = server.database().prepare("select count(*) as n from guidance_versions where guidance_id = ?");
    expect(versions.get(guidanceId)).toEqual({ n: 1 });

    expect((await admin(["verify", agency, "--note", "Confirmed after all"])).code).toBe(0);
    expect(await inbox()).toContain("Pay this fee to keep your seat");
    expect(await playbook()).toContain("Office of Family Engagement");
    expect(await guidanceMails("revised")).toEqual([]);
  }, 60_000);
});

describe("the operator page", () => {
  it("is a 404 for everyone but a confirmed operator", async () => {
    // Named in OPERATOR_EMAILS, but the address is not confirmed yet.
    expect((await clients.operator.get("/operator")).status).toBe(404);
    for (const client of [clients.stranger, clients.organizer, clients.other]) {
      expect((await client.get("/operator")).status).toBe(404);
      expect((await client.post("/operator", { intent: "verify", slug: agency, note: "x" })).status).toBe(404);
    }
    const anonymous = await new Client(server.url).get("/operator");
    expect(anonymous.status).toBe(302);
    await confirmEmail(clients.operator, "operator@example.org");
    await enrolTwoFactor(clients.operator);
    expect((await clients.operator.get("/operator")).status).toBe(200);
  });

  it("lists waiting agencies first with their request, verifies and revokes with a required note, and shows the record", async () => {
    await clients.other.createCoalition("oh-waiting", "Ohio Office of Family Voice", "state_agency");
    await clients.other.post("/o/oh-waiting/verification", {
      officialName: "Ohio Office of Family Voice",
      requesterRole: "Deputy director",
      officialEmail: "deputy@familyvoice.ohio.gov",
      phone: "614 555 0199",
      website: "https://familyvoice.ohio.gov",
    });
    const page = await html(await clients.operator.get("/operator"));
    expect(page.indexOf("Ohio Office of Family Voice")).toBeLessThan(page.indexOf("Ohio Department of Education"));
    expect(page).toContain("deputy@familyvoice.ohio.gov");
    expect(page).toContain("by alice: Called 614-555-0100 from education.ohio.gov");

    const noNote = await clients.operator.post("/operator", { intent: "verify", slug: "oh-waiting", note: " " });
    expect(noNote.status).toBe(400);
    expect(fieldErrors(await html(noNote))["oh-waiting-note"]).toMatch(/note/);
    expect((await clients.operator.post("/operator", { intent: "verify", slug: "no-such", note: "x" })).status).toBe(
      404,
    );
    const verified = await clients.operator.post("/operator", {
      intent: "verify",
      slug: "oh-waiting",
      note: "Rang the deputy",
    });
    expect(verified.status).toBe(200);
    const after = await html(verified);
    expect(after).toContain("Ohio Office of Family Voice is verified");
    expect(after).toContain("by operator (operator@example.org): Rang the deputy");
    expect(await html(await clients.other.get("/o/oh-waiting/guidance"))).not.toContain("Not verified.");

    const revoked = await clients.operator.post("/operator", {
      intent: "revoke",
      slug: "oh-waiting",
      note: "Asked to close",
    });
    expect(await html(revoked)).toContain("no longer verified");
    expect(await html(await clients.other.get("/o/oh-waiting/guidance"))).toContain("verification was withdrawn");
  });
});

describe("names and states", () => {
  const settings = { name: "Ohio Department of Education", slug: agency, state: "OH", timeZone: "America/New_York" };

  it("refuses a new agency whose name passes for a verified one in the same state, next to the name", async () => {
    for (const name of [
      "OHIO department of education",
      "Ｏｈｉｏ Department of Education.",
      "Ohio  Department-of Education",
    ]) {
      const response = await clients.other.post("/orgs/new", {
        kind: "state_agency",
        name,
        slug: "oh-fake",
        state: "OH",
        timeZone: "America/New_York",
      });
      expect(response.status, name).toBe(400);
      const page = await html(response);
      expect(fieldErrors(page).name, name).toMatch(/already a verified agency in Ohio/);
      expect(fieldValue(page, "slug")).toBe("oh-fake");
    }
    // Another state's agency of the same name is a different agency.
    expect(
      (
        await clients.other.post("/orgs/new", {
          kind: "state_agency",
          name: "Ohio Department of Education",
          slug: "mi-doe",
          state: "MI",
          timeZone: "America/Detroit",
        })
      ).status,
    ).toBe(302);
    // And an unverified agency cannot rename itself into the lookalike either.
    const rename = await clients.other.post("/o/mi-doe/settings", { ...settings, slug: "mi-doe", state: "OH" });
    expect(rename.status).toBe(400);
    expect(fieldErrors(await html(rename)).name).toMatch(/already a verified agency/);
  });

  it("locks a verified agency's name and state; an operator changes them from the operator page", async () => {
    const page = await html(await clients.stranger.get(`/o/${agency}/settings`));
    expect(page).toContain("Only the operators of this server can change");
    const renamed = await clients.stranger.post(`/o/${agency}/settings`, {
      ...settings,
      name: "Ohio Department of Learning",
    });
    expect(renamed.status).toBe(400);
    const renamedPage = await html(renamed);
    expect(fieldErrors(renamedPage).name).toMatch(/can only be changed by the operators/);
    expect(fieldValue(renamedPage, "name")).toBe("Ohio Department of Learning");
    const moved = await clients.stranger.post(`/o/${agency}/settings`, { ...settings, state: "MI" });
    expect(moved.status).toBe(400);
    expect(fieldErrors(await html(moved)).state).toMatch(/can only be changed by the operators/);
    // Other settings still save.
    expect(
      (await clients.stranger.post(`/o/${agency}/settings`, { ...settings, timeZone: "America/Chicago" })).status,
    ).toBe(302);

    const noNote = await clients.operator.post("/operator", {
      intent: "rename",
      slug: agency,
      name: "Ohio Department of Learning",
      state: "OH",
      note: "",
    });
    expect(noNote.status).toBe(400);
    expect(fieldErrors(await html(noNote))[`${agency}-rename-note`]).toMatch(/note/);
    const done = await clients.operator.post("/operator", {
      intent: "rename",
      slug: agency,
      name: "Ohio Department of Learning",
      state: "OH",
      note: "Renamed by statute",
    });
    expect(done.status).toBe(200);
    expect(await html(done)).toContain("Renamed");
    expect(await inbox()).toContain("Ohio Department of Learning");
  });
});
