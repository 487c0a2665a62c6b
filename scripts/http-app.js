// The express app in front of Remix, shared by the production server (server-app.js) and `npm run dev`
// (dev-server.js), so that development runs the same middleware as production: the request log, security
// headers with a per-request CSP nonce, a same-origin check on every form post and the body limit; and the
// same clean stop on SIGTERM.
import { randomBytes } from "node:crypto";
import { join } from "node:path";

import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import expressStaticGzip from "express-static-gzip";

import { contentSecurityPolicy } from "./content-security-policy.js";
import { readServerMessages, sendServerMessage } from "./server-messages.js";

/** Bytes below which a response of known length goes uncompressed (see the compression middleware below). */
export const compressionThreshold = 150;

/**
 * The app: `build` is the server build, or in development a function returning the latest one; `entry` is the
 * build's entry module (env and the request context); `mode` is "production" or "development".
 */
export function createHttpApp({ root, build, entry, mode, liveReloadSocket }) {
  const { env, withRequestContext } = entry;
  const app = express();
  const messages = readServerMessages(root);
  const refuse = (req, res, status, key) => sendServerMessage(messages, req, res, status, key);
  app.disable("x-powered-by");
  app.set("env", mode);
  // One proxy in front: the client address is the one it appended to X-Forwarded-For, not whatever the client
  // wrote at the left of that header (which would let anyone pick an address and slip every per-address limit).
  if (env.TRUST_PROXY) app.set("trust proxy", 1);

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      if (!env.LOG_REQUESTS) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  });

  app.use((req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
    // A script or a style sheet is never a document, so a document's policies (scripts, framing, referrer, opener)
    // do nothing on it; they would only add about 330 bytes to each of the 15 to 40 files a page loads, sent
    // uncompressed, which a slow phone pays for. Everything else (pages, the icon, SVGs) gets them all.
    if (/^\/build\/.+\.(?:js|css)$/.test(req.path)) return next();
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, liveReloadSocket));
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    next();
  });

  // Browsers send Origin on every POST; one from another site is a forged form submission.
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const origin = req.get("origin");
    if (req.get("sec-fetch-site") === "cross-site") return refuse(req, res, 403, "server.crossSite");
    if (origin && origin !== "null") {
      const expected = `${req.protocol}://${req.get("host")}`;
      if (origin !== expected) return refuse(req, res, 403, "server.crossSite");
    } else if (origin === "null") {
      return refuse(req, res, 403, "server.opaqueOrigin");
    }
    next();
  });

  // Forms are small: the largest (a state agency's playbook notes) stays far below 1 MB even fully
  // percent-encoded. A bigger body is refused before anyone reads it; one of unknown length (chunked) too, as no
  // browser sends that.
  const maxBodyBytes = 1_000_000;
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const declared = req.get("content-length");
    if (declared === undefined && req.get("transfer-encoding")) {
      res.set("Connection", "close");
      return refuse(req, res, 411, "server.lengthRequired");
    }
    if (Number(declared) > maxBodyBytes) {
      res.set("Connection", "close");
      return refuse(req, res, 413, "server.tooLarge");
    }
    next();
  });

  // Loaders only see a Request: hand them the client address in a header that no client can forge.
  app.use((req, _res, next) => {
    req.headers["x-fulcrum-client-ip"] = req.ip ?? req.socket.remoteAddress ?? "unknown";
    next();
  });

  // Pages, scripts, styles and the icon go out compressed (brotli where the browser takes it, else gzip): a phone on
  // a slow network downloads a fifth to a third of the bytes. The middleware compresses only types that gain
  // (text, JavaScript, JSON, SVG; never PNG or JPEG, already compressed), adds `Vary: Accept-Encoding` and leaves
  // Cache-Control alone. A streamed page is flushed chunk by chunk as Remix writes it, so it still streams.
  // A body of known length under 150 bytes would grow or barely shrink, so it goes as it is (pages stream, so their
  // length is never known beforehand). The refusals above are answered before this runs and stay as they are.
  app.use(compression({ threshold: compressionThreshold }));

  // The only static files are the build's hashed assets (the favicon is a route); pages never touch the disk for
  // them. In production each has brotli and gzip copies made at build time (scripts/precompress.js), sent as they
  // are to a browser that takes them. A rebuild in development replaces the files under the same names, so there
  // they are never cached and are compressed on the fly like pages.
  const buildDir = join(root, "build/client/build");
  if (mode === "production") {
    // A fingerprinted file never changes under its name and is never revalidated within its year, so it carries no
    // validator (ETag, Last-Modified) and no Accept-Ranges: about 100 bytes less on each of a page's 20 to 40
    // scripts, which a slow phone receives before the page works.
    const serveStatic = {
      immutable: true,
      maxAge: "1y",
      fallthrough: false,
      etag: false,
      lastModified: false,
      acceptRanges: false,
    };
    app.use("/build", expressStaticGzip(buildDir, { enableBrotli: true, orderPreference: ["br"], serveStatic }));
  } else {
    app.use("/build", express.static(buildDir, { etag: false, maxAge: 0, fallthrough: false }));
  }

  // Each request counts its own SQL statements (reported in its Server-Timing header) and shares lookups
  // between its loaders.
  app.use((req, _res, next) => withRequestContext(req.method, next));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode,
      // A document request (not single fetch's `.data`) renders the page here, so loaders may leave the HTML they
      // render out of its data and hand it to that render instead (app/lib/page-html.server.ts).
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce,
        keptHtml: req.path.endsWith(".data") ? undefined : [],
      }),
    }),
  );

  // Errors outside Remix (an asset that does not exist, a path that cannot be decoded) get plain words, never a
  // stack trace or a path of this disk.
  app.use((error, req, res, _next) => {
    const status = Number.isInteger(error?.status) && error.status >= 400 && error.status < 600 ? error.status : 500;
    if (status >= 500) console.error(error);
    if (res.headersSent) return res.end();
    const keys = { 404: "server.notFound", 500: "server.unexpected" };
    refuse(req, res, status, keys[status] ?? "server.unreadable");
  });

  return app;
}

/**
 * Listens on env.PORT, starts the background work once listening, and on SIGTERM or SIGINT finishes open
 * requests, then the background work, then closes the database. `onListening` runs once the port is open.
 */
export function serve(app, entry, { firstWorker = true, onListening } = {}) {
  const { env, startBackgroundWork, stopBackgroundWork, shutdown } = entry;
  const server = app.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    if (firstWorker) console.log(`Fulcrum is listening on http://localhost:${port}`);
    startBackgroundWork(`http://localhost:${port}`, firstWorker);
    onListening?.();
  });

  let stopping = false;
  function stop(signal) {
    if (stopping) return;
    stopping = true;
    if (firstWorker) console.log(`${signal} received: finishing open requests, then stopping.`);
    // The reminder scheduler stops between two messages while the last requests finish.
    const background = stopBackgroundWork();
    server.close(async () => {
      await background;
      await shutdown();
      if (firstWorker) console.log("Fulcrum stopped.");
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open; requests in flight still finish, and each connection
    // is closed as soon as its last response is out rather than when the browser's keep-alive runs out.
    server.closeIdleConnections();
    setInterval(() => setImmediate(() => server.closeIdleConnections()), 100).unref();
    setTimeout(() => {
      console.error("Open requests did not finish within 10 s; stopping anyway.");
      process.exit(1);
    }, 10_000).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  return server;
}
