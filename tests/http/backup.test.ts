// npm run backup / npm run restore against the real production server while it takes writes over HTTP.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

const root = fileURLToPath(new URL("../..", import.meta.url));
const slug = "backup-co";
const bulkTasks = 20_000;

let server: RunningServer;
let organizer: Client;
let dir: string;
let districtId: string;
let campaignId: string;
let organizerId: string;
/** The backup taken in the middle of the load, and the ids of the records written by the load that it holds. */
let midLoadBackup: string;
let midLoadIds: Set<string>;
/** Every record the load wrote (its response received), in the order the responses came. */
const committed: { table: "tasks" | "targets"; id: string }[] = [];
let loadError: unknown;

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/<name>.ts with tsx, as `npm run <name>` does, against the database at databasePath. */
function run(name: "backup" | "restore", args: string[], databasePath: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(`${root}node_modules/.bin/tsx`, [`scripts/${name}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: databasePath },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function readOnly(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}

/** The ids of the tasks and targets a database holds, bulk rows left out. */
function loadIds(path: string): Set<string> {
  const db = readOnly(path);
  try {
    const ids = db
      .prepare("select id from tasks where id not like 'bulk-%' union all select id from targets")
      .pluck()
      .all() as string[];
    return new Set(ids);
  } finally {
    db.close();
  }
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (loadError) throw loadError;
    if (Date.now() > deadline) throw new Error("timed out waiting for the load");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** One writer: creates tasks and targets through the forms, one after another, until told to stop. */
async function writer(n: number, stop: () => boolean): Promise<void> {
  for (let i = 0; !stop() && !loadError; i++) {
    if (i % 2 === 0) {
      const response = await organizer.post(`/o/${slug}/tasks/new`, {
        title: `Load task ${n}-${i}`,
        details: "Written during a backup.",
        dueOn: isoDay(5),
        assigneeId: organizerId,
        campaignId,
        meetingId: "",
        askId: "",
      });
      if (response.status !== 302) throw new Error(`creating a task failed with ${response.status}`);
      committed.push({ table: "tasks", id: response.headers.get("location")!.split("?")[0]!.split("/").pop()! });
    } else {
      const id = await organizer.createTarget(slug, districtId, `Load target ${n}-${i}`, "central-office", [
        "environment",
      ]);
      committed.push({ table: "targets", id });
    }
  }
}

/** Runs writers until stopped; the first failure stops them all and is thrown by until(). */
function startLoad(writers: number): { stop: () => Promise<void> } {
  let stopping = false;
  const running = Array.from({ length: writers }, (_, n) =>
    writer(n, () => stopping).catch((error: unknown) => {
      loadError ??= error;
    }),
  );
  return {
    stop: async () => {
      stopping = true;
      await Promise.all(running);
      if (loadError) throw loadError;
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fulcrum-backup-"));
  server = await startServer();
  organizer = new Client(server.url);
  await organizer.signUp("Bea Backup", "bea@example.org");
  await organizer.createCoalition(slug, "Backup Coalition");
  districtId = await organizer.createDistrict(slug, "Backup District");
  campaignId = (await organizer.createCampaign(slug, districtId, "Keep it safe", "Nothing lost.")).id;
  // Some bulk, written straight into the server's database, so the backup has thousands of pages to copy.
  const db = server.database();
  organizerId = db.prepare("select id from users where email = 'bea@example.org'").pluck().get() as string;
  const organizationId = db.prepare("select id from organizations where slug = ?").pluck().get(slug) as string;
  db.prepare(
    `
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
    insert into tasks (id, organization_id, campaign_id, title, details, due_on, assignee_id, status, created_by_name, updated_at)
    select printf('bulk-%06d', i), ?, ?, 'Bulk task ' || i, printf('%.200c', 'x'), '2030-01-01', ?, 'open', 'Bea Backup', unixepoch('subsec') * 1000 from n
  `,
  ).run(bulkTasks, organizationId, campaignId, organizerId);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup and npm run restore", () => {
  it("backs up a consistent snapshot while the server keeps writing, and restores every record committed before the backup", async () => {
    const load = startLoad(6);
    try {
      await until(() => committed.length >= 150);
      // Every record whose response arrived before the backup process was started was committed before the
      // backup began.
      const before = committed.slice();
      midLoadBackup = join(dir, "mid-load.db");
      const backup = await run("backup", [midLoadBackup], server.databasePath);
      const duringBackup = committed.length - before.length;
      const afterBackup = committed.length;
      await until(() => committed.length >= afterBackup + 60);
      await load.stop();

      expect(backup.code, backup.stderr).toBe(0);
      const summary =
        /Backed up (\S+) to (\S+): .*\((\d+) bytes\), (\d+) pages of (\d+) bytes .* in (\d+) ms \(copy (\d+) ms\)\./.exec(
          backup.stdout,
        );
      expect(summary, backup.stdout).not.toBeNull();
      const [, source, target, bytes, pages, pageSize, totalMs, copyMs] = summary!;
      expect(source).toBe(server.databasePath);
      expect(target).toBe(midLoadBackup);
      expect(Number(bytes)).toBe(statSync(midLoadBackup).size);
      expect(Number(pages) * Number(pageSize)).toBe(Number(bytes));
      console.log(
        `backup under load: ${bytes} bytes, ${pages} pages, ${totalMs} ms (copy ${copyMs} ms); ${duringBackup} records committed while the backup process ran`,
      );
      // The server kept committing writes while the backup process ran.
      expect(duringBackup).toBeGreaterThan(0);
      // One self-contained file, with nothing left beside it.
      expect(readdirSync(dir).sort()).toEqual(["mid-load.db"]);

      const restored = join(dir, "restored", "fulcrum.db");
      const restore = await run("restore", [midLoadBackup], restored);
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(/^Restored .* to .*restored\/fulcrum\.db: \d+ bytes, \d+ pages/);

      const db = readOnly(restored);
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.pragma("foreign_key_check")).toEqual([]);
        expect(db.prepare("select count(*) from tasks where id like 'bulk-%'").pluck().get()).toBe(bulkTasks);
        expect(db.prepare("select name from organizations where slug = ?").pluck().get(slug)).toBe("Backup Coalition");
      } finally {
        db.close();
      }
      midLoadIds = loadIds(restored);
      const missing = before.filter(({ id }) => !midLoadIds.has(id));
      expect(missing, "records committed before the backup started but missing from it").toEqual([]);
      // A snapshot from the middle of the load: it holds no record the load did not write, and not those written
      // after it.
      const all = new Set(committed.map(({ id }) => id));
      expect([...midLoadIds].filter((id) => !all.has(id))).toEqual([]);
      expect(midLoadIds.size).toBeGreaterThanOrEqual(before.length);
      expect(midLoadIds.size).toBeLessThan(committed.length);
      expect(loadIds(server.databasePath).size).toBe(committed.length);
    } finally {
      await load.stop().catch(() => {});
    }
  }, 40_000);

  it("refuses to restore over a database newer than the backup without --force, and replaces it (and its stale -wal) with --force", async () => {
    const finalBackup = join(dir, "final.db");
    expect((await run("backup", [finalBackup], server.databasePath)).code).toBe(0);
    const target = join(dir, "target", "fulcrum.db");
    const first = await run("restore", [finalBackup], target);
    expect(first.code, first.stderr).toBe(0);
    expect(loadIds(target).size).toBe(committed.length);

    const refused = await run("restore", [midLoadBackup], target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /is newer than the backup: its latest change is from \S+ \(\w+\.\w+\), the backup's from \S+\..*pass --force/,
    );
    expect(loadIds(target).size).toBe(committed.length);

    // A process that dies mid-write leaves a -wal and a -shm beside the database.
    const crash = await new Promise<number | null>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `
        import Database from "better-sqlite3";
        const db = new Database(process.env.CRASH_DB);
        db.pragma("journal_mode = WAL");
        db.pragma("wal_autocheckpoint = 0");
        db.prepare("update organizations set name = 'Crashed mid-write'").run();
        process.kill(process.pid, "SIGKILL");
      `,
        ],
        { cwd: root, env: { ...process.env, CRASH_DB: target }, stdio: "ignore" },
      );
      child.on("exit", (_code, signal) => resolve(signal === "SIGKILL" ? 137 : _code));
    });
    expect(crash).toBe(137);
    expect(statSync(`${target}-wal`).size).toBeGreaterThan(0);
    expect(existsSync(`${target}-shm`)).toBe(true);

    const forced = await run("restore", [midLoadBackup, "--force"], target);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(
      /Replaced a database whose latest change was from \S+ \(newer than the backup; --force\)\./,
    );
    expect(existsSync(`${target}-wal`)).toBe(false);
    expect(existsSync(`${target}-shm`)).toBe(false);
    expect(readdirSync(join(dir, "target"))).toEqual(["fulcrum.db"]);
    expect(loadIds(target)).toEqual(midLoadIds);
    const db = readOnly(target);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.prepare("select name from organizations where slug = ?").pluck().get(slug)).toBe("Backup Coalition");
    } finally {
      db.close();
    }

    // The later backup is newer than what the target now holds: no --force needed.
    const forward = await run("restore", [finalBackup], target);
    expect(forward.code, forward.stderr).toBe(0);
    expect(loadIds(target).size).toBe(committed.length);
  });

  it("refuses to restore over the database of a running server", async () => {
    const refused = await run("restore", [midLoadBackup, "--force"], server.databasePath);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is open in another process, most likely the running Fulcrum server.*Stop it first/);
    expect(loadIds(server.databasePath).size).toBe(committed.length);
    expect((await organizer.get(`/o/${slug}/tasks`)).status).toBe(200);
  });

  it("refuses to write over an existing backup without --force, and replaces it with --force", async () => {
    const file = join(dir, "existing.db");
    copyFileSync(midLoadBackup, file);
    const original = readFileSync(file);
    const refused = await run("backup", [file], server.databasePath);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /existing\.db already exists\. Choose another name, or pass --force to replace it\./,
    );
    expect(readFileSync(file).equals(original)).toBe(true);

    const forced = await run("backup", [file, "--force"], server.databasePath);
    expect(forced.code, forced.stderr).toBe(0);
    expect(loadIds(file).size).toBe(committed.length);
    expect(readdirSync(dir).filter((name) => name.includes(".tmp-"))).toEqual([]);
  });

  it("explains what is wrong, with a non-zero exit, for a missing argument, a missing database, an unwritable target or a file that is no backup", async () => {
    const notSqlite = join(dir, "notes.txt");
    writeFileSync(notSqlite, "not a database\n");
    const otherSqlite = join(dir, "other.db");
    const other = new Database(otherSqlite);
    other.exec("create table things (id integer primary key)");
    other.close();

    const [noFile, noBackup, noSource, noFolder, folderIsFile, garbage, foreign, help] = await Promise.all([
      run("backup", [], server.databasePath),
      run("restore", [], join(dir, "nowhere.db")),
      run("backup", [join(dir, "x.db")], join(dir, "missing", "fulcrum.db")),
      run("backup", [join(dir, "no-such-folder", "x.db")], server.databasePath),
      run("backup", [join(notSqlite, "x.db")], server.databasePath),
      run("restore", [notSqlite], join(dir, "nowhere.db")),
      run("restore", [otherSqlite], join(dir, "nowhere.db")),
      run("restore", ["--help"], join(dir, "nowhere.db")),
    ]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("Usage: npm run backup -- <file> [--force]");
    expect(noBackup.code).toBe(2);
    expect(noBackup.stderr).toContain("Usage: npm run restore -- <file> [--force]");
    expect(noSource.code).toBe(1);
    expect(noSource.stderr).toMatch(/No database at .*missing\/fulcrum\.db/);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/Cannot write the backup: the folder .*no-such-folder does not exist\./);
    expect(folderIsFile.code).toBe(1);
    expect(folderIsFile.stderr).toMatch(/Cannot write the backup: .*notes\.txt is not a folder\./);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toMatch(/notes\.txt is not a SQLite database/);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /other\.db is a SQLite database but not a Fulcrum backup: it has no users, organizations, memberships, __drizzle_migrations table/,
    );
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Stop the Fulcrum server first/);
    // Nothing was created by the failures.
    expect(existsSync(join(dir, "x.db"))).toBe(false);
    expect(existsSync(join(dir, "nowhere.db"))).toBe(false);
  });
});
