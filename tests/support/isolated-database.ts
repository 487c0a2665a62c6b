// Every test file gets its own SQLite file, migrated by the app on first use, and removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "fulcrum-unit-"));
process.env.DATABASE_PATH = join(dir, "test.db");
process.env.OUTBOX_DIR = join(dir, "outbox");
process.env.SEED_DEMO = "false";
process.env.NODE_ENV = "test";
delete (globalThis as { __fulcrumDb?: unknown }).__fulcrumDb;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
