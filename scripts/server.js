// The production server. With WEB_CONCURRENCY above 1 (the default is one worker per CPU core, at most 4), a
// small primary process forks that many workers running server-app.js on one shared port: Node runs
// JavaScript on one core per process, and a page is mostly JavaScript. The primary never loads the app.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

// This is the production server whatever the shell says: in development mode express and Remix answer errors
// with stack traces and paths of this disk, and React renders more slowly. Workers inherit this.
process.env.NODE_ENV = "production";

function workerCount() {
  const raw = process.env.WEB_CONCURRENCY;
  if (raw === undefined || raw === "") return Math.min(4, availableParallelism());
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    console.error(
      `WEB_CONCURRENCY must be a whole number from 1 to 64 (the number of server processes), not "${raw}".`,
    );
    process.exit(1);
  }
  return count;
}

const count = cluster.isPrimary ? workerCount() : 1;
if (cluster.isPrimary && count > 1) {
  const { runCluster } = await import("./server-cluster.js");
  runCluster(count);
} else {
  await import("./server-app.js");
}
