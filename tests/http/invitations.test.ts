import { createHash } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, html, withoutScripts } from "../support/client";
import { isTo, linkIn, waitForOutboxMail, type Mail } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let owner: Client;
beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url);
  await owner.signUp("Ines Inviter", "ines@example.org");
  await owner.createCoalition("invite-co", "Invite Coalition");
});
afterAll(async () => {
  await server?.stop();
});

const pathOf = (link: string) => new URL(link).pathname;
const tokenOf = (link: string) => pathOf(link).split("/").pop()!;
const countOf = (sql: string, ...values: string[]) =>
  (
    server
      .database()
      .prepare(sql)
      .get(...values) as { n: number }
  ).n;
const invitationsTo = (email: string) => countOf("select count(*) as n from invitations where email = ?", email);
const deliveriesTo = (email: string) =>
  countOf("select count(*) as n from email_deliveries where kind = 'invitation' and to_address = ?", email);

describe("invitations", () => {
  it("stores only a hash of the token and lists the invitation as open", async () => {
    const link = await owner.invite("invite-co", "Hashed@Example.org", "member");
    const token = tokenOf(link);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const row = server
      .database()
      .prepare("select * from invitations where email = ?")
      .get("hashed@example.org") as Record<string, unknown>;
    expect(row.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const expiresInDays = ((row.expires_at as number) - (row.created_at as number)) / 86_400_000;
    expect(expiresInDays).toBe(7);
    expect(await html(await owner.get("/o/invite-co/members"))).toContain("hashed@example.org");
  });

  it("lets a new user sign up on the spot and join with the invited role, once", async () => {
    const link = await owner.invite("invite-co", "newbie@example.org", "organizer");
    const newcomer = new Client(server.url);
    const page = await html(await newcomer.get(pathOf(link)));
    expect(page).toContain("Join Invite Coalition");
    expect(page).toContain('value="newbie@example.org"');

    const joined = await newcomer.post(pathOf(link), {
      name: "Nia Newbie",
      email: "newbie@example.org",
      password: "newbie password",
    });
    expect(joined.status).toBe(302);
    expect(joined.headers.get("location")).toBe("/o/invite-co");
    expect(await html(await newcomer.get("/o/invite-co"))).toContain("you are organizer");

    const reused = await new Client(server.url).get(pathOf(link));
    expect(reused.status).toBe(400);
    expect(await html(reused)).toContain("already been used");
    const again = new Client(server.url);
    await again.signUp("Late Comer", "late@example.org");
    const reuse = await again.post(pathOf(link), {});
    expect(reuse.status).toBe(400);
    expect((await again.get("/o/invite-co")).status).toBe(404);
  });

  it("lets an existing user who is logged in accept", async () => {
    const existing = new Client(server.url);
    await existing.signUp("Eve Existing", "eve@example.org");
    const link = await owner.invite("invite-co", "eve@example.org", "member");
    expect(await html(await existing.get(pathOf(link)))).toContain("You are logged in as Eve Existing");
    const accepted = await existing.post(pathOf(link), {});
    expect(accepted.headers.get("location")).toBe("/o/invite-co");
    expect(await html(await existing.get("/o/invite-co"))).toContain("you are member");
  });

  it("sends a logged-out existing user through login and back", async () => {
    const link = await owner.invite("invite-co", "returning@example.org", "member");
    await new Client(server.url).signUp("Ray Returning", "returning@example.org", "returning pass");
    const visitor = new Client(server.url);
    const page = await html(await visitor.get(pathOf(link)));
    const loginHref = /href="(\/login\?redirectTo=[^"]+)"/.exec(page)![1]!.replaceAll("&amp;", "&");
    const redirectTo = new URL(loginHref, server.url).searchParams.get("redirectTo")!;
    expect(redirectTo).toBe(pathOf(link));
    const login = await visitor.post("/login", {
      email: "returning@example.org",
      password: "returning pass",
      redirectTo,
    });
    expect(login.headers.get("location")).toBe(pathOf(link));
    expect((await visitor.post(pathOf(link), {})).headers.get("location")).toBe("/o/invite-co");
  });

  it("refuses an expired invitation with a clear message", async () => {
    const link = await owner.invite("invite-co", "slow@example.org", "member");
    const tokenHash = createHash("sha256").update(tokenOf(link)).digest("hex");
    server
      .database()
      .prepare("update invitations set expires_at = ? where token_hash = ?")
      .run(Date.now() - 1000, tokenHash);
    const page = await new Client(server.url).get(pathOf(link));
    expect(page.status).toBe(400);
    expect(await html(page)).toContain("This invitation has expired");
    const attempt = await new Client(server.url).post(pathOf(link), {
      name: "Slow",
      email: "slow@example.org",
      password: "slow password",
    });
    expect(attempt.status).toBe(400);
    expect(server.database().prepare("select count(*) as n from users where email = 'slow@example.org'").get()).toEqual(
      { n: 0 },
    );
  });

  it("refuses a revoked invitation, and answers 404 for a made-up one", async () => {
    const link = await owner.invite("invite-co", "revoked@example.org", "member");
    const id = (
      server.database().prepare("select id from invitations where email = ?").get("revoked@example.org") as {
        id: string;
      }
    ).id;
    expect((await owner.post("/o/invite-co/members", { intent: "revoke", invitationId: id })).status).toBe(302);
    const page = await new Client(server.url).get(pathOf(link));
    expect(page.status).toBe(400);
    expect(await html(page)).toContain("withdrawn");
    expect((await new Client(server.url).get("/invitations/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")).status).toBe(
      404,
    );
    expect((await new Client(server.url).get("/invitations/short")).status).toBe(404);
  });

  it("validates the invitation form", async () => {
    const bad = await owner.post("/o/invite-co/invite", { email: "not an email", role: "emperor" });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldErrors(await bad.text())).sort()).toEqual(["email", "role"]);
    const self = await owner.post("/o/invite-co/invite", { email: "INES@example.org", role: "member" });
    expect(fieldErrors(await self.text()).email).toMatch(/your own email/);
  });
});

describe("who may invite whom", () => {
  it("refuses to send from an unconfirmed address, and says how to confirm it", async () => {
    const fresh = new Client(server.url);
    await fresh.signUp("Una Unconfirmed", "una@example.org");
    await fresh.createCoalition("unconfirmed-co");
    const page = await html(await fresh.get("/o/unconfirmed-co/invite"));
    expect(page).toContain("Confirm your email address first");
    expect(page).toMatch(/<form method="post" action="\/account\/emails"/);
    expect(page).toContain('name="intent" value="resend"');

    const refused = await fresh.post("/o/unconfirmed-co/invite", { email: "target@example.org", role: "member" });
    expect(refused.status).toBe(403);
    expect(await html(refused)).toContain("please confirm your address (una@example.org) first");
    expect(invitationsTo("target@example.org")).toBe(0);
    expect(deliveriesTo("target@example.org")).toBe(0);

    await fresh.confirmEmail();
    const confirmed = withoutScripts(await html(await fresh.get("/o/unconfirmed-co/invite")));
    expect(confirmed).not.toContain("Confirm your email address first");
    expect(await fresh.invite("unconfirmed-co", "target@example.org", "member")).toContain("/invitations/");
  });

  it("says so when the address already belongs to a member, and sends nothing", async () => {
    const member = new Client(server.url);
    await member.signUp("Max Member", "max@example.org");
    await member.post(pathOf(await owner.invite("invite-co", "max@example.org", "member")), {});
    const before = { invitations: invitationsTo("max@example.org"), deliveries: deliveriesTo("max@example.org") };
    const again = await owner.post("/o/invite-co/invite", { email: "MAX@example.org", role: "organizer" });
    expect(again.status).toBe(400);
    expect(fieldErrors(await again.text()).email).toBe("max@example.org is already a member of Invite Coalition.");
    const after = { invitations: invitationsTo("max@example.org"), deliveries: deliveriesTo("max@example.org") };
    expect(after).toEqual(before);
  });

  it("replaces an earlier invitation to the same address: one pending, and only the newest link works", async () => {
    const first = await owner.invite("invite-co", "twice@example.org", "member");
    const second = await owner.invite("invite-co", "twice@example.org", "organizer");
    const members = await html(await owner.get("/o/invite-co/members"));
    expect(members.match(/<p class="member__name">twice@example.org<\/p>/g)).toHaveLength(1);

    const stale = await new Client(server.url).get(pathOf(first));
    expect(stale.status).toBe(400);
    expect(await html(stale)).toContain("replaced by a newer invitation");
    const newcomer = new Client(server.url);
    const tia = { name: "Tia Twice", email: "twice@example.org", password: "twice password" };
    const tooLate = await newcomer.post(pathOf(first), tia);
    expect(tooLate.status).toBe(400);
    expect(countOf("select count(*) as n from users where email = ?", "twice@example.org")).toBe(0);

    const joined = await newcomer.post(pathOf(second), tia);
    expect(joined.headers.get("location")).toBe("/o/invite-co");
    expect(await html(await newcomer.get("/o/invite-co"))).toContain("you are organizer");
  });

  it("lets only the account with the invited address accept; anyone else is told whom it is for", async () => {
    const link = await owner.invite("invite-co", "right@example.org", "member");
    const other = new Client(server.url);
    await other.signUp("Walt Wrong", "wrong@example.org");
    const page = await other.get(pathOf(link));
    expect(page.status).toBe(403);
    const text = await html(page);
    expect(text).toContain("was sent to <strong>right@example.org</strong>");
    expect(text).toContain("logged in as Walt Wrong (wrong@example.org)");
    expect(text).toMatch(/<form method="post" action="\/logout"/);
    expect(text).toContain("Ask an owner of Invite Coalition to send the invitation again, to wrong@example.org");
    expect(text).not.toContain("Join Invite Coalition</button>");

    const accepted = await other.post(pathOf(link), {});
    expect(accepted.status).toBe(403);
    expect((await other.get("/o/invite-co")).status).toBe(404);
    // The link still works for the person it was sent to.
    const signup = new Client(server.url);
    const sly = { name: "Sly", email: "sly@example.org", password: "sly password" };
    const otherAddress = await signup.post(pathOf(link), sly);
    expect(otherAddress.status).toBe(400);
    expect(fieldErrors(await otherAddress.text()).email).toContain("This invitation is for right@example.org");
    expect(countOf("select count(*) as n from users where email = ?", "sly@example.org")).toBe(0);
    const rita = { name: "Rita Right", email: "Right@Example.org", password: "right password" };
    const right = await signup.post(pathOf(link), rita);
    expect(right.headers.get("location")).toBe("/o/invite-co");
  });

  it("lets the inviter send an open invitation to another address instead", async () => {
    const first = await owner.invite("invite-co", "old-address@example.org", "organizer");
    const row = server.database().prepare("select id from invitations where email = ?").get("old-address@example.org");
    const id = (row as { id: string }).id;
    const member = new Client(server.url);
    await member.signUp("Nora New", "new-address@example.org");
    const resend = (email: string) => owner.post("/o/invite-co/members", { intent: "resend", invitationId: id, email });
    const invalid = await resend("not an address");
    expect(invalid.status).toBe(400);
    const invalidPage = await html(invalid);
    expect(fieldErrors(invalidPage)[`resend-${id}`]).toMatch(/email address/);
    expect(invalidPage).toContain('value="not an address"');

    const resent = await resend("new-address@example.org");
    expect(resent.status).toBe(200);
    expect(await html(resent)).toContain("Invitation sent to new-address@example.org");
    expect((await new Client(server.url).get(pathOf(first))).status).toBe(400);
    const members = await html(await owner.get("/o/invite-co/members"));
    expect(members).not.toContain("old-address@example.org");
    expect(members).toContain("new-address@example.org");
    const isInvitation = (m: Mail) => isTo("new-address@example.org")(m) && Boolean(m.text?.includes("/invitations/"));
    const mail = await waitForOutboxMail(server.outboxDir, isInvitation);
    expect((await member.post(pathOf(linkIn(mail, "/invitations/")), {})).headers.get("location")).toBe("/o/invite-co");
    expect(await html(await member.get("/o/invite-co"))).toContain("you are organizer");
    // The replaced invitation is no longer open, so it cannot be re-sent again.
    expect((await resend("x@example.org")).status).toBe(404);
  });
});

describe("daily limits, with two server processes taking posts at once", () => {
  let cluster: RunningServer;
  let inviter: Client;
  beforeAll(async () => {
    cluster = await startServer({ env: { WEB_CONCURRENCY: "2" } });
    inviter = new Client(cluster.url);
    await inviter.signUp("Lena Limit", "lena@example.org");
    await inviter.confirmEmail();
    await inviter.createCoalition("limit-co", "Limit Coalition");
    await inviter.createCoalition("other-co", "Other Coalition");
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  const rows = (sql: string) => (cluster.database().prepare(sql).get() as { n: number }).n;

  it("sends at most 3 invitations to one address in 24 hours, across organizations", async () => {
    const posts = await Promise.all(
      ["limit-co", "limit-co", "other-co", "limit-co", "other-co", "limit-co"].map((slug) =>
        inviter.post(`/o/${slug}/invite`, { email: "flooded@example.org", role: "member" }),
      ),
    );
    expect(posts.map((post) => post.status).sort()).toEqual([302, 302, 302, 429, 429, 429]);
    const refused = posts.find((post) => post.status === 429)!;
    const page = await html(refused);
    expect(page).toContain("flooded@example.org has already been sent 3 invitations in the last 24 hours");
    expect(page).toContain('value="flooded@example.org"');
    expect(rows("select count(*) as n from invitations where email = 'flooded@example.org'")).toBe(3);
    expect(rows("select count(*) as n from email_deliveries where to_address = 'flooded@example.org'")).toBe(3);
    // Withdrawing the open ones frees no place: the limit counts what was sent.
    const revoke = "update invitations set revoked_at = ? where email = 'flooded@example.org'";
    cluster.database().prepare(revoke).run(Date.now());
    const later = await inviter.post("/o/other-co/invite", { email: "flooded@example.org", role: "member" });
    expect(later.status).toBe(429);
  });

  it("sends at most 30 invitations from one organization in 24 hours", async () => {
    const limitCo = "(select id from organizations where slug = 'limit-co')";
    // Some of the 30 went to flooded@example.org in the test before.
    const already = rows(`select count(*) as n from invitations where organization_id = ${limitCo}`);
    const addresses = Array.from({ length: 34 }, (_, i) => `guest${i}@example.org`);
    const invite = (email: string) => inviter.post("/o/limit-co/invite", { email, role: "member" });
    const posts = await Promise.all(addresses.map(invite));
    const statuses = posts.map((post) => post.status);
    expect(statuses.filter((status) => status === 302)).toHaveLength(30 - already);
    expect(statuses.filter((status) => status === 429)).toHaveLength(34 - (30 - already));
    const refused = await html(posts[statuses.indexOf(429)]!);
    expect(refused).toContain("Limit Coalition has sent 30 invitations in the last 24 hours");
    expect(rows(`select count(*) as n from invitations where organization_id = ${limitCo}`)).toBe(30);
    const deliveries = `select count(*) as n from email_deliveries where organization_id = ${limitCo}`;
    expect(rows(`${deliveries} and kind = 'invitation'`)).toBe(30);
    // Another organization has its own allowance.
    const elsewhere = await inviter.post("/o/other-co/invite", { email: "guest0@example.org", role: "member" });
    expect(elsewhere.status).toBe(302);
  });
});

describe("members", () => {
  it("lets the owner change roles and remove members, never the last owner; anyone can leave", async () => {
    await owner.createCoalition("roles-co");
    const ownerId = (
      server.database().prepare("select id from users where email = ?").get("ines@example.org") as { id: string }
    ).id;

    const demote = await owner.post("/o/roles-co/members", { intent: "change-role", userId: ownerId, role: "member" });
    expect(demote.status).toBe(400);
    expect(await html(demote)).toContain("at least one owner");
    const leave = await owner.post("/o/roles-co/members", { intent: "leave" });
    expect(leave.status).toBe(400);

    const partner = new Client(server.url);
    await partner.signUp("Pat Partner", "pat@example.org");
    await partner.post(pathOf(await owner.invite("roles-co", "pat@example.org", "member")), {});
    const patId = (
      server.database().prepare("select id from users where email = ?").get("pat@example.org") as { id: string }
    ).id;

    expect(
      (await owner.post("/o/roles-co/members", { intent: "change-role", userId: patId, role: "staff" })).status,
    ).toBe(400);
    expect(
      (await owner.post("/o/roles-co/members", { intent: "change-role", userId: patId, role: "owner" })).status,
    ).toBe(302);
    expect(await html(await partner.get("/o/roles-co"))).toContain("you are owner");
    // With two owners, the first can now step down and leave.
    expect((await owner.post("/o/roles-co/members", { intent: "leave" })).headers.get("location")).toBe("/home");
    expect((await owner.get("/o/roles-co")).status).toBe(404);
    // The remaining owner cannot remove themself while they are the only owner.
    expect((await partner.post("/o/roles-co/members", { intent: "remove", userId: patId })).status).toBe(400);
    expect((await partner.post("/o/roles-co/members", { intent: "remove", userId: ownerId })).status).toBe(404);
    expect((await partner.post("/o/roles-co/members", { intent: "explode" })).status).toBe(400);
  });
});
