import { execFileSync } from "node:child_process";
import { get } from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

// `npm start` runs one server process per core: a primary that never loads the app, and workers on one port.
let server: RunningServer;
function workersOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map(Number)
      .filter(Boolean);
  } catch {
    return []; // ps exits with 1 when there are none
  }
}
/** A GET on a new connection (a pooled one may belong to the worker just killed, as it would for a browser). */
const freshGet = (url: string) =>
  new Promise<number>((resolve, reject) =>
    get(url, { agent: false }, (response) => (response.resume(), resolve(response.statusCode!))).on("error", reject),
  );
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};

beforeAll(async () => {
  server = await startServer({ seed: true, env: { WEB_CONCURRENCY: "2" } });
  await until(() => server.output().includes("All 2 server processes are ready."), "two workers");
});
afterAll(async () => {
  await server?.stop();
});

describe("the server cluster", () => {
  it("serves from two workers, with one of them sending reminders", async () => {
    const client = new Client(server.url);
    expect((await client.logIn("organizer@example.org", "fulcrum-demo-organizer")).status).toBe(302);
    const pages = await Promise.all(Array.from({ length: 20 }, () => client.get("/o/maple-hollow-families")));
    expect(pages.map((page) => page.status)).toEqual(Array(20).fill(200));
    expect(server.output().match(/Fulcrum is listening/g)).toHaveLength(1);
    expect(server.output().match(/Email goes to/g)).toHaveLength(1);
  });

  it("replaces a worker that dies", async () => {
    const [victim] = workersOf(server.pid);
    process.kill(victim!, "SIGKILL");
    await until(
      () =>
        server.output().includes("starting a new one") &&
        workersOf(server.pid).length === 2 &&
        !workersOf(server.pid).includes(victim!),
      "a new worker",
    );
    const statuses = await Promise.all(Array.from({ length: 10 }, () => freshGet(`${server.url}/healthz`)));
    expect(statuses).toEqual(Array(10).fill(200));
  });

  it("stops every worker on SIGTERM and exits with 0", async () => {
    const workers = workersOf(server.pid);
    expect(await server.stop()).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe("a cluster sent SIGINT", () => {
  it("stops its workers too when only the primary gets the signal (as from a process manager)", async () => {
    const other = await startServer({ env: { WEB_CONCURRENCY: "2" } });
    await until(() => other.output().includes("All 2 server processes are ready."), "two workers");
    const workers = workersOf(other.pid);
    process.kill(other.pid, "SIGINT");
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until(() => !alive(other.pid), "the primary to stop by itself");
    expect(await other.stop()).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe("a cluster whose workers cannot start", () => {
  it("stops with the workers' message and a non-zero exit instead of restarting them forever", async () => {
    await expect(startServer({ env: { WEB_CONCURRENCY: "2", PORT: "not-a-port" } })).rejects.toThrow(
      /exited with 1[\s\S]*PORT/,
    );
  });

  it("refuses a WEB_CONCURRENCY that is not a number of processes", async () => {
    await expect(startServer({ env: { WEB_CONCURRENCY: "many" } })).rejects.toThrow(
      /WEB_CONCURRENCY must be a whole number/,
    );
  });
});
