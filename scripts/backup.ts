// npm run backup -- <file> [--force]: an online, consistent copy of the database at DATABASE_PATH, taken with SQLite's
// backup API while the server keeps running and writing. It opens the source read-only: it never migrates, seeds or
// writes to it. The copy is written under a temporary name next to <file> and renamed at the end, so a crash or a full
// disk never leaves a half-written file under the real name.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { performance } from "node:perf_hooks";

import Database from "better-sqlite3";

import { errorMessage, parseFileArgs, Refusal } from "./cli-args";

const usage = `Usage: npm run backup -- <file> [--force]

Copies the Fulcrum database at DATABASE_PATH (default ./data/fulcrum.db) to <file> while the server keeps
running. The copy is one consistent snapshot of the database, in a single self-contained SQLite file (no -wal or
-shm file goes with it). Restore it with: npm run restore -- <file>

Options:
  --force   replace <file> if it already exists
  --help    show this text`;

// The whole database is copied in one step of the backup API. One step runs in one read transaction, so the copy is
// a single snapshot; in WAL mode that reader does not block the server's writers. With small steps (the default is
// 100 pages), any write by the server between two steps makes SQLite restart the copy from the first page: with a
// writer committing every few milliseconds, a 9 MB copy took 5,600 steps and 1.5 s instead of one step and 60 ms,
// and heavier load can keep it from ever finishing.
const allPagesAtOnce = () => 0x7fffffff;

const sidecars = (path: string) => [`${path}-wal`, `${path}-shm`, `${path}-journal`];

function removeWithSidecars(path: string): void {
  for (const file of [path, ...sidecars(path)]) rmSync(file, { force: true });
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Refuses targets that cannot or must not be written, before any work is done. */
function checkTarget(target: string, source: string, force: boolean): void {
  const dir = dirname(target);
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) throw new Refusal(`Cannot write the backup: the folder ${dir} does not exist.`);
  if (!dirStat.isDirectory()) throw new Refusal(`Cannot write the backup: ${dir} is not a folder.`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new Refusal(`Cannot write the backup: the folder ${dir} is not writable.`);
  }
  const existing = statSync(target, { throwIfNoEntry: false });
  if (!existing) return;
  if (existing.isDirectory()) throw new Refusal(`Cannot write the backup: ${target} is a folder.`);
  if (realpathSync(target) === realpathSync(source))
    throw new Refusal(`${target} is the database itself; choose another file for the backup.`);
  if (!force) throw new Refusal(`${target} already exists. Choose another name, or pass --force to replace it.`);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}

async function main(argv: string[]): Promise<void> {
  const args = parseFileArgs(argv, usage, "Say where to write the backup.");
  if (args === "help") {
    console.log(usage);
    return;
  }
  // The same rules as the server: DATABASE_PATH, default ./data/fulcrum.db, relative to the working directory.
  const { env } = await import("../app/lib/env.server").catch((error: Error) => {
    throw new Refusal(error.message);
  });
  if (env.DATABASE_PATH === ":memory:") throw new Refusal("DATABASE_PATH is :memory:, which cannot be backed up.");
  const source = resolve(env.DATABASE_PATH);
  const target = resolve(args.file);
  if (!existsSync(source))
    throw new Refusal(`No database at ${source} (set DATABASE_PATH to the server's database). Nothing was written.`);
  if (statSync(source).isDirectory()) throw new Refusal(`DATABASE_PATH ${source} is a folder, not a database.`);
  checkTarget(target, source, args.force);

  const temp = `${target}.tmp-${process.pid}`;
  const cleanUp = () => removeWithSidecars(temp);
  const interrupted = (signal: NodeJS.Signals) => {
    cleanUp();
    console.error(`Backup interrupted by ${signal}; nothing was written to ${target}.`);
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  const started = performance.now();
  let sourceDb: Database.Database | undefined;
  try {
    try {
      sourceDb = new Database(source, { readonly: true, fileMustExist: true });
      sourceDb.pragma("schema_version"); // reads the header: fails here if the file is not a database
    } catch (error) {
      throw new Refusal(`Cannot read ${source} as a SQLite database: ${errorMessage(error)}`);
    }
    removeWithSidecars(temp);
    const copied = await sourceDb.backup(temp, { progress: allPagesAtOnce });
    const copyMs = performance.now() - started;
    sourceDb.close();

    // The copy carries the source's WAL flag; turning it back to a rollback journal makes the backup one
    // self-contained file that can be copied or opened anywhere. The server switches a restored database to WAL.
    const out = new Database(temp, { fileMustExist: true });
    let pageCount: number;
    let pageSize: number;
    try {
      out.pragma("journal_mode = DELETE");
      const check = out.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its quick check: ${String(check)}`);
      pageCount = out.pragma("page_count", { simple: true }) as number;
      pageSize = out.pragma("page_size", { simple: true }) as number;
    } finally {
      out.close();
    }
    fsyncPath(temp);
    // A -wal, -shm or -journal left beside an older file of that name would be applied to the new one when it is
    // opened.
    for (const file of sidecars(target)) rmSync(file, { force: true });
    renameSync(temp, target);
    fsyncPath(dirname(target));
    const totalMs = performance.now() - started;
    const size = statSync(target).size;
    console.log(
      `Backed up ${source} to ${target}: ${formatBytes(size)}, ${pageCount} pages of ${pageSize} bytes ` +
        `(${copied.totalPages} copied), in ${Math.round(totalMs)} ms (copy ${Math.round(copyMs)} ms).`,
    );
  } catch (error) {
    if (sourceDb?.open) sourceDb.close();
    cleanUp();
    if (error instanceof Refusal) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      throw new Refusal(`Cannot write the backup to ${target}: ${message}`);
    if (code === "ENOSPC" || code === "SQLITE_FULL")
      throw new Refusal(`The disk is full; no backup was written to ${target}. (${message})`);
    throw new Refusal(`The backup failed; nothing was written to ${target}. ${message}`);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Refusal) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error("The backup failed:", error);
    process.exitCode = 1;
  }
}
