// npm run bench: prints speed figures as markdown tables. A benchmark, not a test: it fails only if it
// cannot run, and says which targets were missed.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import { renderMarkdown } from "~/lib/markdown.server";
import { playbookWordCounts, renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { systemTypes } from "~/lib/typology";
import { answersForPureType, scoreDiagnostic } from "~/lib/typology/diagnostic";

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

// One large database in a temporary folder for the pages and the reminder pass. DATABASE_PATH is set before
// anything that opens the database is imported.
const dir = mkdtempSync(join(tmpdir(), "fulcrum-bench-"));
const databasePath = join(dir, "bench.db");
process.env.DATABASE_PATH = databasePath;
process.env.OUTBOX_DIR = join(dir, "outbox");
try {
  const { benchVolumes, seedBenchDatabase } = await import("./bench-data");
  const { benchPages, buildApp, connections, startServer } = await import("./bench-http");
  buildApp();
  // The server migrates the new file and seeds the demo coalition; the rest is added around it.
  await (await startServer(databasePath, true)).stop();
  const seedStart = performance.now();
  const places = await seedBenchDatabase(databasePath);
  const seedMs = performance.now() - seedStart;
  const count = (n: number) => n.toLocaleString("en-US");
  console.log(`\n## Database\n`);
  console.log(
    `${Object.entries(benchVolumes)
      .map(([name, n]) => `${count(n)} ${name}`)
      .join(", ")}; the demo coalition holds one coalition's share (seeded in ${(seedMs / 1000).toFixed(1)} s).`,
  );

  const seconds = 5;
  const http = await benchPages(databasePath, places, seconds);
  console.log(`\n## Pages over HTTP (production server, ${connections} connections, ${seconds} s each)\n`);
  console.log(
    "| page | req/s | vs rendered reference (measured just before) | p50 ms | p95 ms | p99 ms | queries | errors |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of http.rows) {
    console.log(
      `| ${row.name} | ${row.requests.toFixed(0)} | ${Number.isNaN(row.reference) ? "–" : (row.requests / row.reference).toFixed(2)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.queries} | ${row.errors} |`,
    );
  }
  console.log(
    `\nPeak server memory, all ${http.processes} server processes together: ${http.peakPssMb.toFixed(0)} MB (PSS: pages they share, like the node binary, counted once; the sum of their RSS is ${http.peakRssMb.toFixed(0)} MB)`,
  );
  const pages = http.rows.filter((row) => row.targeted);
  const references = http.rows.map((row) => row.reference).filter((requests) => !Number.isNaN(requests));
  console.log(
    `\nThe rendered reference, measured before each page: ${Math.min(...references).toFixed(0)} to ${Math.max(...references).toFixed(0)} req/s.`,
  );
  const slow = pages.filter((row) => row.requests < row.reference / 2 || row.p95 >= 150);
  console.log(
    `Targets (every page at least half the rendered reference's req/s, p95 under 150 ms, memory under 400 MB): ` +
      (slow.length === 0 && http.peakPssMb < 400
        ? "all met."
        : `missed by ${[...slow.map((row) => row.name), ...(http.peakPssMb >= 400 ? ["memory"] : [])].join(", ")}.`),
  );

  const { printPageWeights } = await import("./bench-weight");
  printPageWeights(http.weights);

  const { benchReminders } = await import("./bench-reminders");
  const reminders = await benchReminders();
  console.log(`\n## One reminder pass over the same database\n`);
  console.log("| step | ms | reminders |");
  console.log("| --- | ---: | ---: |");
  console.log(`| find what is due (median of 5) | ${fmt(reminders.findMedianMs)} | ${reminders.due} due |`);
  console.log(`| record them as deliveries (first pass) | ${fmt(reminders.firstPlanMs)} | ${reminders.created} new |`);
  console.log(`| the same pass again (nothing new) | ${fmt(reminders.againMs)} | ${reminders.againCreated} new |`);
  console.log(
    `| render and hand to a discarding mailer | ${fmt(reminders.sendMs)} | ${reminders.sent} sent (${fmt(reminders.sendMs / Math.max(1, reminders.sent))} ms each) |`,
  );
  const { closeDatabase } = await import("~/lib/db.server");
  closeDatabase();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
