// One server process (alone, or one of the cluster's workers, see server.js): serves the built Remix app with
// the express app of http-app.js (security headers, origin check, body limit) and stops cleanly on SIGTERM.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { createHttpApp, serve } from "./http-app.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = await import(join(root, "build/server/index.js"));
const entry = build.entry.module;

await entry.startup();

// In a cluster only the first worker sends reminders and speaks for the others at start.
const firstWorker = (process.env.FULCRUM_WORKER ?? "0") === "0";
serve(createHttpApp({ root, build, entry, mode: "production" }), entry, { firstWorker });
