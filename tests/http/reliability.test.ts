// What people rely on when things go wrong: two server processes writing to one database file at once, a
// server told to stop (SIGTERM, as every deploy does) while it is busy, and a reminder sender that is stopped
// or killed in the middle of its work. Each test drives the real built server or the real reminder CLI.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

import { db, schema } from "~/lib/db.server";
import { optOut } from "~/models/email-preference.server";

import { askForm, Client } from "../support/client";
import { addMember, emptyDatabase, insertCoalition, insertMeeting, insertUser } from "../support/fixtures";
import { startSmtpServer, type Mail, type TestSmtpServer } from "../support/mail";
import { startServer, type RunningServer } from "../support/server";

const root = fileURLToPath(new URL("../..", import.meta.url));
const lockErrors = /SQLITE_BUSY|database is locked/i;

// Everything a test starts is stopped after it, pass or fail; when it fails, what its servers logged is shown.
const cleanups: Array<() => unknown> = [];
const servers: RunningServer[] = [];
afterEach(async ({ task }) => {
  if (task.result?.state === "fail") {
    for (const server of servers)
      console.error(`--- server output (${server.url}), last 6000 characters ---\n${server.output().slice(-6000)}`);
  }
  servers.length = 0;
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDatabasePath(): string {
  const dir = mkdtempSync(join(tmpdir(), "fulcrum-reliability-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "fulcrum.db");
}

async function serverOn(databasePath: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await startServer({ databasePath, env });
  servers.push(server);
  cleanups.push(() => server.stop());
  return server;
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A coalition with a district, a target and a campaign, made through the forms; returns what later requests need. */
async function coalitionWithCampaign(client: Client, slug: string) {
  await client.createCoalition(slug);
  const districtId = await client.createDistrict(slug, "Reliable District");
  const targetId = await client.createTarget(slug, districtId, "Dr. Steady", "central-office", ["use"]);
  const campaign = await client.createCampaign(slug, districtId, "Steady voice", "A family seat.");
  return { districtId, targetId, campaignPath: campaign.path, campaignId: campaign.id };
}

const taskFields = (title: string, assigneeId: string, campaignId: string) => ({
  title,
  details: "",
  dueOn: "2030-06-01",
  assigneeId,
  campaignId,
  meetingId: "",
  askId: "",
});
const versionOf = (page: string) => /name="version" value="(\d+)"/.exec(page)?.[1] ?? "";
const idFrom = (location: string | null) => (location ?? "").split("?")[0]!.split("/").pop()!;

describe("two server processes on one database file", () => {
  it("answers every one of hundreds of concurrent writes split across both, and stores each exactly once", async () => {
    const databasePath = tempDatabasePath();
    const first = await serverOn(databasePath);
    const second = await serverOn(databasePath);
    const onFirst = new Client(first.url);
    await onFirst.signUp("Rae Reliable", "rae@example.org");
    const slug = "shared-co";
    const { targetId, campaignPath, campaignId } = await coalitionWithCampaign(onFirst, slug);
    const onSecond = new Client(second.url);
    expect((await onSecond.logIn("rae@example.org", "correct horse battery")).status).toBe(302);
    const check = first.database();
    const userId = check.prepare("select id from users where email = 'rae@example.org'").pluck().get() as string;

    // 160 task assignments (each also queues an email) and 48 asks, each created on one server and moved from
    // planned to made on the other after reading its page there: 304 requests, 24 at a time.
    const taskCount = 160;
    const askCount = 48;
    type Outcome = { what: string; status: number; error?: string };
    const outcomes: Outcome[] = [];
    const taskIds: string[] = [];
    const askIds: string[] = [];
    async function send(
      what: string,
      expected: number,
      request: () => Promise<Response>,
    ): Promise<Response | undefined> {
      try {
        const response = await request();
        outcomes.push({ what, status: response.status });
        return response.status === expected ? response : undefined;
      } catch (error) {
        outcomes.push({ what, status: 0, error: String((error as { cause?: unknown }).cause ?? error) });
        return undefined;
      }
    }
    const jobs: Array<() => Promise<void>> = [];
    let asksPlanned = 0;
    for (let i = 0; i < taskCount; i++) {
      const client = i % 2 ? onSecond : onFirst;
      jobs.push(async () => {
        const created = await send(`task ${i}`, 302, () =>
          client.post(`/o/${slug}/tasks/new`, taskFields(`Reliability task ${i}`, userId, campaignId)),
        );
        if (created) taskIds.push(idFrom(created.headers.get("location")));
      });
      if (i % 10 === 0 || i % 10 === 3 || i % 10 === 6) {
        const j = asksPlanned++;
        const [maker, mover] = j % 2 ? [onFirst, onSecond] : [onSecond, onFirst];
        jobs.push(async () => {
          const created = await send(`ask ${j} created`, 302, () =>
            maker.post(`${campaignPath}/asks/new`, askForm(targetId, `Reliability ask ${j}`)),
          );
          if (!created) return;
          const path = created.headers.get("location")!;
          askIds.push(idFrom(path));
          const page = await send(`ask ${j} read`, 200, () => mover.get(path));
          if (!page) return;
          const version = versionOf(await page.text());
          await send(`ask ${j} made`, 302, () =>
            mover.post(path, { to: "made", note: `Asked, ${j}`, evidenceUrl: "", version }),
          );
        });
      }
    }
    expect(jobs).toHaveLength(taskCount + askCount);

    const concurrency = 24;
    let inFlight = 0;
    let mostInFlight = 0;
    const queue = [...jobs];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          await job();
          inFlight--;
        }
      }),
    );
    const elapsedMs = Date.now() - started;
    console.log(
      `two servers, one database: ${outcomes.length} requests, at most ${mostInFlight} in flight, in ${elapsedMs} ms`,
    );

    expect(mostInFlight).toBeGreaterThanOrEqual(16);
    expect(outcomes.filter((o) => o.error || o.status >= 500 || (o.status !== 200 && o.status !== 302))).toEqual([]);
    expect(outcomes).toHaveLength(taskCount + askCount * 3);
    expect(first.output()).not.toMatch(lockErrors);
    expect(second.output()).not.toMatch(lockErrors);

    // Every task is stored once, with the timeline line written in the same transaction.
    const titles = check
      .prepare(
        "select title, count(*) as n from tasks where organization_id = (select id from organizations where slug = ?) group by title",
      )
      .all(slug) as Array<{ title: string; n: number }>;
    expect(titles).toHaveLength(taskCount);
    expect(titles.filter((row) => row.n !== 1)).toEqual([]);
    expect(new Set(taskIds).size).toBe(taskCount);
    const storedTasks = check
      .prepare(`select count(*) from tasks where id in (${taskIds.map(() => "?").join(",")})`)
      .pluck()
      .get(...taskIds);
    expect(storedTasks).toBe(taskCount);
    expect(
      check
        .prepare(
          `select count(*) from activity where kind = 'task.assigned' and details ->> '$.title' like 'Reliability task %'`,
        )
        .pluck()
        .get(),
    ).toBe(taskCount);
    // Every ask is stored once, made, with both steps of its history and nothing more.
    const asks = check
      .prepare(
        `select a.id, a.text, a.status, a.version,
                (select group_concat(coalesce(e.from_status, '-') || '>' || e.to_status, ' ') from (select * from ask_events where ask_id = a.id order by at, id) e) as history
           from asks a where a.campaign_id = ?`,
      )
      .all(campaignId) as Array<{ id: string; text: string; status: string; version: number; history: string }>;
    expect(asks).toHaveLength(askCount);
    expect(new Set(asks.map((ask) => ask.text)).size).toBe(askCount);
    expect(asks.map((ask) => ask.id).sort()).toEqual([...askIds].sort());
    expect(
      asks.filter((ask) => ask.status !== "made" || ask.version !== 2 || ask.history !== "->planned planned>made"),
    ).toEqual([]);
  });
});

type RawOutcome = {
  what: string;
  status: number;
  location: string | null;
  body: string;
  reusedConnection: boolean;
  error?: string;
  answeredAt?: number;
};

/**
 * A browser tab's connection to the server: opened and used once (for the page with the form), then kept alive,
 * as browsers keep it, for the next request, which `send` makes on it. That resolves with the status and whole
 * body, or with the error when the connection is reset or closed before the response ended.
 */
async function openTab(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  cleanups.push(() => agent.destroy());
  const status = await new Promise<number>((resolve, reject) =>
    httpRequest(`${baseUrl}/healthz`, { agent }, (res) => (res.resume(), res.on("end", () => resolve(res.statusCode!))))
      .on("error", reject)
      .end(),
  );
  expect(status).toBe(200);
  function send(
    what: string,
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) {
    let markSent!: () => void;
    const sent = new Promise<void>((resolve) => (markSent = resolve));
    const done = new Promise<RawOutcome>((resolve) => {
      const headers: Record<string, string | number> = { ...init.headers };
      if (init.body !== undefined) headers["Content-Length"] = Buffer.byteLength(init.body);
      const req = httpRequest(`${baseUrl}${path}`, { method: init.method ?? "GET", headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let ended = false;
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          ended = true;
          resolve({
            what,
            status: res.statusCode!,
            location: res.headers.location ?? null,
            body: Buffer.concat(chunks).toString("utf8"),
            reusedConnection: req.reusedSocket,
            answeredAt: Date.now(),
          });
        });
        res.on("close", () => {
          if (!ended) fail("the connection closed before the response ended");
        });
      });
      const fail = (error: string) => {
        markSent();
        resolve({ what, status: 0, location: null, body: "", reusedConnection: req.reusedSocket, error });
      };
      req.on("finish", markSent);
      req.on("error", (error: Error & { code?: string }) => fail(error.code ?? error.message));
      req.end(init.body);
    });
    return { sent, done };
  }
  return { send };
}

/**
 * How many connections to the server at this address wait in its listen queue, not yet accepted by the process
 * (Linux: the rx_queue column of a listening socket in /proc/net/tcp); 0 where that cannot be read.
 */
function acceptQueueLength(url: string): number {
  const port = Number(new URL(url).port).toString(16).toUpperCase().padStart(4, "0");
  let table: string;
  try {
    table = readFileSync("/proc/net/tcp", "utf8");
  } catch {
    return 0;
  }
  for (const line of table.split("\n").slice(1)) {
    const [, local, , state, queues] = line.trim().split(/\s+/);
    if (local === `0100007F:${port}` && state === "0A") return parseInt(queues!.split(":")[1]!, 16);
  }
  return 0;
}

describe("stopping the server while it is busy", () => {
  it("finishes every request it had taken in, keeps every write it confirmed whole, and exits with 0", async () => {
    const databasePath = tempDatabasePath();
    const server = await serverOn(databasePath);
    const organizer = new Client(server.url);
    await organizer.signUp("Sam Shutdown", "sam@example.org");
    const slug = "shutdown-co";
    const { targetId, campaignPath, campaignId } = await coalitionWithCampaign(organizer, slug);
    const setup = new Database(databasePath);
    setup.pragma("busy_timeout = 5000");
    const userId = setup.prepare("select id from users where email = 'sam@example.org'").pluck().get() as string;
    // A campaign with a long history makes its exports and pages slow enough to still be running at the signal.
    const organizationId = setup.prepare("select id from organizations where slug = ?").pluck().get(slug) as string;
    const now = Date.now();
    setup.transaction(() => {
      const ask = setup.prepare(
        "insert into asks (id, campaign_id, target_id, target_name, text, domain, venue, status, updated_at) values (?, ?, ?, 'Dr. Steady', ?, 'use', 'meeting', 'made', ?)",
      );
      const task = setup.prepare(
        "insert into tasks (id, organization_id, campaign_id, title, due_on, assignee_id, status, created_by_name, updated_at) values (?, ?, ?, ?, '2030-01-01', ?, 'open', 'Sam', ?)",
      );
      for (let i = 0; i < 1500; i++) {
        ask.run(`bulk-ask-${i}`, campaignId, targetId, `Earlier ask number ${i}, with a longer text to render`, now);
        task.run(`bulk-task-${i}`, organizationId, campaignId, `Earlier task number ${i}`, userId, now);
      }
    })();
    setup.close();

    const cookie = { Cookie: organizer.cookieHeader };
    const form = (fields: Record<string, string>) => ({
      method: "POST",
      headers: { ...cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: server.url },
      body: new URLSearchParams(fields).toString(),
    });
    // 72 people with Fulcrum open in a tab: each connection is open, accepted by the server process and idle.
    const tabs = await Promise.all(Array.from({ length: 72 }, () => openTab(server.url)));
    expect(acceptQueueLength(server.url)).toBe(0);
    // First 24 slow reads (every asks or tasks row as CSV, a page of tasks); while the server works on them, 24
    // asks and 24 tasks are submitted, and the signal comes as soon as the last form is on the wire.
    const reads = Array.from({ length: 24 }, (_, i) => {
      const [what, path] =
        i % 3 === 0
          ? ["asks.csv", `${campaignPath}/export/asks.csv`]
          : i % 3 === 1
            ? ["tasks.csv", `${campaignPath}/export/tasks.csv`]
            : ["tasks page", `/o/${slug}/tasks?page=2`];
      return tabs[i]!.send(`${what} ${i}`, path, { headers: cookie });
    });
    await Promise.race(reads.map((r) => r.done));
    const writes = Array.from({ length: 48 }, (_, i) =>
      i % 2
        ? tabs[24 + i]!.send(`ask ${i}`, `${campaignPath}/asks/new`, form(askForm(targetId, `Shutdown ask ${i}`)))
        : tabs[24 + i]!.send(
            `task ${i}`,
            `/o/${slug}/tasks/new`,
            form(taskFields(`Shutdown task ${i}`, userId, campaignId)),
          ),
    );
    const requests = [...reads, ...writes];
    await Promise.all(requests.map((r) => r.sent));
    const signalledAt = Date.now();
    process.kill(server.pid, "SIGTERM");
    const outcomes = await Promise.all(requests.map((r) => r.done));
    const code = await server.stop();
    const stoppedMs = Date.now() - signalledAt;
    const inFlightAtSignal = outcomes.filter((o) => o.answeredAt === undefined || o.answeredAt >= signalledAt).length;
    console.log(
      `SIGTERM under load: ${outcomes.length} requests, ${inFlightAtSignal} still in flight at the signal, stopped ${stoppedMs} ms after it`,
    );

    expect(inFlightAtSignal).toBeGreaterThanOrEqual(20);
    expect(outcomes.every((o) => o.reusedConnection)).toBe(true);
    const expectedStatus = (what: string) => (what.startsWith("ask ") || what.startsWith("task ") ? 302 : 200);
    expect(
      outcomes
        .filter((o) => o.error || o.status !== expectedStatus(o.what))
        .map(({ what, status, error }) => ({ what, status, error })),
    ).toEqual([]);
    // The slow answers arrived whole: every exported row, the whole page.
    for (const o of outcomes.filter((o) => o.what.includes(".csv")))
      expect(o.body.trimEnd().split("\n").length, o.what).toBeGreaterThan(1500);
    for (const o of outcomes.filter((o) => o.what.startsWith("tasks page"))) {
      expect(o.body, o.what).toContain("</html>");
      // Remix streams its data after the document; the last script closes that stream.
      expect(o.body.slice(-200), o.what).toMatch(/streamController\.close\(\);<\/script>(<!--\/?\$-->)*$/);
    }
    expect(code).toBe(0);
    expect(server.output()).toContain("Fulcrum stopped.");
    expect(server.output()).not.toMatch(lockErrors);

    const after = new Database(databasePath, { readonly: true });
    cleanups.push(() => after.close());
    expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(after.pragma("foreign_key_check")).toEqual([]);
    // Each confirmed ask is there with its first history line and its timeline line; no ask came without them.
    const askIds = outcomes.filter((o) => o.what.startsWith("ask ")).map((o) => idFrom(o.location));
    const asks = after
      .prepare(
        `select a.id, (select count(*) from ask_events e where e.ask_id = a.id and e.to_status = 'planned') as events,
                (select count(*) from activity t where t.kind = 'ask.planned' and t.details ->> '$.text' = a.text) as timeline
           from asks a where a.text like 'Shutdown ask %'`,
      )
      .all() as Array<{ id: string; events: number; timeline: number }>;
    expect(asks.map((a) => a.id).sort()).toEqual(askIds.sort());
    expect(asks.filter((a) => a.events !== 1 || a.timeline !== 1)).toEqual([]);
    const taskIds = outcomes.filter((o) => o.what.startsWith("task ")).map((o) => idFrom(o.location));
    const tasks = after
      .prepare(
        `select k.id, (select count(*) from activity t where t.kind = 'task.assigned' and t.details ->> '$.title' = k.title) as timeline from tasks k where k.title like 'Shutdown task %'`,
      )
      .all() as Array<{ id: string; timeline: number }>;
    expect(tasks.map((t) => t.id).sort()).toEqual(taskIds.sort());
    expect(tasks.filter((t) => t.timeline !== 1)).toEqual([]);
  });
});

/** Meetings starting within the hour for confirmed people: one "1 hour before" reminder each, due now. */
function dueMeetingReminders(meetings: number, people: number): number {
  emptyDatabase();
  const attendees = Array.from({ length: people }, () => insertUser());
  const co = insertCoalition(attendees[0]!.id);
  for (const person of attendees.slice(1)) addMember(co.id, person.id);
  // The owner would also get the weekly digest when this runs on a Monday morning; meetings are what is counted.
  optOut(attendees[0]!.id, "weekly-digest");
  const soon = Date.now() + 30 * 60_000;
  for (let i = 0; i < meetings; i++) {
    insertMeeting(
      co.campaignId,
      new Date(soon + i * 60_000),
      attendees.map((p) => p.id),
      { title: `Reliability meeting ${i}` },
    );
  }
  return meetings * people;
}

const deliveries = () => db.select().from(schema.emailDeliveries).all();
const recipientAndSubject = (mail: Mail) => `${[mail.to].flat()[0]?.value[0]?.address} ${mail.subject}`;
/** How many times each Message-ID arrived, for those that arrived more than once. */
function duplicates(received: Mail[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mail of received) counts[mail.messageId ?? ""] = (counts[mail.messageId ?? ""] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 1));
}

async function slowSmtp(delayMs: number): Promise<TestSmtpServer> {
  const smtp = await startSmtpServer({ delayMs });
  cleanups.push(() => smtp.stop());
  return smtp;
}

describe("reminders when the sender is stopped", () => {
  it("on SIGTERM, finishes the message in hand, records it, and leaves the rest queued for the next start", async () => {
    const total = dueMeetingReminders(6, 3);
    const smtp = await slowSmtp(150);
    const databasePath = process.env.DATABASE_PATH!;
    const server = await serverOn(databasePath, { SMTP_URL: smtp.url });
    // Mid-pass: a few messages delivered and the next one with the mail server.
    await until(() => smtp.received.length >= 3 && smtp.holding() === 1, "the third reminder and one more in hand");
    const deliveredAtSignal = smtp.received.length;
    const signalledAt = Date.now();
    process.kill(server.pid, "SIGTERM");
    const code = await server.stop();
    const stoppedMs = Date.now() - signalledAt;
    console.log(
      `SIGTERM mid reminder pass: ${deliveredAtSignal} of ${total} delivered at the signal, stopped ${stoppedMs} ms after it`,
    );
    expect(code).toBe(0);
    expect(server.output()).toContain("Fulcrum stopped.");
    expect(smtp.dropped()).toBe(0);

    const rows = deliveries();
    expect(rows).toHaveLength(total);
    expect([...new Set(rows.map((row) => row.status))].sort()).toEqual(["queued", "sent"]);
    const sent = rows.filter((row) => row.status === "sent");
    const queued = rows.filter((row) => row.status === "queued");
    // The message in hand was finished and recorded; no other was started.
    expect(sent).toHaveLength(deliveredAtSignal + 1);
    expect(smtp.received).toHaveLength(sent.length);
    expect(smtp.received.map((mail) => mail.messageId).sort()).toEqual(sent.map((row) => `<${row.id}@fulcrum>`).sort());
    expect(sent.every((row) => row.attempts === 1 && row.leaseExpiresAt === null && row.sentAt !== null)).toBe(true);
    // The rest were never claimed: no lease for a dead process to hold, nothing to wait 2 minutes for.
    expect(queued.every((row) => row.attempts === 0 && row.leaseExpiresAt === null)).toBe(true);

    // The next start sends the rest, and nothing twice.
    smtp.setDelay(0);
    const restarted = await serverOn(databasePath, { SMTP_URL: smtp.url });
    await until(
      () => deliveries().every((row) => row.status === "sent"),
      "every reminder sent after the restart",
      15_000,
      50,
    );
    expect(await restarted.stop()).toBe(0);
    expect(smtp.received).toHaveLength(total);
    expect(duplicates(smtp.received)).toEqual({});
  });

  it("after `npm run reminders` is killed mid-pass, the next run sends what was left, each reminder exactly once", async () => {
    const total = dueMeetingReminders(6, 3);
    const smtp = await slowSmtp(300);
    const run = () => {
      // In a process group of its own: tsx runs the script in a child process, and the kill is for both, as when
      // the machine or the container goes down.
      const child: ChildProcess = spawn(`${root}node_modules/.bin/tsx`, ["scripts/reminders.ts"], {
        cwd: root,
        env: { ...process.env, SMTP_URL: smtp.url, APP_URL: "http://fulcrum.test" },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      });
      const killGroup = () => process.kill(-child.pid!, "SIGKILL");
      let output = "";
      child.stdout!.on("data", (chunk) => (output += chunk));
      child.stderr!.on("data", (chunk) => (output += chunk));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      cleanups.push(() => {
        try {
          killGroup();
        } catch {
          // already gone
        }
      });
      return { exited, killGroup, output: () => output };
    };

    const killed = run();
    // Killed while the mail server holds a message it has not yet said it accepted.
    await until(() => smtp.received.length >= 3 && smtp.holding() === 1, "the third reminder and one more in hand");
    killed.killGroup();
    expect(await killed.exited).toEqual({ code: null, signal: "SIGKILL" });
    await until(() => smtp.holding() === 0, "the mail server to let go of the message");
    expect(smtp.dropped()).toBe(1);
    const deliveredBeforeKill = smtp.received.length;

    let rows = deliveries();
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(deliveredBeforeKill);
    const held = rows.filter((row) => row.status === "sending");
    expect(held).toHaveLength(1);
    expect(held[0]!.leaseExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(rows.filter((row) => row.status === "queued")).toHaveLength(total - deliveredBeforeKill - 1);

    // The dead process's claim lasts 2 minutes (there is no setting for it): move its end into the past, as if
    // those 2 minutes had gone by, instead of waiting for them.
    db.$client
      .prepare("update email_deliveries set lease_expires_at = ? where status = 'sending'")
      .run(Date.now() - 1000);
    smtp.setDelay(0);
    const again = run();
    const { code } = await again.exited;
    expect(code, again.output()).toBe(0);
    console.log(
      `SIGKILL mid reminder pass: ${deliveredBeforeKill} of ${total} delivered before the kill; ${again.output().trim()}`,
    );

    rows = deliveries();
    expect(rows.filter((row) => row.status !== "sent")).toEqual([]);
    expect(rows.find((row) => row.id === held[0]!.id)!.attempts).toBe(2);
    expect(smtp.received).toHaveLength(total);
    expect(duplicates(smtp.received)).toEqual({});
    expect(new Set(smtp.received.map(recipientAndSubject)).size).toBe(total);
    expect(smtp.received.map((mail) => mail.messageId).sort()).toEqual(rows.map((row) => `<${row.id}@fulcrum>`).sort());
  });
});
