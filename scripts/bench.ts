// npm run bench: prints speed figures as markdown tables. A benchmark, not a test: it fails only if it
// cannot run, and says which targets were missed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { renderMarkdown } from "~/lib/markdown.server";
import { playbookWordCounts, renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { projectRoot } from "~/lib/project-root.server";
import { systemTypes } from "~/lib/typology";
import { answersForPureType, scoreDiagnostic } from "~/lib/typology/diagnostic";

import type { BrowserRow } from "./bench-browser";
import { reminderFigures, reminderLinePrefix, type ReminderFigures } from "./bench-reminder-figures";
import type { BenchRun } from "./bench-report";

const usage = `Usage: npm run bench -- [--scale N] [--duration SECONDS] [--quick]

  --scale N           also measure on N times the data (N >= 2), beside scale 1 in the same run
  --duration SECONDS  how long each page and its yardstick are measured (default 5)
  --quick             2 s per measurement, 1 s of warm-up, 3 browser loads a page: checks that it all runs`;

function benchOptions(argv: string[]): { scale: number; seconds: number; warmup: number; loads: number } {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "string", default: "1" },
      duration: { type: "string" },
      quick: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const scale = Number(values.scale);
  const seconds = Number(values.duration ?? (values.quick ? 2 : 5));
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale takes a whole number from 1: ${values.scale}`);
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`--duration takes whole seconds: ${values.duration}`);
  return { scale, seconds, warmup: values.quick ? 1 : Math.min(2, seconds), loads: values.quick ? 3 : 5 };
}

let options: ReturnType<typeof benchOptions>;
try {
  options = benchOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}

type Row = { name: string; runs: number; mean: number; p50: number; p95: number; max: number };

function measure(name: string, runs: number, work: (index: number) => unknown): Row {
  for (let i = 0; i < Math.min(50, runs); i++) work(i); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, mean: times.reduce((a, b) => a + b, 0) / runs, p50: at(0.5), p95: at(0.95), max: times.at(-1)! };
}

const loadStart = performance.now();
const content = playbookContent();
const loadMs = performance.now() - loadStart;

const overrides = { "environment.school": { level: "primary" as const, note: "Observed in our schools" } };
const targets = [
  {
    name: "Dr. Lee",
    title: "Chief academic officer",
    locus: "central-office" as const,
    domains: ["infrastructure" as const],
  },
];
const rows = [
  measure("playbook markdown (each type in turn)", 2000, (i) =>
    renderPlaybook(
      { type: systemTypes[i % systemTypes.length]!, overrides, targets, context: "Special education" },
      content,
    ),
  ),
  measure("playbook markdown → sanitized HTML (uncached)", 500, (i) =>
    renderMarkdown(renderPlaybook({ type: systemTypes[i % systemTypes.length]!, context: `Run ${i}` }, content)),
  ),
  measure("diagnostic scoring", 20000, (i) =>
    scoreDiagnostic(answersForPureType(systemTypes[i % systemTypes.length]!)),
  ),
];

const fmt = (ms: number) => ms.toFixed(3);
const cores = cpus();
console.log(
  `# Fulcrum benchmark (${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch})\n`,
);
console.log(
  `Machine: ${cores.length} × ${cores[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory.\n`,
);
console.log(`Loading and checking playbooks/ once: ${fmt(loadMs)} ms\n`);
console.log("| operation | runs | mean ms | p50 ms | p95 ms | max ms |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows)
  console.log(`| ${row.name} | ${row.runs} | ${fmt(row.mean)} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.max)} |`);

// Length is a budget too: a pure type's body (before the appendix) should stay under about 1,500 words.
console.log("\n| playbook (pure type) | body words | with appendix |");
console.log("| --- | ---: | ---: |");
for (const type of systemTypes) {
  const counts = playbookWordCounts({ type }, content);
  console.log(`| ${type} | ${counts.body}${counts.body > 1500 ? " (over 1,500)" : ""} | ${counts.total} |`);
}

// The databases live in a temporary folder (copies of the cached ones, see bench-database.ts). This process opens
// none of them: DATABASE_PATH only keeps the app modules it imports off the real database.
const dir = mkdtempSync(join(tmpdir(), "fulcrum-bench-"));
process.env.DATABASE_PATH = join(dir, "bench-process.db");
process.env.OUTBOX_DIR = join(dir, "outbox");
try {
  const { benchDatabase } = await import("./bench-database");
  const { benchPages, buildApp, connections, logIn, startServer } = await import("./bench-http");
  const { benchBrowser, cpuSlowdown, slow4G } = await import("./bench-browser");
  const { browserTable, missedTargets, pagesTable, targets, weightTable } = await import("./bench-report");
  const { demoLogins } = await import("~/models/demo.server");
  buildApp();
  const count = (n: number) => n.toLocaleString("en-US");
  const runs: BenchRun[] = [];
  const missed: string[] = [];
  for (const scale of options.scale === 1 ? [1] : [1, options.scale]) {
    // The server migrates a new file and seeds the demo coalition; the rest is added around it.
    const database = await benchDatabase(scale, dir, async (path) => (await startServer(path, true)).stop());
    const title = options.scale === 1 ? "" : ` at scale ${scale}`;
    console.log(`\n## Database${title}\n`);
    console.log(
      `${Object.entries(database.volumes)
        .map(([name, n]) => `${count(n)} ${name}`)
        .join(", ")}; the demo coalition holds one coalition's share; ${(database.bytes / 2 ** 20).toFixed(0)} MB ` +
        (database.seedSeconds === null
          ? "(from the cache)."
          : `(generated in ${database.seedSeconds.toFixed(1)} s, kept for reruns today).`),
    );

    const http = await benchPages(database.path, database.places, options.seconds, options.warmup);
    const server = await startServer(database.path, false);
    const o = "/o/maple-hollow-families";
    let browser: BrowserRow[];
    try {
      const cookie = await logIn(server.url, demoLogins[0].email, demoLogins[0].password);
      browser = await benchBrowser(
        server.url,
        cookie,
        [
          ["coalition dashboard", o],
          ["playbook", `${o}/districts/${database.places.districtId}/playbook`],
          ["tasks list (overdue)", `${o}/tasks?overdue=1`],
        ],
        options.loads,
      );
    } finally {
      await server.stop();
    }
    const reminders = runReminders(database.path);
    rmSync(database.path, { force: true });
    const run: BenchRun = { scale, ...http, browser, findRemindersMs: reminders.findMedianMs };
    runs.push(run);

    console.log(
      `\n## Pages over HTTP${title} (production server, ${connections} connections, ${options.seconds} s each)\n`,
    );
    for (const line of pagesTable(run, runs[0])) console.log(line);
    console.log(
      `\nPeak server memory, all ${http.processes} server processes together: ${http.peakPssMb.toFixed(0)} MB (PSS: pages they share, like the node binary, counted once; the sum of their RSS is ${http.peakRssMb.toFixed(0)} MB)`,
    );
    const span = (values: number[]) => `${Math.min(...values).toFixed(0)} to ${Math.max(...values).toFixed(0)}`;
    const references = http.rows.map((row) => row.reference).filter((requests) => !Number.isNaN(requests));
    const floors = http.rows.map((row) => row.floor).filter((requests) => !Number.isNaN(requests));
    console.log(
      `\nThe rendered reference, measured before each floor and public page: ${span(references)} req/s; ` +
        `the floors, before each signed-in page: ${span(floors)} req/s.`,
    );

    console.log(`\n## Page weight${title} (first visit, Accept-Encoding: br, gzip)\n`);
    for (const line of weightTable(http.rows)) console.log(line);

    console.log(
      `\n## A slow phone${title}: Chromium with ${slow4G.latency} ms round trips, ` +
        `${((slow4G.downloadThroughput * 8) / 2 ** 20).toFixed(1)} Mbps down, ` +
        `${((slow4G.uploadThroughput * 8) / 1024).toFixed(0)} kbps up, ` +
        `CPU ${cpuSlowdown}× slower (median of ${options.loads} cold loads)\n`,
    );
    for (const line of browserTable(browser)) console.log(line);

    console.log(`\n## One reminder pass over the same database${title}\n`);
    console.log("| step | ms | reminders |");
    console.log("| --- | ---: | ---: |");
    console.log(`| find what is due (median of 5) | ${fmt(reminders.findMedianMs)} | ${reminders.due} due |`);
    console.log(
      `| record them as deliveries (first pass) | ${fmt(reminders.firstPlanMs)} | ${reminders.created} new |`,
    );
    console.log(`| the same pass again (nothing new) | ${fmt(reminders.againMs)} | ${reminders.againCreated} new |`);
    console.log(
      `| render and hand to a discarding mailer (at most the first 500) | ${fmt(reminders.sendMs)} | ${reminders.sent} sent (${fmt(reminders.sendMs / Math.max(1, reminders.sent))} ms each) |`,
    );
    missed.push(...missedTargets(run, runs[0]));
  }
  console.log(
    `\n## Targets\n\nSigned-in pages at least ${targets.ofFloor} of their floor, the floors at least ` +
      `${targets.floorOfReference} of the about page, p95 under ${targets.p95Ms} ms, server memory under ` +
      `${targets.pssMb} MB, every page at most ${targets.scriptKb} KB of JavaScript as sent and every text ` +
      `response compressed, on the slow phone at most ${targets.scriptKb} KB of JavaScript transferred and loaded ` +
      `(load event and hydration) in under ${targets.slowPhoneMs / 1000} s, due reminders found in under ` +
      `${targets.findRemindersMs} ms` +
      (options.scale === 1
        ? ".\n"
        : `, and at scale ${options.scale} every page but the state overview at least ${targets.ofScaleOne} of its ` +
          "throughput at scale 1 (each divided by its yardstick measured just before, which takes out the " +
          "machine's drift).\n"),
  );
  console.log(missed.length === 0 ? "All met." : `Missed:\n\n${missed.map((line) => `- ${line}`).join("\n")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The reminder pass in a child process: the app opens the database named by DATABASE_PATH once per process. */
function runReminders(databasePath: string): ReminderFigures {
  const child = spawnSync(join(projectRoot(), "node_modules/.bin/tsx"), ["scripts/bench-reminders.ts"], {
    cwd: projectRoot(),
    env: { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: "production" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = child.stdout.split("\n").find((text) => text.startsWith(reminderLinePrefix));
  if (child.status !== 0 || !line) throw new Error(`the reminder pass failed (exit code ${child.status})`);
  return reminderFigures.parse(JSON.parse(line.slice(reminderLinePrefix.length)));
}
