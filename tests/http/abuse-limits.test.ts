import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { checkedRadio, Client, decode, fieldErrors, fieldValue, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

// Behind a proxy (TRUST_PROXY=true) the server takes the client's address from X-Forwarded-For, which lets one
// test speak from many addresses. Each test uses addresses of its own, so no test eats another's allowance.
let server: RunningServer;
let nextAddress = 0;
const newAddress = () => `203.0.113.${++nextAddress}`;
const from = (address: string) => new Client(server.url, { "X-Forwarded-For": address });

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "true" } });
});
afterAll(async () => {
  await server?.stop();
});

const formMessage = (page: string) => /<p class="error-summary__message">([^<]+)<\/p>/.exec(page)?.[1];
const tally = (statuses: number[]) => {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};

async function signUpFrom(address: string, name: string, email: string, password: string) {
  const client = from(address);
  await client.signUp(name, email, password);
  await client.post("/logout", {});
  return client;
}

describe("login attempts", () => {
  it.each([
    ["with an account", "rush@example.org"],
    ["without an account", "no-account-rush@example.org"],
  ])("checks at most 5 passwords when 30 wrong ones for one email %s arrive at once", async (_label, email) => {
    if (email === "rush@example.org") await signUpFrom(newAddress(), "Rush Target", email, "rush password 1");
    const address = newAddress();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => from(address).logIn(email, `wrong guess ${i}`)),
    );
    expect(tally(responses.map((r) => r.status))).toEqual({
      400: 5,
      429: 25,
    });
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(formMessage(await refused.text())).toMatch(/^Too many failed attempts\. Please wait 15 minutes/);
    // The right password, once the limit is reached, is not checked either.
    expect((await from(address).logIn(email, "rush password 1")).status).toBe(429);
  });

  it("checks at most 20 passwords from one address across many emails, even all at once", async () => {
    const address = newAddress();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => from(address).logIn(`spray-${i}@example.org`, "password1")),
    );
    expect(tally(responses.map((r) => r.status))).toEqual({ 400: 20, 429: 10 });
  });

  it("lets the owner log in from their own address while an attacker's address is refused", async () => {
    await signUpFrom(newAddress(), "Owner Away", "owner-away@example.org", "owner away password");
    const attacker = newAddress();
    for (let i = 0; i < 5; i++)
      expect((await from(attacker).logIn("owner-away@example.org", `guess ${i}`)).status).toBe(400);
    expect((await from(attacker).logIn("owner-away@example.org", "owner away password")).status).toBe(429);

    const owner = from(newAddress());
    const login = await owner.logIn("owner-away@example.org", "owner away password");
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe("/home");
    expect((await owner.get("/home")).status).toBe(200);
  });

  it("slows guesses at one account from many addresses, but the owner's usual address still gets in", async () => {
    const home = newAddress();
    await signUpFrom(home, "Many Foes", "many-foes@example.org", "many foes password");
    // One earlier login from home makes it an address the account is known to use.
    expect((await from(home).logIn("many-foes@example.org", "many foes password")).status).toBe(302);

    const attackers = Array.from({ length: 20 }, newAddress);
    const guesses = await Promise.all(
      attackers.map((address) => from(address).logIn("many-foes@example.org", "guess")),
    );
    expect(tally(guesses.map((r) => r.status))).toEqual({ 400: 20 });
    // The 21st address is refused without its password being checked, even the right one.
    expect((await from(newAddress()).logIn("many-foes@example.org", "many foes password")).status).toBe(429);
    expect((await from(newAddress()).logIn("many-foes@example.org", "guess")).status).toBe(429);

    expect((await from(home).logIn("many-foes@example.org", "many foes password")).status).toBe(302);
  });

  it("forgives the owner's own mistakes once they log in", async () => {
    const address = newAddress();
    await signUpFrom(newAddress(), "Typo Prone", "typo@example.org", "typo prone password");
    for (let i = 0; i < 4; i++) expect((await from(address).logIn("typo@example.org", `typo ${i}`)).status).toBe(400);
    expect((await from(address).logIn("typo@example.org", "typo prone password")).status).toBe(302);
    for (let i = 0; i < 4; i++)
      expect((await from(address).logIn("typo@example.org", `typo again ${i}`)).status).toBe(400);
    expect((await from(address).logIn("typo@example.org", "typo prone password")).status).toBe(302);
  });
});

describe("sign-up", () => {
  it("tells one address at most 5 times an hour that an email is taken, then refuses with entries kept", async () => {
    const emails = Array.from({ length: 7 }, (_, i) => `known-${i}@example.org`);
    for (const email of emails) await signUpFrom(newAddress(), "Known", email, "known password");

    const prober = newAddress();
    const answers = await Promise.all(
      emails.map((email) =>
        from(prober).post("/signup", {
          name: "Prober",
          email,
          password: "probe password",
        }),
      ),
    );
    expect(tally(answers.map((r) => r.status))).toEqual({ 400: 5, 429: 2 });
    const told = answers.find((r) => r.status === 400)!;
    expect(fieldErrors(await told.text()).email).toMatch(/already exists/);

    const refused = await from(prober).post("/signup", {
      name: "Pat Prober",
      email: emails[0]!,
      password: "probe password",
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const page = await html(refused);
    expect(decode(formMessage(page) ?? "")).toMatch(
      /^Too many sign-up attempts\. Please wait (\d+ minutes|about 1 hour)/,
    );
    expect(fieldValue(page, "name")).toBe("Pat Prober");
    expect(fieldValue(page, "email")).toBe(emails[0]);
    expect(fieldValue(page, "password")).toBe("");
    // Nor does that address learn anything more by trying an address with no account.
    expect(
      (
        await from(prober).post("/signup", {
          name: "P",
          email: "fresh-p@example.org",
          password: "probe password",
        })
      ).status,
    ).toBe(429);
  });

  it("allows 20 new accounts an hour from one address, even when they all arrive at once", async () => {
    const address = newAddress();
    const responses = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        from(address).post("/signup", {
          name: `Parent ${i}`,
          email: `parent-night-${i}@example.org`,
          password: "school wifi pass",
        }),
      ),
    );
    expect(tally(responses.map((r) => r.status))).toEqual({ 302: 20, 429: 4 });
    const count = server
      .database()
      .prepare("select count(*) as n from users where email like 'parent-night-%'")
      .get() as { n: number };
    expect(count.n).toBe(20);
  });

  it("answers one email at most 5 times an hour, from any number of addresses", async () => {
    await signUpFrom(newAddress(), "Popular", "popular@example.org", "popular password");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await from(newAddress()).post("/signup", {
        name: "Asker",
        email: "popular@example.org",
        password: "asker password",
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
  });

  it("still takes a new person straight to creating their first coalition", async () => {
    const client = from(newAddress());
    const response = await client.post("/signup", {
      name: "New Parent",
      email: "new-parent@example.org",
      password: "new parent pass",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/orgs/new");
    expect((await client.createCoalition("new-parent-co")).headers.get("location")).toBe("/o/new-parent-co");
  });
});

describe("creating organizations", () => {
  const fields = (slug: string) => ({
    kind: "coalition",
    name: `Coalition ${slug}`,
    slug,
    state: "OH",
    timeZone: "America/New_York",
  });

  it("lets one account create 3 organizations a day, even all at once, and explains the refusal", async () => {
    const client = from(newAddress());
    await client.signUp("Busy Founder", "busy-founder@example.org");
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => client.post("/orgs/new", fields(`busy-${i}`))),
    );
    expect(tally(responses.map((r) => r.status))).toEqual({ 302: 3, 429: 3 });
    const count = server
      .database()
      .prepare("select count(*) as n from organizations where slug like 'busy-%'")
      .get() as { n: number };
    expect(count.n).toBe(3);

    const refused = await client.post("/orgs/new", {
      ...fields("busy-late"),
      kind: "state_agency",
      name: "Late Agency",
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);
    const page = await html(refused);
    expect(decode(formMessage(page) ?? "")).toBe(
      "You can create up to 3 organizations a day. Please try again in about 24 hours.",
    );
    expect(fieldValue(page, "name")).toBe("Late Agency");
    expect(fieldValue(page, "slug")).toBe("busy-late");
    expect(checkedRadio(page, "kind")).toBe("state_agency");
  });

  it("does not count an attempt that failed, and counts each account on its own", async () => {
    const first = from(newAddress());
    await first.signUp("First Founder", "first-founder@example.org");
    await first.createCoalition("first-founder-co");
    for (let i = 0; i < 3; i++) {
      expect((await first.post("/orgs/new", fields("first-founder-co"))).status).toBe(400);
    }
    await first.createCoalition("first-founder-2");
    await first.createCoalition("first-founder-3");
    expect((await first.post("/orgs/new", fields("first-founder-4"))).status).toBe(429);

    const second = from(newAddress());
    await second.signUp("Second Founder", "second-founder@example.org");
    expect((await second.createCoalition("second-founder-co")).status).toBe(302);
  });
});
