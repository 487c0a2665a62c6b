import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, fieldErrors, html } from "../support/client";
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

describe("invitations", () => {
  it("stores only a hash of the token and lists the invitation as open", async () => {
    const link = await owner.invite("invite-co", "Hashed@Example.org", "member");
    const token = tokenOf(link);
    expect(token.length).toBeGreaterThanOrEqual(43);
    const row = server.database().prepare("select * from invitations where email = ?").get("hashed@example.org") as Record<string, unknown>;
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

    const joined = await newcomer.post(pathOf(link), { name: "Nia Newbie", email: "newbie@example.org", password: "newbie password" });
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
    const login = await visitor.post("/login", { email: "returning@example.org", password: "returning pass", redirectTo });
    expect(login.headers.get("location")).toBe(pathOf(link));
    expect((await visitor.post(pathOf(link), {})).headers.get("location")).toBe("/o/invite-co");
  });

  it("refuses an expired invitation with a clear message", async () => {
    const link = await owner.invite("invite-co", "slow@example.org", "member");
    const tokenHash = createHash("sha256").update(tokenOf(link)).digest("hex");
    server.database().prepare("update invitations set expires_at = ? where token_hash = ?").run(Date.now() - 1000, tokenHash);
    const page = await new Client(server.url).get(pathOf(link));
    expect(page.status).toBe(400);
    expect(await html(page)).toContain("This invitation has expired");
    const attempt = await new Client(server.url).post(pathOf(link), { name: "Slow", email: "slow@example.org", password: "slow password" });
    expect(attempt.status).toBe(400);
    expect(server.database().prepare("select count(*) as n from users where email = 'slow@example.org'").get()).toEqual({ n: 0 });
  });

  it("refuses a revoked invitation, and answers 404 for a made-up one", async () => {
    const link = await owner.invite("invite-co", "revoked@example.org", "member");
    const id = (server.database().prepare("select id from invitations where email = ?").get("revoked@example.org") as { id: string }).id;
    expect((await owner.post("/o/invite-co/members", { intent: "revoke", invitationId: id })).status).toBe(302);
    const page = await new Client(server.url).get(pathOf(link));
    expect(page.status).toBe(400);
    expect(await html(page)).toContain("withdrawn");
    expect((await new Client(server.url).get("/invitations/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")).status).toBe(404);
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

describe("members", () => {
  it("lets the owner change roles and remove members, never the last owner; anyone can leave", async () => {
    await owner.createCoalition("roles-co");
    const ownerId = (server.database().prepare("select id from users where email = ?").get("ines@example.org") as { id: string }).id;

    const demote = await owner.post("/o/roles-co/members", { intent: "change-role", userId: ownerId, role: "member" });
    expect(demote.status).toBe(400);
    expect(await html(demote)).toContain("at least one owner");
    const leave = await owner.post("/o/roles-co/members", { intent: "leave" });
    expect(leave.status).toBe(400);

    const partner = new Client(server.url);
    await partner.signUp("Pat Partner", "pat@example.org");
    await partner.post(pathOf(await owner.invite("roles-co", "pat@example.org", "member")), {});
    const patId = (server.database().prepare("select id from users where email = ?").get("pat@example.org") as { id: string }).id;

    expect((await owner.post("/o/roles-co/members", { intent: "change-role", userId: patId, role: "staff" })).status).toBe(400);
    expect((await owner.post("/o/roles-co/members", { intent: "change-role", userId: patId, role: "owner" })).status).toBe(302);
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
