import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors, fieldValue, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("sign up", () => {
  it("creates an account, starts an httpOnly SameSite=Lax session and lands on the new-organization page", async () => {
    const client = new Client(server.url);
    const response = await client.post("/signup", {
      name: "Ada Park",
      email: "Ada@Example.org",
      password: "long enough pass",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/orgs/new");
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("fulcrum_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const home = await client.get("/home");
    expect(home.status).toBe(200);
    expect(await html(home)).toContain("Welcome, Ada Park");
  });

  it("treats emails case-insensitively: the same address in other case is taken", async () => {
    const client = new Client(server.url);
    await client.signUp("First", "case@example.org");
    const again = await new Client(server.url).post("/signup", {
      name: "Second",
      email: "CASE@EXAMPLE.ORG",
      password: "another long pass",
    });
    expect(again.status).toBe(400);
    const html = await again.text();
    expect(fieldErrors(html).email).toMatch(/already exists/);
    expect(fieldValue(html, "name")).toBe("Second");
    expect(fieldValue(html, "password")).toBe("");
  });

  it.each([
    ["everything empty", { name: "", email: "", password: "" }, ["name", "email", "password"]],
    ["a malformed email", { name: "Bo", email: "not-an-email", password: "long enough pass" }, ["email"]],
    [
      "a name that is too long",
      { name: "x".repeat(101), email: "bo@example.org", password: "long enough pass" },
      ["name"],
    ],
    ["a short password", { name: "Bo", email: "bo@example.org", password: "short" }, ["password"]],
    [
      "an over-long email",
      { name: "Bo", email: `${"a".repeat(250)}@example.org`, password: "long enough pass" },
      ["email"],
    ],
  ])("rejects %s with 400, a message by each field and the entries kept", async (_label, fields, invalidFields) => {
    const response = await new Client(server.url).post("/signup", fields);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(Object.keys(fieldErrors(html)).sort()).toEqual([...invalidFields].sort());
    if (fields.name) expect(fieldValue(html, "name")).toBe(fields.name);
  });

  it("ignores fields of the wrong type or shape without failing (missing password field entirely)", async () => {
    const response = await new Client(server.url).post("/signup", { name: "No Password", email: "np@example.org" });
    expect(response.status).toBe(400);
    expect(fieldErrors(await response.text()).password).toBeTruthy();
  });

  it("never redirects off-site after signing up", async () => {
    const response = await new Client(server.url).post("/signup", {
      name: "Redirect",
      email: "redirect@example.org",
      password: "long enough pass",
      redirectTo: "//evil.example/steal",
    });
    expect(response.headers.get("location")).toBe("/orgs/new");
  });
});

describe("log in and log out", () => {
  it("logs in with any case of the email, rotates the session id, and logging out ends the session on the server", async () => {
    const first = new Client(server.url);
    const signup = await first.signUp("Lou", "lou@example.org", "lou password 1");
    const signupCookie = signup.headers.getSetCookie()[0]!.split(";")[0];

    const second = new Client(server.url);
    const login = await second.logIn("LOU@example.org", "lou password 1");
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe("/home");
    const loginCookie = login.headers.getSetCookie()[0]!.split(";")[0];
    expect(loginCookie).not.toBe(signupCookie);

    const stolen = second.cookieHeader;
    const logout = await second.post("/logout", {});
    expect(logout.status).toBe(302);
    expect(logout.headers.getSetCookie()[0]).toMatch(/Max-Age=0/i);
    // The old cookie no longer works, even if someone kept a copy.
    const replay = await fetch(new URL("/home", server.url), { headers: { Cookie: stolen }, redirect: "manual" });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toMatch(/^\/login\?redirectTo=%2Fhome/);
    // The other session is untouched.
    expect((await first.get("/home")).status).toBe(200);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    await new Client(server.url).signUp("Known", "known@example.org", "known password");
    const wrong = await new Client(server.url).logIn("known@example.org", "not the password");
    const unknown = await new Client(server.url).logIn("nobody@example.org", "not the password");
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    const message = (html: string) => /<p class="error-summary__message">([^<]+)<\/p>/.exec(html)?.[1];
    const [a, b] = [message(await wrong.text()), message(await unknown.text())];
    expect(a).toBe("That email and password do not match an account.");
    expect(b).toBe(a);
  });

  it("rate limits failed logins per email and address with 429 and Retry-After, the same for an unknown email", async () => {
    await new Client(server.url).signUp("Target", "target@example.org", "target password");
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await new Client(server.url).logIn("target@example.org", `guess ${attempt}`)).status).toBe(400);
    }
    const blocked = await new Client(server.url).logIn("target@example.org", "target password");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const blockedText = await blocked.text();
    expect(blockedText).toContain("Too many failed attempts");

    for (let attempt = 0; attempt < 5; attempt++)
      await new Client(server.url).logIn("ghost@example.org", `guess ${attempt}`);
    const ghost = await new Client(server.url).logIn("ghost@example.org", "guess");
    expect(ghost.status).toBe(429);
    expect(await ghost.text()).toContain("Too many failed attempts");
  });

  it("rate limits failed logins per IP across many emails", async () => {
    const fresh = await startServer();
    try {
      for (let attempt = 0; attempt < 20; attempt++) {
        expect((await new Client(fresh.url).logIn(`spray${attempt}@example.org`, "password1")).status).toBe(400);
      }
      expect((await new Client(fresh.url).logIn("another@example.org", "password1")).status).toBe(429);
    } finally {
      await fresh.stop();
    }
  });

  it("rejects malformed login input with 400 and messages", async () => {
    const response = await new Client(server.url).post("/login", { email: "nope", password: "" });
    expect(response.status).toBe(400);
    const errors = fieldErrors(await response.text());
    expect(errors.email).toBeTruthy();
    expect(errors.password).toBeTruthy();
  });
});

describe("the server", () => {
  it("answers unknown pages with a friendly 404 page", async () => {
    const response = await new Client(server.url).get("/no/such/page");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });

  it.each([
    ["JSON", "application/json", '{"email": 1}'],
    ["plain text", "text/plain", "hello"],
    ["a broken multipart body", "multipart/form-data; boundary=x", "garbage"],
  ])("answers a post of %s with 400, not a server error", async (_label, contentType, body) => {
    const signedIn = new Client(server.url);
    await signedIn.signUp("Body Tester", `body-${contentType.length}-${body.length}@example.org`);
    for (const [client, path] of [
      [new Client(server.url), "/login"],
      [new Client(server.url), "/signup"],
      [signedIn, "/orgs/new"],
    ] as const) {
      const response = await client.request(path, { method: "POST", body, headers: { "Content-Type": contentType } });
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain("could not read what was sent");
    }
  });

  it("refuses form posts from another site", async () => {
    const response = await new Client(server.url).post(
      "/signup",
      { name: "Forged", email: "forged@example.org", password: "long enough pass" },
      { Origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    const check = await new Client(server.url).logIn("forged@example.org", "long enough pass");
    expect(check.status).toBe(400);
  });

  it("sends security headers with a nonce-based script policy", async () => {
    const response = await new Client(server.url).get("/");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const [, attributes] of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it("sends scripts and styles with nosniff but without a page's policies, which would only weigh on a slow phone", async () => {
    const html = await (await new Client(server.url).get("/")).text();
    const assets = [...html.matchAll(/"(\/build\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(assets.some((path) => path.endsWith(".js"))).toBe(true);
    expect(assets.some((path) => path.endsWith(".css"))).toBe(true);
    for (const path of new Set(assets)) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("content-security-policy"), path).toBeNull();
      expect(response.headers.get("x-frame-options"), path).toBeNull();
      await response.arrayBuffer();
    }
  });

  it("lets production pages connect only to their own origin, with no reload socket, whatever the shell says", async () => {
    // npm start in a shell left set up for development: the production server still forces production.
    const started = await startServer({ env: { NODE_ENV: "development", REMIX_DEV_ORIGIN: "http://localhost:3001" } });
    try {
      for (const url of [server.url, started.url]) {
        const response = await new Client(url).get("/");
        const csp = response.headers.get("content-security-policy")!;
        expect(csp.split("; ")).toContain("connect-src 'self'");
        expect(csp).not.toMatch(/wss?:/);
        expect(await response.text()).not.toContain("remixLiveReloadConnect");
      }
    } finally {
      await started.stop();
    }
  });

  it("marks the session cookie Secure when the request came over https through a trusted proxy", async () => {
    const proxied = await startServer({ env: { TRUST_PROXY: "true" } });
    try {
      const client = new Client(proxied.url, { "X-Forwarded-Proto": "https" });
      const response = await client.post(
        "/signup",
        { name: "Tls", email: "tls@example.org", password: "long enough pass" },
        { Origin: "https://" + new URL(proxied.url).host },
      );
      expect(response.status).toBe(302);
      expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
    } finally {
      await proxied.stop();
    }
  });

  it("logs one line per request and stops cleanly on SIGTERM", async () => {
    const own = await startServer({ env: { LOG_REQUESTS: "true" } });
    await new Client(own.url).get("/healthz");
    await new Client(own.url).get("/login");
    await expect.poll(() => own.output()).toMatch(/GET \/login 200 [\d.]+ms/);
    expect(own.output()).toMatch(/GET \/healthz 200 [\d.]+ms/);
    expect(await own.stop()).toBe(0);
    expect(own.output()).toContain("Fulcrum stopped.");
  });
});
