// npm run bench: prints speed figures as a markdown table. A benchmark, not a test: it fails only if it
// cannot run. (Issue 7 extends it with the HTTP pages.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { renderMarkdown } from "~/lib/markdown.server";
import { renderPlaybook } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { systemTypes } from "~/lib/typology";
import { answersForPureType, scoreDiagnostic } from "~/lib/typology/diagnostic";
import { benchHttp } from "./bench-http";

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
const targets = [{ name: "Dr. Lee", title: "Chief academic officer", locus: "central-office" as const, domains: ["infrastructure" as const] }];
const rows = [
  measure("playbook markdown (each type in turn)", 2000, (i) => renderPlaybook({ type: systemTypes[i % systemTypes.length]!, overrides, targets, context: "Special education" }, content)),
  measure("playbook markdown → sanitized HTML", 500, (i) => renderMarkdown(renderPlaybook({ type: systemTypes[i % systemTypes.length]! }, content))),
  measure("diagnostic scoring", 20000, (i) => scoreDiagnostic(answersForPureType(systemTypes[i % systemTypes.length]!))),
];

const fmt = (ms: number) => ms.toFixed(3);
console.log(`# Fulcrum benchmark (${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch})\n`);
console.log(`Loading and checking playbooks/ once: ${fmt(loadMs)} ms\n`);
console.log("| operation | runs | mean ms | p50 ms | p95 ms | max ms |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(`| ${row.name} | ${row.runs} | ${fmt(row.mean)} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.max)} |`);

// The reminder pass gets a database of its own, in a temporary folder, before anything opens one.
const reminderDir = mkdtempSync(join(tmpdir(), "fulcrum-bench-reminders-"));
process.env.DATABASE_PATH = join(reminderDir, "bench.db");
process.env.SEED_DEMO = "false";
const reminderVolumes = { coalitions: 200, tasks: 100_000, meetings: 20_000, asks: 100_000 };
const { benchReminders } = await import("./bench-reminders");
const { closeDatabase } = await import("~/lib/db.server");
const reminders = await benchReminders(reminderVolumes);
closeDatabase();
rmSync(reminderDir, { recursive: true, force: true });
console.log(`\n## One reminder pass\n`);
console.log(`Database: ${reminderVolumes.coalitions} coalitions (5 time zones), ${reminderVolumes.tasks.toLocaleString("en-US")} tasks, ${reminderVolumes.meetings.toLocaleString("en-US")} meetings, ${reminderVolumes.asks.toLocaleString("en-US")} asks (seeded in ${fmt(reminders.seedMs)} ms).\n`);
console.log("| step | ms | reminders |");
console.log("| --- | ---: | ---: |");
console.log(`| find what is due (median of 5) | ${fmt(reminders.findMedianMs)} | ${reminders.due} due |`);
console.log(`| record them as deliveries (first pass) | ${fmt(reminders.firstPlanMs)} | ${reminders.created} new |`);
console.log(`| the same pass again (nothing new) | ${fmt(reminders.againMs)} | ${reminders.againCreated} new |`);
console.log(`| render and hand to a discarding mailer | ${fmt(reminders.sendMs)} | ${reminders.sent} sent (${fmt(reminders.sendMs / Math.max(1, reminders.sent))} ms each) |`);

const volumes = { campaigns: 40, asks: 12_000, tasks: 12_000, meetings: 2_000 };
console.log(`\n## Pages over HTTP (production server, 16 connections, 5 s each)\n`);
console.log(`Database: the demo coalition plus ${volumes.campaigns} campaigns, ${volumes.asks.toLocaleString("en-US")} asks, ${volumes.tasks.toLocaleString("en-US")} tasks and ${volumes.meetings.toLocaleString("en-US")} meetings.\n`);
const http = await benchHttp(volumes);
const reference = http.rows.find((row) => row.name === "landing page")!.requests;
console.log("| page | req/s | vs landing | p50 ms | p90 ms | p99 ms | non-2xx |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of http.rows) {
  console.log(`| ${row.name} | ${row.requests.toFixed(0)} | ${(row.requests / reference).toFixed(2)} | ${row.p50} | ${row.p90} | ${row.p99} | ${row.non2xx} |`);
}
console.log(`\nPeak server memory (RSS): ${http.peakRssMb.toFixed(0)} MB`);
