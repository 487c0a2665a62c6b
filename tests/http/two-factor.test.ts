import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, fieldValue, html } from "../support/client";
import { isTo, linkIn, waitForOutboxMail } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";
import { codeFor, enrolTwoFactor, recoveryCodesOn, secretOn } from "../support/two-factor";

// The operator's address is named in OPERATOR_EMAILS, as a real server would be configured.
const operatorEmail = "operator-2fa@example.org";
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { OPERATOR_EMAILS: operatorEmail } });
});
afterAll(async () => {
  await server?.stop();
});

const password = "correct horse battery";
let counter = 0;
const uniqueEmail = (name: string) => `${name}-${++counter}@example.org`;

/** Sets up two-step sign-in for a signed-in client; returns the secret and the recovery codes shown. */
async function enrol(client: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrolled = await enrolTwoFactor(client);
  expect(enrolled.secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(enrolled.recoveryCodes).toHaveLength(10);
  return enrolled;
}

/** Lets the next login use a code of the current step again, as if the last use were long ago. */
function forgetLastUsedCode(email: string) {
  server
    .database()
    .prepare("update two_factor set last_used_step = 0 where user_id = (select id from users where email = ?)")
    .run(email);
}

async function enrolledUser(name: string) {
  const email = uniqueEmail(name);
  const client = new Client(server.url);
  await client.signUp(name, email, password);
  const { secret, recoveryCodes } = await enrol(client);
  return { email, secret, recoveryCodes };
}

/** A fresh browser that got past the password; it holds the second-step cookie and no session. */
async function pastPassword(email: string, redirectTo = "") {
  const browser = new Client(server.url);
  const response = await browser.post("/login", { email, password, redirectTo });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/login/two-factor");
  const cookies = response.headers.getSetCookie();
  expect(cookies.some((cookie) => cookie.startsWith("fulcrum_session="))).toBe(false);
  const pending = cookies.find((cookie) => cookie.startsWith("fulcrum_2fa="))!;
  expect(pending).toMatch(/HttpOnly/i);
  expect(pending).toMatch(/Max-Age=600/i);
  return browser;
}

describe("setting up two-step sign-in", () => {
  it("shows the key and a QR code (no inline styles), takes a current code, then ten recovery codes once", async () => {
    const client = new Client(server.url);
    const email = uniqueEmail("setup");
    await client.signUp("Setup", email, password);
    expect(await html(await client.get("/home"))).toContain("Protect your account with a second step");
    // A session opened with the password alone, before the second step existed (perhaps not by this person).
    const earlier = new Client(server.url);
    expect((await earlier.logIn(email, password)).status).toBe(302);
    expect((await earlier.get("/home")).status).toBe(200);

    const page = await html(await client.get("/account/two-factor"));
    const secret = secretOn(page)!;
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page)?.[0] ?? "";
    expect(svg).toContain('role="img"');
    expect(svg).not.toMatch(/style=/i);
    expect(page).toMatch(/autocomplete="one-time-code"/i);
    expect(page).toMatch(/inputmode="numeric"/i);
    // The same key on a reload, so a code already scanned keeps working.
    expect(secretOn(await html(await client.get("/account/two-factor")))).toBe(secret);

    const wrong = await client.post("/account/two-factor", {
      intent: "confirm",
      code: "12345",
      password: "",
      redirectTo: "",
    });
    expect(wrong.status).toBe(400);
    const wrongPage = await html(wrong);
    expect(fieldErrors(wrongPage).code).toMatch(/6-digit code/);
    expect(fieldValue(wrongPage, "code")).toBe("12345");
    const stale = codeFor(secret, -10);
    const staleAnswer = await client.post("/account/two-factor", {
      intent: "confirm",
      code: stale,
      password: "",
      redirectTo: "",
    });
    expect(staleAnswer.status).toBe(400);
    expect(fieldErrors(await html(staleAnswer)).code).toMatch(/not right/);

    const confirmed = await client.post("/account/two-factor", {
      intent: "confirm",
      code: codeFor(secret),
      password: "",
      redirectTo: "/account/emails",
    });
    expect(confirmed.status).toBe(200);
    const done = await html(confirmed);
    const codes = recoveryCodesOn(done);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(done).toContain('href="/account/emails"');
    expect((await earlier.get("/home")).status).toBe(302);
    expect((await client.get("/home")).status).toBe(200);

    // Afterwards no page shows the key or the codes again, and the database holds only hashes.
    const after = await html(await client.get("/account/two-factor"));
    expect(after).toContain("Two-step sign-in is on. You have 10 unused recovery codes.");
    expect(after).not.toContain(secret);
    expect(secretOn(after)).toBeNull();
    for (const code of codes) expect(after).not.toContain(code);
    expect(await html(await client.get("/home"))).not.toContain("Protect your account with a second step");
    const stored = server
      .database()
      .prepare("select code_hash from recovery_codes where user_id = (select id from users where email = ?)")
      .pluck()
      .all(email);
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(stored.join(" ")).not.toContain(code.replace("-", ""));
  });

  it("turns off only with the password, for someone who chose it", async () => {
    const client = new Client(server.url);
    const email = uniqueEmail("off");
    await client.signUp("Off", email, password);
    await enrol(client);
    const wrong = await client.post("/account/two-factor", { intent: "disable", password: "not my password" });
    expect(wrong.status).toBe(400);
    expect(fieldErrors(await html(wrong)).password).toMatch(/not right/);
    const off = await client.post("/account/two-factor", { intent: "disable", password });
    expect(off.status).toBe(200);
    expect(await html(off)).toContain("Two-step sign-in is off");
    const login = await new Client(server.url).post("/login", { email, password, redirectTo: "" });
    expect(login.headers.get("location")).toBe("/home");
  });
});

describe("logging in with two-step sign-in", () => {
  it("needs the code after the password, refuses a wrong one next to the field, and keeps redirectTo", async () => {
    const { email, secret } = await enrolledUser("login");
    const browser = await pastPassword(email, "/account/emails");
    expect((await browser.get("/home")).status).toBe(302);
    const page = await browser.get("/login/two-factor");
    expect(page.status).toBe(200);
    const form = await html(page);
    expect(form).toMatch(/autocomplete="one-time-code"/i);
    expect(form).toMatch(/inputmode="numeric"/i);

    const empty = await browser.post("/login/two-factor", { intent: "code", code: "" });
    expect(empty.status).toBe(400);
    expect(fieldErrors(await html(empty)).code).toMatch(/6-digit code/);
    const wrongCode = codeFor(secret) === "000000" ? "111111" : "000000";
    const wrong = await browser.post("/login/two-factor", { intent: "code", code: wrongCode });
    expect(wrong.status).toBe(400);
    const wrongPage = await html(wrong);
    expect(fieldErrors(wrongPage).code).toMatch(/not right.*4 tries left/);
    expect(fieldValue(wrongPage, "code")).toBe(wrongCode);
    expect((await browser.get("/home")).status).toBe(302);

    // Setup used the current step's code: the next step's is the one the app shows next.
    const right = await browser.post("/login/two-factor", { intent: "code", code: codeFor(secret, 1) });
    expect(right.status).toBe(302);
    expect(right.headers.get("location")).toBe("/account/emails");
    expect(right.headers.getSetCookie().some((cookie) => cookie.startsWith("fulcrum_session="))).toBe(true);
    expect((await browser.get("/account/emails")).status).toBe(200);
  });

  it("refuses a code that was already used (replay), even from another browser", async () => {
    const { email, secret } = await enrolledUser("replay");
    const code = codeFor(secret, 1);
    const first = await pastPassword(email);
    expect((await first.post("/login/two-factor", { intent: "code", code })).status).toBe(302);
    const second = await pastPassword(email);
    const replayed = await second.post("/login/two-factor", { intent: "code", code });
    expect(replayed.status).toBe(400);
    const replayedPage = await html(replayed);
    expect(fieldErrors(replayedPage).code).toMatch(/just used/);
    expect((await second.get("/home")).status).toBe(302);
  });

  it("takes a recovery code instead, once", async () => {
    const { email, recoveryCodes } = await enrolledUser("recovery");
    const code = recoveryCodes[3]!;
    const first = await pastPassword(email);
    // Typed in capitals without the dash still counts.
    const used = await first.post("/login/two-factor", {
      intent: "recovery",
      code: code.replace("-", "").toUpperCase(),
    });
    expect(used.status).toBe(302);
    expect((await first.get("/home")).status).toBe(200);
    expect(await html(await first.get("/account/two-factor"))).toContain("You have 9 unused recovery codes.");

    const again = await pastPassword(email);
    const refused = await again.post("/login/two-factor", { intent: "recovery", code });
    expect(refused.status).toBe(400);
    const page = await html(refused);
    expect(fieldErrors(page).recoveryCode).toMatch(/already used/);
    expect(fieldValue(page, "recoveryCode")).toBe(code);
    expect((await again.post("/login/two-factor", { intent: "recovery", code: recoveryCodes[4]! })).status).toBe(302);
  });

  it("starts over from the password after five wrong codes, and after ten minutes", async () => {
    const { email, secret } = await enrolledUser("throttle");
    const browser = await pastPassword(email);
    const wrongCode = codeFor(secret, 1) === "000000" ? "111111" : "000000";
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await browser.post("/login/two-factor", { intent: "code", code: wrongCode })).status).toBe(400);
    }
    const fifth = await browser.post("/login/two-factor", { intent: "code", code: wrongCode });
    expect(fifth.status).toBe(400);
    expect(await html(fifth)).toContain("too many wrong codes");
    // Even the right code does not help now: the password comes first again.
    const late = await browser.post("/login/two-factor", { intent: "code", code: codeFor(secret, 1) });
    expect(late.status).toBe(400);
    expect(await html(late)).toContain("Please log in again");
    expect((await browser.get("/home")).status).toBe(302);

    // Codes sent all at once get no more tries than codes sent one by one.
    const hurried = await enrolledUser("burst");
    const burst = await pastPassword(hurried.email);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => burst.post("/login/two-factor", { intent: "code", code: wrongCode }).then(html)),
    );
    expect(answers.filter((page) => /not right|too many wrong codes/.test(page))).toHaveLength(5);

    const slow = await pastPassword(email);
    server
      .database()
      .prepare("update two_factor_challenges set expires_at = ? where user_id = (select id from users where email = ?)")
      .run(Date.now() - 1, email);
    const expired = await slow.post("/login/two-factor", { intent: "code", code: codeFor(secret, 1) });
    expect(expired.status).toBe(400);
    expect(await html(expired)).toContain("took more than 10 minutes");
    expect(await html(await slow.get("/login/two-factor"))).toContain("Log in again");

    // Across sign-ins, the account allows ten wrong codes in 15 minutes, then waits.
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await slow.post("/login", { email, password, redirectTo: "" })).status).toBe(302);
      expect((await slow.post("/login/two-factor", { intent: "code", code: wrongCode })).status).toBe(400);
    }
    expect((await slow.post("/login", { email, password, redirectTo: "" })).status).toBe(302);
    const locked = await slow.post("/login/two-factor", { intent: "code", code: codeFor(secret, 1) });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a password reset link does not skip the second step", async () => {
    const { email, secret } = await enrolledUser("reset");
    expect((await new Client(server.url).post("/forgot-password", { email })).status).toBe(200);
    const mail = await waitForOutboxMail(
      server.outboxDir,
      (m) => isTo(email)(m) && Boolean(m.text?.includes("/reset-password/")),
    );
    const link = new URL(linkIn(mail, "/reset-password/")).pathname;
    const browser = new Client(server.url);
    const reset = await browser.post(link, { password: "a brand new passphrase" });
    expect(reset.status).toBe(302);
    expect(reset.headers.get("location")).toBe("/login/two-factor");
    expect((await browser.get("/home")).status).toBe(302);
    forgetLastUsedCode(email);
    const done = await browser.post("/login/two-factor", { intent: "code", code: codeFor(secret) });
    expect(done.headers.get("location")).toBe("/home?password=changed");
  });
});

describe("who must have two-step sign-in", () => {
  const userId = (email: string) =>
    (server.database().prepare("select id from users where email = ?").get(email) as { id: string }).id;

  async function agencyStaff(slug: string, verified: boolean) {
    const email = uniqueEmail(slug);
    const client = new Client(server.url);
    await client.signUp("Agency staff", email, password);
    await client.createCoalition(slug, `Agency ${slug}`, "state_agency");
    if (verified)
      server.database().prepare("update organizations set verified_at = ? where slug = ?").run(Date.now(), slug);
    return { client, email };
  }

  /** Every page, open ones too, sends the person to the setup page, coming back afterwards. */
  async function expectForcedToEnrol(client: Client, slug: string | null) {
    const pages = [
      "/home",
      "/about",
      "/",
      "/account/emails",
      "/orgs/new",
      ...(slug ? [`/o/${slug}`, `/o/${slug}/guidance`] : []),
    ];
    for (const path of pages) {
      const response = await client.get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe(
        `/account/two-factor?${new URLSearchParams({ redirectTo: path })}`,
      );
    }
    const post = await client.post("/orgs/new", {
      kind: "coalition",
      name: "Sneaky",
      slug: `sneaky-${++counter}`,
      state: "OH",
      timeZone: "America/New_York",
    });
    expect(post.status).toBe(302);
    expect(post.headers.get("location")).toMatch(/^\/account\/two-factor\?/);
  }

  it("sends verified agency staff to set it up before any page, says why, never lets them turn it off", async () => {
    const { client, email } = await agencyStaff("verified-agency", true);
    await expectForcedToEnrol(client, "verified-agency");
    // Straight after the password, too.
    const browser = new Client(server.url);
    const login = await browser.post("/login", { email, password, redirectTo: "/o/verified-agency" });
    expect(login.headers.get("location")).toBe("/o/verified-agency");
    expect((await browser.get("/o/verified-agency")).headers.get("location")).toBe(
      "/account/two-factor?redirectTo=%2Fo%2Fverified-agency",
    );

    const setupPage = await client.get("/account/two-factor?redirectTo=%2Fo%2Fverified-agency");
    expect(setupPage.status).toBe(200);
    const setup = await html(setupPage);
    expect(setup).toContain("You work for a verified state agency");
    const secret = secretOn(setup)!;
    const confirmed = await client.post("/account/two-factor", {
      intent: "confirm",
      code: codeFor(secret),
      password: "",
      redirectTo: "/o/verified-agency",
    });
    expect(confirmed.status).toBe(200);
    expect(await html(confirmed)).toContain('href="/o/verified-agency"');
    expect((await client.get("/o/verified-agency")).status).toBe(200);
    expect((await client.get("/home")).status).toBe(200);

    const page = await html(await client.get("/account/two-factor"));
    expect(page).toContain("Your account needs this");
    expect(page).not.toContain("Turn off two-step sign-in");
    const off = await client.post("/account/two-factor", { intent: "disable", password });
    expect(off.status).toBe(403);
    expect(await html(off)).toContain("You can replace it");
    expect(userId(email)).toBeTruthy();
    expect(
      server.database().prepare("select enabled_at from two_factor where user_id = ?").pluck().get(userId(email)),
    ).not.toBeNull();

    // Replacing it: a new key, the password and a code from the new app; the old key stops working.
    const started = await client.post("/account/two-factor", { intent: "replace" });
    expect(started.headers.get("location")).toBe("/account/two-factor?replace=1");
    const replace = await html(await client.get("/account/two-factor?replace=1"));
    const newSecret = secretOn(replace)!;
    expect(newSecret).not.toBe(secret);
    const noPassword = await client.post("/account/two-factor?replace=1", {
      intent: "confirm",
      code: codeFor(newSecret),
      password: "",
      redirectTo: "",
    });
    expect(noPassword.status).toBe(400);
    expect(fieldErrors(await html(noPassword)).password).toMatch(/password/);
    const replaced = await client.post("/account/two-factor?replace=1", {
      intent: "confirm",
      code: codeFor(newSecret),
      password,
      redirectTo: "",
    });
    expect(replaced.status).toBe(200);
    expect(recoveryCodesOn(await html(replaced))).toHaveLength(10);
    forgetLastUsedCode(email);
    const oldKey = await pastPassword(email);
    expect((await oldKey.post("/login/two-factor", { intent: "code", code: codeFor(secret) })).status).toBe(400);
    expect((await oldKey.post("/login/two-factor", { intent: "code", code: codeFor(newSecret) })).status).toBe(302);
  });

  it("sends an operator with a confirmed address to set it up too", async () => {
    const client = new Client(server.url);
    await client.signUp("Operator", operatorEmail, password);
    // Not yet an operator: the address is not confirmed.
    expect((await client.get("/home")).status).toBe(200);
    server.database().prepare("update users set email_verified_at = ? where email = ?").run(Date.now(), operatorEmail);
    await expectForcedToEnrol(client, null);
    const setup = await html(await client.get("/account/two-factor"));
    expect(setup).toContain("You run this Fulcrum server");
    await enrol(client);
    expect((await client.get("/home")).status).toBe(200);
  });

  it("does not force staff of an agency that is not verified, nor coalition members", async () => {
    const { client } = await agencyStaff("unverified-agency", false);
    expect((await client.get("/home")).status).toBe(200);
    expect((await client.get("/o/unverified-agency")).status).toBe(200);
    const page = await html(await client.get("/account/two-factor"));
    expect(page).not.toContain("Your account needs this");
    expect(page).not.toContain("Please set this up before you go on");
    const coalition = new Client(server.url);
    await coalition.signUp("Parent", uniqueEmail("parent"), password);
    await coalition.createCoalition("parents-2fa");
    expect((await coalition.get("/o/parents-2fa")).status).toBe(200);
  });
});
