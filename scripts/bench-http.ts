// The HTTP half of npm run bench: a production build and server on a temporary database holding the demo
// coalition plus a season's worth of campaign data, measured with autocannon against a trivial route.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { projectRoot } from "~/lib/project-root.server";

const root = projectRoot();
const id = () => randomBytes(12).toString("base64url");

export type Volumes = { campaigns: number; asks: number; tasks: number; meetings: number };

async function startServer(databasePath: string) {
  const child = spawn(process.execPath, [join(root, "scripts/server.js")], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_PATH: databasePath, SEED_DEMO: "true", LOG_REQUESTS: "false", NODE_ENV: "production",
      // Pages are measured alone (the reminder pass has its own row); any mail stays in the temporary folder.
      REMINDERS: "false", OUTBOX_DIR: join(dirname(databasePath), "outbox") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child, stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))) };
}

/** Adds campaigns, asks (with one history event each), tasks and meetings to the demo coalition, in one transaction. */
function addSeason(databasePath: string, volumes: Volumes) {
  const db = new Database(databasePath);
  db.pragma("foreign_keys = ON");
  const org = db.prepare("select id from organizations where slug = 'maple-hollow-families'").get() as { id: string };
  const district = db.prepare("select id from districts where organization_id = ?").get(org.id) as { id: string };
  const targets = db.prepare("select id, name from targets where district_id = ?").all(district.id) as Array<{ id: string; name: string }>;
  const users = db.prepare("select user_id as id from memberships where organization_id = ?").all(org.id) as Array<{ id: string }>;
  const statuses = ["planned", "made", "acknowledged", "committed", "delivered", "declined", "stalled", "broken"];
  const domains = ["environment", "infrastructure", "use", "performance", "leadership"];
  const now = Date.now();
  const day = 86_400_000;
  const campaignIds = Array.from({ length: volumes.campaigns }, () => id());
  db.transaction(() => {
    const insertCampaign = db.prepare("insert into campaigns (id, organization_id, district_id, title, win, status, chart, updated_at) values (?, ?, ?, ?, ?, ?, '{}', ?)");
    campaignIds.forEach((cid, i) => insertCampaign.run(cid, org.id, district.id, `Bench campaign ${i}`, "A measurable win.", i % 3 === 0 ? "active" : "planning", now));
    const insertAsk = db.prepare("insert into asks (id, campaign_id, target_id, target_name, text, domain, venue, status, version, updated_at) values (?, ?, ?, ?, ?, ?, 'meeting', ?, 1, ?)");
    const insertEvent = db.prepare("insert into ask_events (ask_id, to_status, actor_name, at) values (?, ?, 'Bench', ?)");
    for (let i = 0; i < volumes.asks; i++) {
      const askId = id();
      const target = targets[i % targets.length]!;
      const status = statuses[i % statuses.length]!;
      insertAsk.run(askId, campaignIds[i % campaignIds.length], target.id, target.name, `Bench ask number ${i}`, domains[i % domains.length], status, now - (i % 300) * day);
      insertEvent.run(askId, status, now - (i % 300) * day);
    }
    const insertTask = db.prepare("insert into tasks (id, organization_id, campaign_id, title, due_on, assignee_id, status, created_by_name, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'Bench', ?)");
    for (let i = 0; i < volumes.tasks; i++) {
      const due = new Date(now + ((i % 120) - 60) * day).toISOString().slice(0, 10);
      insertTask.run(id(), org.id, campaignIds[i % campaignIds.length], `Bench task ${i}`, due, users[i % users.length]!.id, i % 4 === 0 ? "done" : "open", now);
    }
    const insertMeeting = db.prepare("insert into meetings (id, campaign_id, title, starts_at, ends_at, status, updated_at) values (?, ?, ?, ?, ?, ?, ?)");
    for (let i = 0; i < volumes.meetings; i++) {
      const start = now + ((i % 200) - 100) * day;
      insertMeeting.run(id(), campaignIds[i % campaignIds.length], `Bench meeting ${i}`, start, start + 3_600_000, start > now ? "scheduled" : "held", now);
    }
  })();
  db.close();
  // The first bench campaign carries asks / campaigns of the asks: the busiest campaign page there is.
  return { districtId: district.id, campaignId: campaignIds[0]! };
}

async function logIn(url: string): Promise<string> {
  const response = await fetch(`${url}/login`, {
    method: "POST",
    body: new URLSearchParams({ email: "organizer@example.org", password: "fulcrum-demo-organizer" }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`login failed with ${response.status}`);
  return cookie;
}

export type HttpRow = { name: string; path: string; requests: number; p50: number; p90: number; p99: number; non2xx: number };

function measure(url: string, path: string, cookie: string | null, seconds: number): Promise<Omit<HttpRow, "name" | "path">> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url: url + path, connections: 16, duration: seconds, headers: cookie ? { cookie } : {} },
      (error, result) => {
        if (error) return reject(error);
        resolve({ requests: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, non2xx: result.non2xx });
      },
    );
  });
}

export async function benchHttp(volumes: Volumes, seconds = 5): Promise<{ rows: HttpRow[]; peakRssMb: number }> {
  const build = spawnSync(join(root, "node_modules/.bin/remix"), ["build"], { cwd: root, stdio: "ignore" });
  if (build.status !== 0) throw new Error("remix build failed");
  const dir = mkdtempSync(join(tmpdir(), "fulcrum-bench-"));
  const databasePath = join(dir, "bench.db");
  try {
    const seeding = await startServer(databasePath);
    await seeding.stop();
    const { districtId, campaignId } = addSeason(databasePath, volumes);
    const server = await startServer(databasePath);
    let peakRssMb = 0;
    const sampler = setInterval(() => {
      const status = spawnSync("ps", ["-o", "rss=", "-p", String(server.child.pid)], { encoding: "utf8" });
      peakRssMb = Math.max(peakRssMb, Number(status.stdout.trim()) / 1024);
    }, 250);
    try {
      const cookie = await logIn(server.url);
      const o = "/o/maple-hollow-families";
      const pages: Array<[string, string, boolean]> = [
        ["health (no render)", "/healthz", false],
        ["landing page", "/", false],
        ["coalition dashboard", o, true],
        ["campaign page", `${o}/campaigns/${campaignId}`, true],
        ["asks list", `${o}/campaigns/${campaignId}/asks`, true],
        ["tasks list (overdue)", `${o}/tasks?overdue=1`, true],
        ["playbook", `${o}/districts/${districtId}/playbook`, true],
      ];
      const rows: HttpRow[] = [];
      for (const [name, path, authed] of pages) rows.push({ name, path, ...(await measure(server.url, path, authed ? cookie : null, seconds)) });
      return { rows, peakRssMb };
    } finally {
      clearInterval(sampler);
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
