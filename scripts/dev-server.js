// `npm run dev`: `remix dev --manual` rebuilds the app on every saved change and runs this file once. This is
// the app's own server (http-app.js: the same security headers, origin check and body limit as production) on
// the same database as `npm start`; it loads each new build in place, so the database connection, the sessions
// and the reminder scheduler carry on, then tells `remix dev`, which has open browsers reload.
import { readFileSync, watch } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { broadcastDevReady } from "@remix-run/node";

import { createHttpApp, serve } from "./http-app.js";

if (!process.env.REMIX_DEV_ORIGIN || process.env.NODE_ENV !== "development") {
  console.error("This is the development server: start it with `npm run dev` (for production, `npm start`).");
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const buildPath = join(root, "build/server/index.js");
// `remix dev` writes this after the server build is complete, so a change to it means a whole new build.
const versionPath = join(root, "build/server/version.txt");

const readVersion = () => readFileSync(versionPath, "utf8").trim();
// Modules are cached by URL: a new query string per build imports the new one.
const importBuild = (version) => import(`${pathToFileURL(buildPath).href}?version=${version}`);

let build = await importBuild(readVersion());
const entry = build.entry.module;
await entry.startup();

// Where the browser's reload script connects: the socket of `remix dev`, which the dev CSP (only) allows.
const devOrigin = new URL(process.env.REMIX_DEV_ORIGIN);
const liveReloadSocket = `${devOrigin.protocol === "https:" ? "wss:" : "ws:"}//${devOrigin.host}`;

const app = createHttpApp({ root, build: async () => build, entry, mode: "development", liveReloadSocket });
serve(app, entry, { onListening: () => broadcastDevReady(build) });

let loading = Promise.resolve();
async function loadNewBuild() {
  let version;
  try {
    version = readVersion();
  } catch {
    return; // Between two writes of the file: its next change brings the version.
  }
  if (version === build.assets.version) return;
  try {
    build = await importBuild(version);
    await broadcastDevReady(build);
  } catch (error) {
    // A build that fails at import (a module that throws at its top) leaves the last good one serving.
    console.error("The new build could not be loaded; still serving the previous one.", error);
  }
}
watch(dirname(versionPath), (_event, file) => {
  if (file === "version.txt") loading = loading.then(loadNewBuild);
});
