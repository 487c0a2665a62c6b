// The tables of npm run bench and the targets it checks, as pure functions of the measurements.
import type { BrowserRow } from "./bench-browser";
import type { HttpRow } from "./bench-http";

/** One database's measurements: the pages over HTTP, the same pages in a throttled browser, the reminder pass. */
export type BenchRun = {
  scale: number;
  rows: HttpRow[];
  peakPssMb: number;
  browser: BrowserRow[];
  findRemindersMs: number;
};

export const targets = {
  /** A signed-in page's req/s as a share of the signed-in floor's (the state overview: the agency floor's). */
  ofFloor: 0.8,
  /** A floor's req/s as a share of the rendered reference's (the about page). */
  floorOfReference: 0.75,
  p95Ms: 120,
  pssMb: 400,
  /** Every page's JavaScript as sent (compressed) over HTTP, and as Chromium transferred it on the slow phone. */
  scriptKb: 120,
  slowPhoneMs: 2500,
  /** A page's req/s at a larger scale as a share of its req/s at scale 1, corrected for the machine's drift. */
  ofScaleOne: 0.8,
  findRemindersMs: 300,
};

// A yardstick that completed no request in its seconds (a machine far too busy) gives no ratio, not Infinity.
const ratio = (value: number, of: number) => (Number.isNaN(of) || Number.isNaN(value) || of <= 0 ? NaN : value / of);
const shown = (value: number, digits = 2) => (Number.isNaN(value) ? "–" : value.toFixed(digits));

/** The yardstick measured just before a row: the floor for signed-in pages, the reference for the others. */
const yardstickOf = (row: HttpRow) => (Number.isNaN(row.floor) ? row.reference : row.floor);

/**
 * A page's throughput at this scale as a share of its throughput at scale 1: as measured, and corrected for the
 * machine's drift by dividing each by the yardstick measured just before it (NaN for rows without one).
 */
export function scaleShares(row: HttpRow, baseline: HttpRow | undefined): { raw: number; corrected: number } {
  if (!baseline) return { raw: NaN, corrected: NaN };
  const raw = ratio(row.requests, baseline.requests);
  const ownYardstick = row.kind === "reference" || row.kind === "health";
  const corrected = ownYardstick
    ? NaN
    : ratio(ratio(row.requests, yardstickOf(row)), ratio(baseline.requests, yardstickOf(baseline)));
  return { raw, corrected };
}

export function pagesTable(run: BenchRun, baseline?: BenchRun): string[] {
  const scaled = baseline !== undefined && baseline.scale !== run.scale;
  const header = [
    "page",
    "req/s",
    "vs rendered reference (measured just before)",
    "vs signed-in floor (measured just before)",
    ...(scaled ? [`vs scale ${baseline.scale}`, `vs scale ${baseline.scale}, drift-corrected`] : []),
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "server CPU ms a request",
    "vs yardstick by server CPU",
    "queries",
    "errors",
  ];
  const lines = [`| ${header.join(" | ")} |`, `| --- |${" ---: |".repeat(header.length - 1)}`];
  for (const row of run.rows) {
    const shares = scaleShares(
      row,
      baseline?.rows.find((other) => other.name === row.name),
    );
    const cells = [
      row.name,
      row.requests.toFixed(0),
      shown(ratio(row.requests, row.reference)),
      shown(ratio(row.requests, row.floor)),
      ...(scaled ? [shown(shares.raw), shown(shares.corrected)] : []),
      shown(row.p50, 1),
      shown(row.p95, 1),
      shown(row.p99, 1),
      shown(row.cpuMs, 1),
      shown(ratio(row.yardstickCpuMs, row.cpuMs)),
      row.queries,
      String(row.errors),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** What a first visit to each page downloads, as sent (compressed) and as it unpacks. */
export function weightTable(rows: HttpRow[]): string[] {
  const lines = [
    "| page | HTML KB sent | HTML KB unpacked | JS KB sent | JS KB unpacked | scripts |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { name, weight: w } of rows)
    if (w)
      lines.push(
        `| ${name} | ${kb(w.htmlSent)} | ${kb(w.htmlBytes)} | ${kb(w.jsSent)} | ${kb(w.jsBytes)} | ${w.scripts} |`,
      );
  return lines;
}

export function browserTable(rows: BrowserRow[]): string[] {
  return [
    "| page (signed in, cold cache) | load event ms | hydrated ms | JS KB transferred | all KB transferred |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.loadMs.toFixed(0)} | ${row.hydratedMs.toFixed(0)} | ` +
        `${(row.scriptBytes / 1024).toFixed(1)} | ${(row.totalBytes / 1024).toFixed(1)} |`,
    ),
  ];
}

/**
 * Each target this run missed, in words with the figure. With a `baseline` run at another scale, also each page
 * below its share of its own throughput there (the state overview's work grows with its state's data: reported
 * in the table, not held to the share).
 */
export function missedTargets(run: BenchRun, baseline?: BenchRun): string[] {
  const at = `${run.scale === 1 ? "" : ` at scale ${run.scale}`}`;
  const missed: string[] = [];
  for (const row of run.rows) {
    if (!(row.requests > 0)) {
      missed.push(`${row.name}${at}: no request completed in the seconds measured`);
      continue;
    }
    const ofFloor = ratio(row.requests, row.floor);
    if (ofFloor < targets.ofFloor)
      missed.push(`${row.name}${at}: ${ofFloor.toFixed(2)} of its floor (at least ${targets.ofFloor})`);
    if (row.kind === "floor" || row.kind === "agency floor") {
      const ofReference = ratio(row.requests, row.reference);
      if (ofReference < targets.floorOfReference)
        missed.push(
          `${row.name}${at}: ${ofReference.toFixed(2)} of the about page (at least ${targets.floorOfReference})`,
        );
    }
    if (row.kind !== "health" && !(row.p95 < targets.p95Ms))
      missed.push(`${row.name}${at}: p95 ${row.p95.toFixed(0)} ms (under ${targets.p95Ms})`);
    if (row.errors > 0) missed.push(`${row.name}${at}: ${row.errors} errors (none)`);
    const baselineRow = baseline?.rows.find((other) => other.name === row.name);
    if (baseline && baseline.scale !== run.scale && row.targeted && row.kind !== "agency") {
      const share = scaleShares(row, baselineRow).corrected;
      // No share when a yardstick completed no request in either run: that row already says so.
      if (share < targets.ofScaleOne)
        missed.push(`${row.name}${at}: ${shown(share)} of its throughput at scale 1 (at least ${targets.ofScaleOne})`);
    }
  }
  // A script every page loads would otherwise be named once per page: each response is named once, with its pages.
  const uncompressed = new Map<string, string[]>();
  for (const row of run.rows) {
    if (!row.weight) continue;
    if (row.weight.jsSent > targets.scriptKb * 1024)
      missed.push(`${row.name}${at}: ${kb(row.weight.jsSent)} KB of JavaScript as sent (at most ${targets.scriptKb})`);
    for (const path of row.weight.uncompressed) uncompressed.set(path, [...(uncompressed.get(path) ?? []), row.name]);
  }
  for (const [path, pages] of uncompressed)
    missed.push(`${path}${at}: sent uncompressed (every text response compressed), loaded by ${pages.join(", ")}`);
  if (!(run.peakPssMb < targets.pssMb))
    missed.push(`server memory${at}: ${run.peakPssMb.toFixed(0)} MB (under ${targets.pssMb})`);
  for (const row of run.browser) {
    const slowest = Math.max(row.loadMs, row.hydratedMs);
    if (!(slowest < targets.slowPhoneMs))
      missed.push(
        `${row.name}${at} on a slow phone: ${(slowest / 1000).toFixed(2)} s (under ${targets.slowPhoneMs / 1000} s)`,
      );
    if (row.scriptBytes > targets.scriptKb * 1024)
      missed.push(
        `${row.name}${at} on a slow phone: ${kb(row.scriptBytes)} KB of JavaScript transferred ` +
          `(at most ${targets.scriptKb})`,
      );
  }
  if (!(run.findRemindersMs < targets.findRemindersMs))
    missed.push(`finding due reminders${at}: ${run.findRemindersMs.toFixed(0)} ms (under ${targets.findRemindersMs})`);
  return missed;
}
