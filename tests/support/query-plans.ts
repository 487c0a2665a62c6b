// What SQLite does with the statements a piece of code runs: for tests that hold queries to their indexes.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Statement } from "better-sqlite3";
import { z } from "zod";

import { db } from "~/lib/db.server";
import { projectRoot } from "~/lib/project-root.server";

export type Run = { source: string; args: unknown[] };

/** Every statement run while `work` runs, with its values, by wrapping better-sqlite3's statement methods. */
export function statementsDuring(work: () => void): Run[] {
  const prototype: Statement = Object.getPrototypeOf(db.$client.prepare("select 1"));
  const methods = ["all", "get", "run", "iterate"] as const;
  const originals = methods.map((name) => prototype[name]);
  const runs: Run[] = [];
  for (const [i, name] of methods.entries()) {
    const original = originals[i]!;
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: Statement, ...args: unknown[]) {
        runs.push({ source: this.source, args });
        return Reflect.apply(original, this, args);
      },
    });
  }
  try {
    work();
  } finally {
    for (const [i, name] of methods.entries())
      Object.defineProperty(prototype, name, { configurable: true, writable: true, value: originals[i] });
  }
  return runs;
}

export function planOf({ source, args }: Run): string[] {
  return db.$client
    .prepare(`explain query plan ${source}`)
    .all(...args)
    .flatMap((row) => (row && typeof row === "object" && "detail" in row ? [String(row.detail)] : []));
}

/** The plan's full scans of a table, but for those that are small by nature or bound lists of values. */
export function tableScans(run: Run, small: string[] = ["organizations", "json_each"]): string[] {
  return planOf(run).filter(
    (line) => line.startsWith("SCAN ") && !small.some((name) => line.startsWith(`SCAN ${name}`)),
  );
}

/** The reads among runs. */
export const readsOf = (runs: Run[]) => runs.filter((run) => /^\s*(select|with)/i.test(run.source));

const statsFile = "tests/fixtures/scale-10-index-stats.json";
const statsRow = z.object({ tbl: z.string(), idx: z.string().nullable(), stat: z.string() });

/**
 * Makes SQLite plan as it would on the benchmark's scale-10 database (a million tasks and asks, 2,000
 * coalitions): the statistics ANALYZE gathered there (tests/fixtures/scale-10-index-stats.json, from
 * `select tbl, idx, stat from sqlite_stat1`), loaded for the indexes that still exist. A test's few rows alone
 * would let it choose plans that only work while tables are small. Only the per-index averages are loaded (not
 * sqlite_stat4's samples of values), so equality lookups are planned as there, ranges by SQLite's guesses.
 */
export function planAsAtScale(): void {
  const rows = z.array(statsRow).parse(JSON.parse(readFileSync(join(projectRoot(), statsFile), "utf8")));
  const client = db.$client;
  client.exec("analyze");
  client.exec("delete from sqlite_stat1");
  const indexes = new Set(
    client.prepare("select name from sqlite_schema where type = 'index'").pluck().all().map(String),
  );
  const insert = client.prepare("insert into sqlite_stat1 (tbl, idx, stat) values (?, ?, ?)");
  for (const row of rows) if (row.idx === null || indexes.has(row.idx)) insert.run(row.tbl, row.idx, row.stat);
  client.exec("analyze sqlite_schema");
}
