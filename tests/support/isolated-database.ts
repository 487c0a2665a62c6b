// Every test file starts with an empty, migrated SQLite database that no other file running at the time uses.
// The unit tests share their workers' loaded modules (isolate: false), so there the app's one connection outlives
// a file: this setup file runs again before each file and empties the worker's database rather than opening a new
// one, which leaves what a fresh migrated file holds (no migration inserts rows).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type Database from "better-sqlite3";
import { afterAll, inject } from "vitest";

import { emptyTables } from "./empty-tables";

type Worker = { __fulcrumTestDir?: string; __fulcrumDb?: { $client: Database.Database } };
const worker = globalThis as Worker;

if (worker.__fulcrumTestDir === undefined) {
  // The unit project's run removes its scratch folder at the end; a file in a process of its own removes its own.
  const scratch = inject("unitScratchDir");
  const dir = mkdtempSync(scratch ? join(scratch, "worker-") : join(tmpdir(), "fulcrum-test-"));
  worker.__fulcrumTestDir = dir;
  process.env.DATABASE_PATH = join(dir, "test.db");
  process.env.OUTBOX_DIR = join(dir, "outbox");
  process.env.SEED_DEMO = "false";
  process.env.NODE_ENV = "test";
  if (!scratch) afterAll(() => rmSync(dir, { recursive: true, force: true }));
}

const client = worker.__fulcrumDb?.$client;
if (client?.open) emptyTables(client);
