// The state overview over HTTP on the real server: it shows only what `npm run reminders` recorded when a month
// ended, counts sharing coalitions without the agency's own, hides small cells, and a later change of sharing
// does not rewrite a recorded month.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyAgency } from "../support/admin";
import { Client, html } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

const root = fileURLToPath(new URL("../..", import.meta.url));
const agency = "oh-agency";
let server: RunningServer;
let staff: Client;
// Each coalition has its own owner: one person may start only three organizations a day.
const owners = new Map<string, Client>();
const owner = (slug: string) => owners.get(slug)!;

/** `npm run reminders` against the test server's database, as cron would run it. */
function runReminders(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, "node_modules/.bin/tsx"), ["scripts/reminders.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: server.databasePath, OUTBOX_DIR: server.outboxDir, SEED_DEMO: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const districts = new Map<string, string>();

async function sharingCoalition(client: Client, slug: string, type: string, share = true) {
  await client.createCoalition(slug);
  const district = await client.createDistrict(slug, `District of ${slug}`);
  districts.set(slug, district);
  expect((await client.declare(slug, district, type)).status).toBe(302);
  if (share)
    expect((await client.post(`/o/${slug}/settings`, { intent: "sharing", shareDeclarations: "on" })).status).toBe(200);
}

const overview = async () => html(await staff.get(`/o/${agency}/overview`));
/** The counts part of the page, from its heading to the guidance section. */
const counts = (page: string) =>
  page.slice(page.indexOf("Declared system types"), page.indexOf("How your guidance was received"));
// A cell carries its column's name (data-label) so the table can stack as labelled cards on a phone.
const cell = (page: string, type: string) =>
  new RegExp(`<th scope="row">${type}</th><td[^>]*>([^<]*)</td>`).exec(page)?.[1];

// The month that last ended, as the server names it.
const now = new Date();
const lastMonthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
const lastMonth = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
  lastMonthStart,
);

beforeAll(async () => {
  // No reminder pass in the server: this file runs the pass itself, from the command line.
  server = await startServer({ env: { REMINDERS: "false" } });
  staff = new Client(server.url);
  await staff.signUp("Staff", "staff@ohio.example.org");
  await staff.createCoalition(agency, "Ohio Department of Education", "state_agency");
  await verifyAgency(server.databasePath, agency, [staff]);
  const coalitions = [
    ...["net-a", "net-b", "net-c", "net-d", "net-e"].map((slug) => [slug, "networked", true] as const),
    ["man-a", "managerial", true] as const,
    ["net-quiet", "networked", false] as const,
  ];
  for (const [slug, type, share] of coalitions) {
    const client = new Client(server.url);
    await client.signUp(`Owner of ${slug}`, `owner-${slug}@example.org`);
    owners.set(slug, client);
    await sharingCoalition(client, slug, type, share);
  }
  // The agency's own coalition, run from a staff account: it shares, and is never counted.
  await sharingCoalition(staff, "net-puppet", "networked");
  // Everything above happened last month, as far as the recorded month is concerned.
  const backdated = lastMonthStart.getTime() + 86_400_000;
  const database = server.database();
  database.prepare("update declarations set created_at = ?").run(backdated);
  database.prepare("update organizations set created_at = ?").run(backdated);
});
afterAll(async () => {
  await server?.stop();
});

describe("state overview", () => {
  it("explains what the agency sees, and shows nothing before a month was recorded", async () => {
    const page = await overview();
    expect(page).toContain("Only coalitions in Ohio that chose to share are counted.");
    expect(page).toContain("Any number below 5, zero included, shows as “fewer than 5”.");
    expect(page).toContain("Nothing has been recorded yet.");
    expect(cell(page, "Networked")).toBeUndefined();
    const settings = await html(await owner("net-a").get("/o/net-a/settings"));
    expect(settings).toContain("Guidance the agency writes for one system type reaches you only if you share.");
    expect(settings).toContain("months already recorded stay as they were");
  });

  it("shows the month npm run reminders recorded, from sharing coalitions only, and never rewrites it", async () => {
    const first = await runReminders();
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain("overview: recorded last month for 1 state(s)");
    const page = await overview();
    expect(page).toContain(`Declared system types, end of ${lastMonth}`);
    // Five sharing networked coalitions: not the one that keeps its type to itself, nor the agency's own.
    expect(cell(page, "Networked")).toBe("5");
    expect(cell(page, "Managerial")).toBe("fewer than 5");
    expect(cell(page, "Federated")).toBe("fewer than 5"); // zero is hidden too
    expect(page).toContain(`Networked: 5`);
    expect(page).not.toContain("net-a");

    // Two coalitions stop sharing and one re-declares: the recorded month stays exactly as it was.
    await owner("net-a").post("/o/net-a/settings", { intent: "sharing" });
    await owner("net-b").post("/o/net-b/settings", { intent: "sharing" });
    expect((await owner("net-c").declare("net-c", districts.get("net-c")!, "managerial")).status).toBe(302);
    const second = await runReminders();
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toContain("overview:");
    expect(counts(await overview())).toBe(counts(page));
    expect(cell(await overview(), "Networked")).toBe("5");
    expect((await owner("net-a").get(`/o/net-a/overview`)).status).toBe(404);
  });

  it("reads in Spanish for staff who chose it: the month, the types and the hidden cells in Spanish words", async () => {
    expect((await staff.post("/language", { language: "es", returnTo: `/o/${agency}/overview` })).status).toBe(303);
    const page = await overview();
    const mes = new Intl.DateTimeFormat("es-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      lastMonthStart,
    );
    expect(page).toContain(`Tipos de sistema declarados, al final de ${mes}`);
    expect(cell(page, "En red")).toBe("5");
    expect(cell(page, "Gerencial")).toBe("menos de 5");
    expect(page).toContain('<td data-label="Coaliciones">5</td>');
    expect(page).toContain("En red: 5; ");
    expect(page).toContain("Cómo recibieron su orientación");
    expect(page).not.toMatch(/Declared system types|fewer than 5|Networked/);
    expect((await staff.post("/language", { language: "en", returnTo: `/o/${agency}/overview` })).status).toBe(303);
    expect(cell(await overview(), "Networked")).toBe("5");
  });
});
