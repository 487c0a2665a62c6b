// The HTTP half of npm run bench: the production server on the large benchmark database, each page measured
// with autocannon against two references: a route that renders nothing and a page rendered with no queries.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

import autocannon from "autocannon";
import { Secret, TOTP } from "otpauth";

import { projectRoot } from "~/lib/project-root.server";
import { demoLogins } from "~/models/demo.server";

import { benchAgencyLogin, type BenchPlaces } from "./bench-data";
import { pageWeight, type PageWeight } from "./bench-weight";

const root = projectRoot();
export const connections = 16;
const referencePath = "/about";

type Server = { url: string; pid: number; stop: () => Promise<void> };

/** The production server as `npm start` runs it (one process per core), or one process when seeding. */
export async function startServer(databasePath: string, seedDemo: boolean): Promise<Server> {
  const child = spawn(process.execPath, [join(root, "scripts/server.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      SEED_DEMO: String(seedDemo),
      LOG_REQUESTS: "false",
      NODE_ENV: "production",
      // Pages are measured alone (the reminder pass has its own row); any mail stays in the temporary folder.
      REMINDERS: "false",
      OUTBOX_DIR: join(dirname(databasePath), "outbox"),
      ...(seedDemo ? { WEB_CONCURRENCY: "1" } : {}),
    },
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
  return {
    url,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))),
  };
}

export function buildApp(): void {
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  if (build.status !== 0) throw new Error("npm run build failed");
}

async function post(url: string, fields: Record<string, string>, cookie = ""): Promise<Response> {
  return fetch(url, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(url).origin, Cookie: cookie },
    redirect: "manual",
  });
}

// The language switcher's cookie as the server writes it for Spanish (a Remix cookie: base64 JSON, URL-encoded).
const spanish = `fulcrum_lang=${encodeURIComponent(Buffer.from(JSON.stringify("es")).toString("base64"))}`;

async function expectSpanish(origin: string, path: string, cookie: string): Promise<void> {
  const html = await (await fetch(origin + path, { headers: { cookie } })).text();
  if (!html.includes('<html lang="es"')) throw new Error(`${path} did not come back in Spanish with ${spanish}`);
}

/** The session cookie of a login; with a TOTP key, through the second step as the person's app would. */
export async function logIn(url: string, email: string, password: string, totpSecret?: string): Promise<string> {
  let response = await post(`${url}/login`, { email, password });
  if (totpSecret) {
    const challenge = response.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    const code = new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate();
    response = await post(`${url}/login/two-factor`, { intent: "code", code }, challenge);
  }
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith("fulcrum_session="))
    ?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`login as ${email} failed with ${response.status}`);
  return cookie;
}

/**
 * `reference`: the rendered reference's req/s measured just before this row, which its ratio is taken against
 * (NaN for a signed-in page). `floor`: the req/s of the signed-in floor (for the state overview, the agency floor)
 * measured just before a signed-in page, NaN for the others.
 * `targeted`: a page the throughput targets apply to (not a reference, not a floor). `weight`: what a first visit
 * downloads, compressed as a browser asks for it (null for /healthz, which is no page).
 */
export type HttpRow = {
  name: string;
  path: string;
  kind: PageKind;
  floor: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  queries: string;
  weight: PageWeight | null;
  reference: number;
  targeted: boolean;
  /** The server's CPU time (all its processes, user and system) per request answered, and its yardstick's. */
  cpuMs: number;
  yardstickCpuMs: number;
};

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

type Measured = Omit<
  HttpRow,
  "name" | "path" | "kind" | "floor" | "queries" | "weight" | "reference" | "targeted" | "cpuMs" | "yardstickCpuMs"
> & { total: number };

/** Clock ticks a second of /proc/<pid>/stat's CPU times. */
const ticksPerSecond = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU milliseconds (user and system) the processes have used so far; a process that ended counts nothing. */
function cpuMsOf(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // The command name in parentheses may hold spaces: the fields are counted from the closing one.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone between listing and reading
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

/**
 * A page measured with autocannon, and the server's CPU time per request meanwhile. Throughput on a shared
 * machine moves with everything else running; the CPU a request costs the server moves far less.
 */
async function measureWithCpu(
  url: string,
  path: string,
  cookie: string | null,
  seconds: number,
  pids: () => number[],
): Promise<Measured & { cpuMs: number }> {
  const before = cpuMsOf(pids());
  const result = await measure(url, path, cookie, seconds);
  return { ...result, cpuMs: result.total > 0 ? (cpuMsOf(pids()) - before) / result.total : NaN };
}

function measure(url: string, path: string, cookie: string | null, seconds: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      // As a browser does, the load generator takes compressed responses: the server pays for compressing.
      {
        url: url + path,
        connections,
        duration: seconds,
        headers: { "accept-encoding": "br, gzip", ...(cookie ? { cookie } : {}) },
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: result.requests.average,
          total: result.requests.total,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    // autocannon's summary has no 95th percentile: keep every response time and compute it here.
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

async function queriesOf(url: string, path: string, cookie: string | null): Promise<string> {
  const response = await fetch(url + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return /(\d+) queries/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? "–";
}

/**
 * What a page is measured against: `reference` pages (the floors, the landing and about pages) against the
 * rendered reference, `signed-in` pages against the signed-in floor, `agency` pages against the agency floor.
 * `health`, `reference` and the floors carry no target of their own, besides the floors' against the reference.
 */
export type PageKind = "health" | "reference" | "floor" | "agency floor" | "public" | "signed-in" | "agency";

/**
 * Measures every page on an already seeded database; the server's peak resident memory is sampled throughout.
 * Each page gets `warmup` unmeasured seconds, then its yardstick and the page itself `seconds` each.
 */
export async function benchPages(
  databasePath: string,
  places: BenchPlaces,
  seconds = 5,
  warmup = 2,
): Promise<{ rows: HttpRow[]; peakRssMb: number; peakPssMb: number; processes: number }> {
  const server = await startServer(databasePath, false);
  let peakRssMb = 0;
  let peakPssMb = 0;
  let processes = 0;
  // The whole server: the process started plus its workers, if it runs a cluster. RSS counts the pages the
  // processes share (the node binary, libraries) once per process; PSS splits them between the processes.
  const serverPids = () => {
    const workers = spawnSync("ps", ["-o", "pid=", "--ppid", String(server.pid)], { encoding: "utf8" }).stdout;
    return [
      server.pid,
      ...workers
        .split("\n")
        .map(Number)
        .filter((pid) => pid > 0),
    ];
  };
  const sample = () => {
    const pids = serverPids();
    const kb = (pid: number, field: "Rss" | "Pss") => {
      try {
        return Number(
          new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0,
        );
      } catch {
        return 0; // the process ended between ps and the read
      }
    };
    processes = Math.max(processes, pids.length);
    peakRssMb = Math.max(peakRssMb, pids.reduce((sum, pid) => sum + kb(pid, "Rss"), 0) / 1024);
    peakPssMb = Math.max(peakPssMb, pids.reduce((sum, pid) => sum + kb(pid, "Pss"), 0) / 1024);
  };
  const sampler = setInterval(sample, 200);
  try {
    const organizer = await logIn(server.url, demoLogins[0].email, demoLogins[0].password);
    const agency = await logIn(
      server.url,
      benchAgencyLogin.email,
      benchAgencyLogin.password,
      benchAgencyLogin.totpSecret,
    );
    const o = "/o/maple-hollow-families";
    const a = "/o/bench-agency-oh";
    const pages: Array<[name: string, path: string, cookie: string | null, kind: PageKind]> = [
      ["health (no render)", "/healthz", null, "health"],
      ["rendered reference (about page)", referencePath, null, "reference"],
      // What any page inside a coalition costs before its own content: the session, both layouts, the deeper
      // route. An empty form shows that floor; the agency floor is the same form in an agency's layout.
      ["signed-in floor (invite form)", `${o}/invite`, organizer, "floor"],
      ["agency floor (invite form)", `${a}/invite`, agency, "agency floor"],
      ["landing page", "/", null, "public"],
      ["coalition dashboard", o, organizer, "signed-in"],
      ["campaign page", `${o}/campaigns/${places.campaignId}`, organizer, "signed-in"],
      ["asks list", `${o}/campaigns/${places.campaignId}/asks`, organizer, "signed-in"],
      ["tasks list (overdue)", `${o}/tasks?overdue=1`, organizer, "signed-in"],
      ["playbook", `${o}/districts/${places.districtId}/playbook`, organizer, "signed-in"],
      ["state overview (agency)", `${a}/overview`, agency, "agency"],
      // The same pages read in Spanish: their catalogs, not English's, go into the HTML.
      ["landing page, in Spanish", "/", spanish, "public"],
      ["coalition dashboard, in Spanish", o, `${organizer}; ${spanish}`, "signed-in"],
      ["playbook, in Spanish", `${o}/districts/${places.districtId}/playbook`, `${organizer}; ${spanish}`, "signed-in"],
    ];
    const yardsticks: Partial<Record<PageKind, [path: string, cookie: string | null]>> = {
      floor: [referencePath, null],
      "agency floor": [referencePath, null],
      public: [referencePath, null],
      "signed-in": [`${o}/invite`, organizer],
      agency: [`${a}/invite`, agency],
    };
    const rows: HttpRow[] = [];
    for (const [name, path, cookie, kind] of pages) {
      if (cookie?.includes(spanish)) await expectSpanish(server.url, path, cookie);
      const queries = await queriesOf(server.url, path, cookie);
      const weight = kind === "health" ? null : await pageWeight(server.url, path, cookie);
      // Unmeasured seconds first: the JIT compiles the page's code paths before they are timed.
      await measure(server.url, path, cookie, warmup);
      // A shared machine's speed drifts by a fifth and more within a minute: each page is compared with its
      // yardstick measured just before it, not with one measured a minute earlier.
      const yardstick = yardsticks[kind];
      const before = yardstick
        ? await measureWithCpu(server.url, yardstick[0], yardstick[1], seconds, serverPids)
        : null;
      const { total: _total, ...row } = await measureWithCpu(server.url, path, cookie, seconds, serverPids);
      const againstFloor = kind === "signed-in" || kind === "agency";
      const yardstickRequests = before?.requests ?? NaN;
      const reference = kind === "reference" ? row.requests : againstFloor ? NaN : yardstickRequests;
      const targeted = kind === "public" || againstFloor;
      const floor = againstFloor ? yardstickRequests : NaN;
      const yardstickCpuMs = before?.cpuMs ?? NaN;
      rows.push({ name, path, kind, queries, weight, ...row, reference, floor, targeted, yardstickCpuMs });
    }
    sample();
    return { rows, peakRssMb, peakPssMb, processes };
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}
