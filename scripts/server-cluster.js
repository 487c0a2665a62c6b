// The cluster's primary: starts the first worker alone (it migrates the database and seeds the demo), then
// the others; replaces a worker that dies while serving; on SIGTERM or SIGINT, has every worker finish its
// open requests and stop, then exits with 0 only if they all stopped cleanly.
import cluster from "node:cluster";

// Left to its defaults, each worker's heap grows to 300 MB and more under load before V8 collects in earnest,
// and glibc keeps a memory arena per thread. These limits hold a worker near 170 MB for about a tenth of its
// throughput; a worker that ever needed more would stop and be replaced.
const workerFlags = ["--max-old-space-size=256", "--max-semi-space-size=8"];
const workerEnv = { MALLOC_ARENA_MAX: "2" };

export function runCluster(count) {
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...workerFlags] });
  let stopping = false;
  let failed = false;
  let ready = 0;

  function fork(index) {
    const worker = cluster.fork({ ...workerEnv, ...process.env, FULCRUM_WORKER: String(index) });
    let listening = false;
    worker.once("listening", () => {
      listening = true;
      if (++ready === count) console.log(`All ${count} server processes are ready.`);
    });
    worker.on("exit", (code, signal) => {
      if (stopping) {
        // A worker still starting when the stop came has nothing in flight: the signal ending it is a clean stop.
        if (code !== 0 && !(signal === "SIGTERM" && !listening)) failed = true;
        return;
      }
      if (!listening) {
        // A worker that fails before it listens (a bad setting, a broken template) would fail again: stop.
        console.error(`A server process stopped during start-up (${signal ?? `code ${code}`}); stopping Fulcrum.`);
        failed = true;
        stop();
        return;
      }
      console.error(`A server process stopped (${signal ?? `code ${code}`}); starting a new one.`);
      ready--;
      fork(index);
    });
  }

  function stop() {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  }

  cluster.on("exit", () => {
    if (stopping && Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
  });
  // Ctrl-C reaches the workers too; passing it on covers a SIGINT sent to the primary alone.
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  fork(0);
  cluster.once("listening", () => {
    for (let index = 1; index < count; index++) fork(index);
  });
}
