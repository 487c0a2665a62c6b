import { describe, expect, it } from "vitest";

import { db } from "~/lib/db.server";
import { hashPassword, verifyPassword } from "~/lib/password.server";
import { seedDemoIfEmpty, demoLogins } from "~/models/demo.server";
import { acceptInvitation, createInvitation, findInvitation, invitationLifetimeMs } from "~/models/invitation.server";
import { claimLoginAttempt, loginSucceeded, loginThrottle } from "~/models/login-throttle.server";
import { changeRole, LastOwnerError, listMembers, removeMember } from "~/models/membership.server";
import { createOrganization, listOrganizationsOf } from "~/models/organization.server";
import { createUser, EmailTakenError, verifyLogin } from "~/models/user.server";

import { insertUser } from "../support/fixtures";

let counter = 0;
const uniqueEmail = () => `user${++counter}-${Date.now()}@example.org`;
const newUser = (email = uniqueEmail()) => createUser({ name: "Test User", email, password: "test password" });
// Accounts made by the model itself (hashing each password with argon2id) only where a password is what is tested.
const someone = () => insertUser();
const newCoalition = (ownerId: string) =>
  createOrganization(
    { kind: "coalition", name: "Co", slug: `co-${++counter}`, state: "OH", timeZone: "America/New_York" },
    ownerId,
  );

describe("the database", () => {
  it("is a migrated SQLite file with WAL, foreign keys and a busy timeout", () => {
    const client = db.$client;
    expect(client.name).toBe(process.env.DATABASE_PATH);
    expect(client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(client.pragma("busy_timeout", { simple: true })).toBe(5000);
    const tables = client.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        "users",
        "sessions",
        "organizations",
        "memberships",
        "invitations",
        "districts",
        "schools",
        "__drizzle_migrations",
      ]),
    );
  });
});

describe("users", () => {
  it("hashes passwords with argon2id and never stores them in the clear", async () => {
    const email = uniqueEmail();
    await newUser(email);
    const stored = db.$client.prepare("select password_hash from users where email = ?").pluck().get(email) as string;
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(stored).not.toContain("test password");
    expect(await verifyPassword(stored, "test password")).toBe(true);
    expect(await verifyPassword(stored, "Test password")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("keeps emails unique whatever their case, and logs in with any case", async () => {
    const email = uniqueEmail();
    await newUser(email.toUpperCase());
    await expect(newUser(email)).rejects.toBeInstanceOf(EmailTakenError);
    expect(await verifyLogin(email.toUpperCase(), "test password")).toMatchObject({ email });
    expect(await verifyLogin(email, "wrong password")).toBeNull();
    expect(await verifyLogin(uniqueEmail(), "test password")).toBeNull();
  });
});

describe("login throttle", () => {
  it("stops guesses at one email from many addresses until the oldest leaves the window, but not the owner's own", () => {
    const email = uniqueEmail();
    const start = new Date("2030-01-01T12:00:00Z");
    const { perEmail } = loginThrottle;
    const home = claimLoginAttempt(email, "10.1.0.1", start);
    if (!home.ok) throw new Error("the first attempt is refused");
    loginSucceeded(home, start);
    for (let i = 0; i < perEmail.max; i++) expect(claimLoginAttempt(email, `10.0.0.${i}`, start).ok).toBe(true);
    expect(claimLoginAttempt(email, "10.0.0.99", start)).toEqual({ ok: false, retryAfter: perEmail.windowMs / 1000 });
    expect(claimLoginAttempt(email, "10.1.0.1", start).ok).toBe(true);
    const later = new Date(start.getTime() + perEmail.windowMs + 1);
    expect(claimLoginAttempt(email, "10.0.0.99", later).ok).toBe(true);
  });
});

describe("memberships", () => {
  it("never leaves an organization without an owner", () => {
    const owner = someone();
    const other = someone();
    const org = newCoalition(owner.id);
    expect(listOrganizationsOf(owner.id).map((o) => o.role)).toEqual(["owner"]);
    expect(() => changeRole(org.id, owner.id, "member")).toThrow(LastOwnerError);
    expect(() => removeMember(org.id, owner.id)).toThrow(LastOwnerError);
    db.$client
      .prepare("insert into memberships (organization_id, user_id, role) values (?, ?, 'member')")
      .run(org.id, other.id);
    expect(changeRole(org.id, other.id, "owner")).toBe(true);
    expect(removeMember(org.id, owner.id)).toBe(true);
    expect(listMembers(org.id).map((m) => [m.userId, m.role])).toEqual([[other.id, "owner"]]);
    expect(removeMember(org.id, owner.id)).toBe(false);
  });
});

describe("invitations", () => {
  it("works once, for seven days, only for the account with the invited address", () => {
    const owner = someone();
    const guest = someone();
    const stranger = someone();
    const org = newCoalition(owner.id);
    const now = new Date("2030-03-01T00:00:00Z");
    const sent: string[] = [];
    const send = (invitation: { email: string }) => void sent.push(invitation.email);
    const email = guest.email.toUpperCase();
    const input = { organizationId: org.id, email, role: "organizer" as const, invitedBy: owner.id };
    const invited = createInvitation(input, send, now);
    if (!invited.ok) throw new Error(`not invited: ${invited.reason}`);
    expect(sent).toEqual([guest.email]);
    const { token } = invited;
    expect(findInvitation(token, now)?.state).toBe("pending");
    expect(findInvitation(token, new Date(now.getTime() + invitationLifetimeMs))?.state).toBe("expired");
    const later = new Date(now.getTime() + invitationLifetimeMs);
    expect(acceptInvitation(token, guest, later)).toEqual({ ok: false, reason: "expired" });
    expect(acceptInvitation(token, stranger, now)).toEqual({ ok: false, reason: "wrong-account" });

    expect(acceptInvitation(token, guest, now)).toEqual({ ok: true, organizationSlug: org.slug, alreadyMember: false });
    expect(acceptInvitation(token, guest, now)).toEqual({ ok: false, reason: "accepted" });
    expect(findInvitation("nonsense-token-that-matches-nothing")).toBeNull();

    // A member is never invited again, so an invitation cannot change anyone's role.
    const again = createInvitation({ ...input, email: owner.email, role: "member" }, send, now);
    expect(again).toEqual({ ok: false, reason: "member" });
    expect(sent).toEqual([guest.email]);
    expect(listMembers(org.id).find((m) => m.userId === owner.id)?.role).toBe("owner");
  });
});

describe("demo data", () => {
  it("seeds an empty database once, and never over existing data", async () => {
    // This file's database already holds users, so the seed must refuse.
    expect(await seedDemoIfEmpty()).toBeNull();
    expect(db.$client.prepare("select count(*) from users where email = ?").pluck().get(demoLogins[0].email)).toBe(0);
  });
});
