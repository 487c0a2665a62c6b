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
  for (const server of running) console.error(`--- server output (${server.url}), last 4000 characters ---\n${server.output().slice(-4000)}`);
});

export type RunningServer = {
  url: string;
  databasePath: string;
  output: () => string;
  /** Opens the server's database file directly, for arranging states the UI cannot (an expired invitation). */
  database: () => Database.Database;
  stop: () => Promise<number | null>;
};

/** Starts the real production server (scripts/server.js on the built app) on a free port with its own database. */
export async function startServer(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "fulcrum-server-"));
  const databasePath = join(dir, "fulcrum.db");
  const child: ChildProcess = spawn(process.execPath, [join(root, "scripts/server.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      SEED_DEMO: options.seed ? "true" : "false",
      NODE_ENV: "production",
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
    output: () => output,
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
  return server;
}
