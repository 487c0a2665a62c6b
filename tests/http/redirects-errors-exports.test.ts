import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client, fieldErrors } from "../support/client";
import { startServer, type RunningServer } from "../support/server";
import { unicodeText } from "../support/unicode-text";

let server: RunningServer;
const password = "correct horse battery";

beforeAll(async () => {
  // The shell's NODE_ENV must not turn the production server into one that shows stack traces.
  server = await startServer({ env: { NODE_ENV: "development", TRUST_PROXY: "true" } });
  await new Client(server.url).signUp("Rita Redirect", "rita@example.org", password);
});
afterAll(async () => {
  await server?.stop();
});

/** Where a browser would go with this Location header, resolved against the page that sent it. */
function destination(response: Response): URL {
  return new URL(response.headers.get("location") ?? "", `${server.url}/login`);
}

// Tricks that bend a naive "starts with one slash" check to another site, or into a header that cannot be sent.
const hostileTargets = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\\evil.example",
  "/\t\\evil.example",
  "/..//evil.example",
  "/.//evil.example",
  "/x/../..//evil.example/",
  "//evil.example",
  "https://evil.example",
  " /\t/evil.example",
  "/a\r\nSet-Cookie: stolen=1",
  "/\u0000\u0001",
  "/\u2028/evil.example",
  "/%0d%0aSet-Cookie:%20stolen=1",
];

describe("redirects after login and sign-up", () => {
  it("sends every hostile login target to a page of this site, never a 500", async () => {
    for (const redirectTo of hostileTargets) {
      const client = new Client(server.url);
      const response = await client.post("/login", { email: "rita@example.org", password, redirectTo });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(destination(response).origin, JSON.stringify(redirectTo)).toBe(server.url);
      expect(response.headers.get("set-cookie") ?? "", "the session is still started").toMatch(/fulcrum_session=/);
    }
  }, 60_000);

  it("keeps any generated target on this site (property)", async () => {
    const target = fc.oneof(
      unicodeText({ maxLength: 30 }).map((tail) => `/${tail}`),
      fc
        .array(fc.constantFrom("/", "\\", "\t", "\n", "\r", ".", "%2f", "evil.example", " ", "@", ":"), {
          maxLength: 8,
        })
        .map((parts) => `/${parts.join("")}`),
    );
    await fc.assert(
      fc.asyncProperty(target, async (redirectTo) => {
        const response = await new Client(server.url).post("/login", {
          email: "rita@example.org",
          password,
          redirectTo,
        });
        expect(response.status).toBe(302);
        expect(destination(response).origin).toBe(server.url);
      }),
      // Each run is a real argon2 login; the unit tests run safeRedirect itself over hundreds of targets.
      { numRuns: 15 },
    );
  }, 60_000);

  it("keeps an ordinary path with its query", async () => {
    const response = await new Client(server.url).post("/login", {
      email: "rita@example.org",
      password,
      redirectTo: "/account/emails?tab=2#top",
    });
    expect(response.headers.get("location")).toBe("/account/emails?tab=2#top");
  });

  it("creates the account and redirects within the site for every hostile sign-up target", async () => {
    let n = 0;
    for (const redirectTo of hostileTargets) {
      n += 1;
      const client = new Client(server.url, { "X-Forwarded-For": `198.51.100.${n}` });
      const response = await client.post("/signup", {
        name: `New ${n}`,
        email: `new${n}@example.org`,
        password,
        redirectTo,
      });
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(destination(response).origin, JSON.stringify(redirectTo)).toBe(server.url);
      expect((await client.get("/home")).status, "signed in after sign-up").toBe(200);
    }
  }, 60_000);
});

describe("error pages on the production server", () => {
  const internals = /node_modules|\/work\/|\/home\/|\/tmp\/|at [\w.]+ \(|Error:|\.js:\d+/;

  it("answers missing and malformed asset URLs without a stack trace or a path of the disk", async () => {
    for (const path of ["/build/nothing-here.js", "/build/%E0%A4%A", "/build/..%2f..%2fpackage.json", "/build/%00"]) {
      const response = await fetch(`${server.url}${path}`);
      const body = await response.text();
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(body, path).not.toMatch(internals);
    }
  });

  it("answers a malformed page URL without internals", async () => {
    const response = await fetch(`${server.url}/o/%E0%A4%A/districts`);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toMatch(internals);
  });
});

describe("CSV exports", () => {
  it("turns every typed cell that a spreadsheet would run into text", async () => {
    const organizer = new Client(server.url);
    await organizer.logIn("rita@example.org", password);
    const slug = "formula-co";
    await organizer.createCoalition(slug);
    const districtId = await organizer.createDistrict(slug, "Formula District");
    const targetId = await organizer.createTarget(
      slug,
      districtId,
      '=HYPERLINK("https://evil.example","x")',
      "central-office",
      ["environment"],
    );
    const { path: campaignPath, id: campaignId } = await organizer.createCampaign(
      slug,
      districtId,
      "Spreadsheet safety",
      "Exports that open safely.",
    );
    const formulas = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "=cmd|' /C calc'!A0", "＝1+1"];
    for (const text of formulas) {
      const response = await organizer.post(`${campaignPath}/asks/new`, {
        targetId,
        text,
        domain: "environment",
        venue: "meeting",
        followUpOn: "",
      });
      expect(response.status, `${text}: ${JSON.stringify(fieldErrors(await response.text()))}`).toBe(302);
    }
    const tasksCsv = await organizer.post(`/o/${slug}/tasks/new`, {
      title: "@SUM(1+9)*cmd|' /C calc'!A0",
      details: "=cmd",
      dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      assigneeId: (
        server.database().prepare("select id from users where email = ?").get("rita@example.org") as { id: string }
      ).id,
      campaignId,
      meetingId: "",
      askId: "",
    });
    expect(tasksCsv.status, JSON.stringify(fieldErrors(await tasksCsv.text()))).toBe(302);

    const asks = parse(await (await organizer.get(`${campaignPath}/export/asks.csv`)).text(), {
      bom: true,
      columns: true,
    });
    const askTexts = (asks as Array<Record<string, string>>).map((row) => row["Ask"]);
    expect(askTexts.sort()).toEqual(formulas.map((text) => `'${text}`).sort());
    expect((asks as Array<Record<string, string>>)[0]!["Target"]).toBe(`'=HYPERLINK("https://evil.example","x")`);
    const tasks = parse(await (await organizer.get(`${campaignPath}/export/tasks.csv`)).text(), {
      bom: true,
      columns: true,
    });
    expect((tasks as Array<Record<string, string>>)[0]).toMatchObject({
      Task: "'@SUM(1+9)*cmd|' /C calc'!A0",
      Details: "'=cmd",
    });
  });
});
