import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";
import { afterEach } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

// When a test fails, the servers it talked to show what they logged: a 500's stack trace is there.
const running = new Set<RunningServer>();
afterEach(({ task }) => {
  if (task.result?.state !== "fail") return;
  for (const server of running)
    console.error(`--- server output (${server.url}), last 4000 characters ---\n${server.output().slice(-4000)}`);
});

const outboxes = new Map<string, string>();

/** The outbox of the test server at this address, for clients that read the mail it sends. */
export function outboxOf(url: string): string {
  const dir = outboxes.get(url);
  if (!dir) throw new Error(`No test server is running at ${url}`);
  return dir;
}

export type RunningServer = {
  url: string;
  databasePath: string;
  /** Where the server writes the emails it sends (no SMTP_URL): one .eml file per message. */
  outboxDir: string;
  output: () => string;
  /** Opens the server's database file directly, for arranging states the UI cannot (an expired invitation). */
  database: () => Database.Database;
  /** The process started (the cluster's primary when WEB_CONCURRENCY is above 1). */
  pid: number;
  stop: () => Promise<number | null>;
};

/**
 * Starts the real production server (scripts/server.js on the built app) on a free port with its own database,
 * or with `databasePath` on that database file (several servers on one file, or a file a test prepared); that
 * file is the caller's and is left in place when the server stops.
 */
export async function startServer(
  options: { seed?: boolean; env?: Record<string, string>; databasePath?: string } = {},
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "fulcrum-server-"));
  const databasePath = options.databasePath ?? join(dir, "fulcrum.db");
  const outboxDir = join(dir, "outbox");
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts/server.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      OUTBOX_DIR: outboxDir,
      SEED_DEMO: options.seed ? "true" : "false",
      NODE_ENV: "production",
      // One process per test server keeps the suite light; the cluster has tests of its own.
      WEB_CONCURRENCY: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start within 20 s:\n${output}`)), 20_000);
    const check = () => {
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code} before listening:\n${output}`));
    });
  });

  const opened: Database.Database[] = [];
  const server: RunningServer = {
    url,
    databasePath,
    outboxDir,
    output: () => output,
    pid: child.pid!,
    database: () => {
      const db = new Database(databasePath);
      db.pragma("busy_timeout = 5000");
      opened.push(db);
      return db;
    },
    stop: async () => {
      running.delete(server);
      for (const db of opened) db.close();
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await exited;
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
  running.add(server);
  outboxes.set(url, outboxDir);
  return server;
}
