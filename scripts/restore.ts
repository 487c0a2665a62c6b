// npm run restore -- <file> [--force]: replaces the database at DATABASE_PATH with a backup made by `npm run backup`
// (or any copy of a Fulcrum database), after checking that the backup is a sound Fulcrum database and that the
// database it replaces holds nothing newer. The backup is copied to a temporary file next to the database and renamed
// over it at the end, so a crash never leaves a half-restored database under the real name.
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";

import Database from "better-sqlite3";
import { z } from "zod";

import { errorMessage, parseFileArgs, Refusal } from "./cli-args";

const usage = `Usage: npm run restore -- <file> [--force]

Replaces the Fulcrum database at DATABASE_PATH (default ./data/fulcrum.db) with the backup <file>.

Stop the Fulcrum server first, and any cron job running npm run reminders: a database cannot be replaced under
a running server. The restore checks this and refuses while another process has the database open.

Before replacing anything it checks that <file> is a SQLite database with Fulcrum's tables that passes
PRAGMA integrity_check and foreign_key_check, and that the database it replaces holds no change newer than the
latest change in the backup (judged from the timestamps in the data, not from file dates). The -wal and -shm
files of the replaced database are removed. The server applies any newer migrations when it next starts.

Options:
  --force   restore even over a database that holds newer changes (they are lost; back it up first)
  --help    show this text`;

const requiredTables = ["users", "organizations", "memberships", "__drizzle_migrations"];

// "Newer" is judged from the data itself: the latest moment any row says it was written, across every table, from
// the columns that record when something happened (created_at, updated_at, an activity's `at`, done_at, sent_at...;
// not those that point ahead, such as expires_at, due_at or starts_at). Every write the app makes stamps at least one
// of these, all in milliseconds from the server's clock, and they travel with the rows through backups, copies and
// restores. File modification times do not: a copy, a checkpoint or a touch changes them without changing the data.
// SQLite's own change counter counts commits to one file, so it says nothing when comparing two different files (and
// is not kept up to date in WAL mode). The limits: a deletion leaves no timestamp behind, and a clock set back would
// hide writes; both err towards restoring, so the replaced database's latest write is printed either way.
const writeTimeColumns = new Set([
  "created_at",
  "updated_at",
  "at",
  "done_at",
  "sent_at",
  "published_at",
  "read_at",
  "acknowledged_at",
  "accepted_at",
  "revoked_at",
  "used_at",
  "email_verified_at",
]);

type Freshness = {
  /** The latest write time recorded in the data (ms since the epoch), or null when no row has one. */
  lastWrite: number | null;
  /** The table and column it was found in. */
  lastWriteIn: string | null;
  /** The `created_at` of the latest applied drizzle migration (when it was generated). */
  latestMigration: number | null;
  tables: Set<string>;
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const when = (ms: number | null) => (ms === null ? "none (no rows)" : new Date(ms).toISOString());
const sidecars = (path: string) => [`${path}-wal`, `${path}-shm`, `${path}-journal`];

function freshness(db: Database.Database): Freshness {
  const tables = new Set(
    db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'")
      .pluck()
      .all() as string[],
  );
  let lastWrite: number | null = null;
  let lastWriteIn: string | null = null;
  for (const table of tables) {
    if (table === "__drizzle_migrations") continue;
    const columns = (db.prepare("select name from pragma_table_info(?)").pluck().all(table) as string[]).filter(
      (name) => writeTimeColumns.has(name),
    );
    if (!columns.length) continue;
    const row = db
      .prepare(`select ${columns.map((c) => `max(${quote(c)})`).join(", ")} from ${quote(table)}`)
      .raw()
      .get();
    const maxima = z.array(z.unknown()).parse(row);
    maxima.forEach((value, i) => {
      if (typeof value === "number" && (lastWrite === null || value > lastWrite)) {
        lastWrite = value;
        lastWriteIn = `${table}.${columns[i]}`;
      }
    });
  }
  const latestMigration = tables.has("__drizzle_migrations")
    ? z.number().nullable().parse(db.prepare("select max(created_at) from __drizzle_migrations").pluck().get())
    : null;
  return { lastWrite, lastWriteIn, latestMigration, tables };
}

const migrationJournal = z.object({ entries: z.array(z.object({ when: z.number() })) });

/** The rows a PRAGMA returns, with the columns read here checked and typed once. */
function pragmaRows<T extends z.ZodRawShape>(db: Database.Database, pragma: string, columns: T) {
  return z.array(z.object(columns)).parse(db.pragma(pragma));
}

function errorCode(error: unknown): string {
  return (error as { code?: unknown }).code?.toString() ?? "";
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Opens the backup read-only and checks that it is a sound Fulcrum database; the connection is kept for the copy. */
function openBackup(file: string): { db: Database.Database; fresh: Freshness } {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new Refusal(`No backup at ${file}.`);
  if (!stat.isFile()) throw new Refusal(`${file} is not a file.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
  } catch (error) {
    if (errorCode(error) === "SQLITE_NOTADB")
      throw new Refusal(`${file} is not a SQLite database, so not a Fulcrum backup. Nothing was changed.`);
    throw new Refusal(`Cannot read the backup ${file}: ${errorMessage(error)}`);
  }
  try {
    const fresh = freshness(db);
    const missing = requiredTables.filter((table) => !fresh.tables.has(table));
    if (missing.length)
      throw new Refusal(
        `${file} is a SQLite database but not a Fulcrum backup: it has no ${missing.join(", ")} table. Nothing was changed.`,
      );
    if (fresh.latestMigration === null)
      throw new Refusal(`${file} has no migrations recorded, so it is not a Fulcrum backup. Nothing was changed.`);
    const problems = pragmaRows(db, "integrity_check", { integrity_check: z.string() }).map(
      (row) => row.integrity_check,
    );
    if (problems.length !== 1 || problems[0] !== "ok") {
      throw new Refusal(
        `${file} is damaged (PRAGMA integrity_check):\n  ${problems.slice(0, 10).join("\n  ")}\nNothing was changed.`,
      );
    }
    const orphans = pragmaRows(db, "foreign_key_check", { table: z.string(), parent: z.string() });
    if (orphans.length) {
      const sample = orphans.slice(0, 5).map((row) => `${row.table} → ${row.parent}`);
      throw new Refusal(
        `${file} has ${orphans.length} rows pointing at rows it does not hold (PRAGMA foreign_key_check), e.g. ${sample.join(", ")}. Nothing was changed.`,
      );
    }
    return { db, fresh };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Takes the database being replaced for this process alone, or refuses. In WAL mode (the server always switches to
 * it) every connection that has read the database holds a shared lock on its file until it closes, idle or not; an
 * exclusive lock is granted only when no other process has the file open. The lock is held until just before the
 * swap. Returns "not-sqlite" when the file is not a SQLite database at all (no server can have it open then).
 */
function lockTarget(target: string): { db: Database.Database; fresh: Freshness } | "not-sqlite" {
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 });
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    const fresh = freshness(db);
    db.exec("COMMIT");
    // Folds committed changes still in its -wal into the file, so the old database stays whole even if the restore
    // stops after its -wal is removed below.
    db.pragma("wal_checkpoint(TRUNCATE)");
    return { db, fresh };
  } catch (error) {
    db?.close();
    const code = errorCode(error);
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new Refusal(
        `The database at ${target} is open in another process, most likely the running Fulcrum server (or npm run reminders). ` +
          `Stop it first, then run the restore again. Nothing was changed.`,
      );
    }
    if (code === "SQLITE_NOTADB") return "not-sqlite";
    throw new Refusal(`Cannot open the database at ${target} to replace it: ${errorMessage(error)}`);
  }
}

/** Migrations this version of Fulcrum knows, by their `when` (what drizzle records as created_at). */
function knownLatestMigration(): number | null {
  try {
    const journal = migrationJournal.parse(
      JSON.parse(readFileSync(new URL("../db/migrations/meta/_journal.json", import.meta.url), "utf8")),
    );
    return Math.max(...journal.entries.map((entry) => entry.when));
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<void> {
  const args = parseFileArgs(argv, usage, "Say which backup to restore.");
  if (args === "help") {
    console.log(usage);
    return;
  }
  // The same rules as the server: DATABASE_PATH, default ./data/fulcrum.db, relative to the working directory.
  const { env } = await import("../app/lib/env.server").catch((error: Error) => {
    throw new Refusal(error.message);
  });
  if (env.DATABASE_PATH === ":memory:")
    throw new Refusal("DATABASE_PATH is :memory:; there is no database file to restore into.");
  const target = resolve(env.DATABASE_PATH);
  const file = resolve(args.file);
  const started = performance.now();

  const backup = openBackup(file);
  let guard: Database.Database | undefined;
  const temp = `${target}.restore-${process.pid}`;
  const removeTemp = () => {
    for (const path of [temp, ...sidecars(temp)]) rmSync(path, { force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    removeTemp();
    console.error(`Restore interrupted by ${signal}; the database at ${target} was not changed.`);
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    const known = knownLatestMigration();
    if (known !== null && backup.fresh.latestMigration! > known) {
      console.warn(
        `Warning: ${file} was made by a newer version of Fulcrum (it has migrations this version does not know).`,
      );
    }

    const dir = dirname(target);
    mkdirSync(dir, { recursive: true });
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      throw new Refusal(`Cannot restore: the folder ${dir} is not writable.`);
    }

    let replaced = "";
    const existing = statSync(target, { throwIfNoEntry: false });
    if (existing) {
      if (!existing.isFile()) throw new Refusal(`${target} (DATABASE_PATH) is not a file.`);
      if (realpathSync(target) === realpathSync(file))
        throw new Refusal(`${file} is the database at DATABASE_PATH itself; there is nothing to restore.`);
      const locked = lockTarget(target);
      if (locked === "not-sqlite") {
        if (!args.force)
          throw new Refusal(
            `${target} is not a SQLite database, so it cannot be compared with the backup. Pass --force to replace it.`,
          );
        replaced = `Replaced ${target}, which was not a SQLite database (--force).`;
      } else {
        guard = locked.db;
        const current = locked.fresh;
        const isFulcrum = requiredTables.every((table) => current.tables.has(table));
        if (current.tables.size > 0 && !isFulcrum && !args.force) {
          throw new Refusal(
            `${target} is a SQLite database but not a Fulcrum one, so it cannot be compared with the backup. Pass --force to replace it.`,
          );
        }
        const newer =
          current.lastWrite !== null && (backup.fresh.lastWrite === null || current.lastWrite > backup.fresh.lastWrite);
        if (newer && !args.force) {
          throw new Refusal(
            `The database at ${target} is newer than the backup: its latest change is from ${when(current.lastWrite)} ` +
              `(${current.lastWriteIn}), the backup's from ${when(backup.fresh.lastWrite)}. Restoring would lose every change since. ` +
              `Back it up first (npm run backup -- <file>), then pass --force to restore anyway. Nothing was changed.`,
          );
        }
        replaced = `Replaced a database whose latest change was from ${when(current.lastWrite)}${newer ? " (newer than the backup; --force)" : ""}.`;
      }
    }

    // Copied with SQLite's backup API from the connection that was checked, so what is restored is what was checked.
    removeTemp();
    await backup.db.backup(temp, { progress: () => 0x7fffffff });
    backup.db.close();
    const out = new Database(temp, { fileMustExist: true });
    let pageCount: number;
    try {
      // A plain rollback-journal file until the server opens it (and switches it to WAL).
      out.pragma("journal_mode = DELETE");
      const check = out.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its quick check: ${String(check)}`);
      pageCount = out.pragma("page_count", { simple: true }) as number;
    } finally {
      out.close();
    }
    fsyncPath(temp);

    // Closing the last connection checkpoints and deletes its -wal. Any -wal, -shm or -journal still there is stale,
    // and SQLite would apply it to the restored file when it is opened: remove them before the swap.
    guard?.close();
    guard = undefined;
    for (const path of sidecars(target)) rmSync(path, { force: true });
    renameSync(temp, target);
    fsyncPath(dir);

    const ms = Math.round(performance.now() - started);
    console.log(
      `Restored ${file} to ${target}: ${statSync(target).size} bytes, ${pageCount} pages, latest change in the backup from ` +
        `${when(backup.fresh.lastWrite)}, in ${ms} ms.`,
    );
    if (replaced) console.log(replaced);
    console.log("Start the server again; it applies any newer migrations when it starts.");
  } catch (error) {
    if (backup.db.open) backup.db.close();
    guard?.close();
    removeTemp();
    if (error instanceof Refusal) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "ENOSPC" || code === "SQLITE_FULL")
      throw new Refusal(`The disk is full; the database at ${target} was not changed. (${message})`);
    throw new Refusal(`The restore failed; the database at ${target} was not changed. ${message}`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error("The restore failed:", error);
    process.exitCode = 1;
  }
}
