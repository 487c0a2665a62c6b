import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Client } from "../support/client";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let owner: Client;
const slug = "squeeze-co";

/** A response as it crossed the wire: fetch would decode it and hide the encoding and the bytes sent. */
type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function rawGet(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function decoded(response: Raw): Buffer {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(response.body);
  if (encoding === "gzip") return gunzipSync(response.body);
  if (encoding === undefined) return response.body;
  throw new Error(`unexpected Content-Encoding ${String(encoding)}`);
}

const cacheHeaders = (response: Raw) => ({
  cacheControl: response.headers["cache-control"],
  etag: response.headers["etag"],
  lastModified: response.headers["last-modified"],
});

/** Every kind of text a browser fetches for a signed-in page: the page, its scripts, its styles, the icon. */
const texts: Array<{ name: string; path: () => string; cookie?: boolean }> = [];
let pageHtml = "";

beforeAll(async () => {
  server = await startServer();
  owner = new Client(server.url);
  await owner.signUp("Owner", "owner-squeeze@example.org");
  await owner.createCoalition(slug);
  pageHtml = await (await owner.get(`/o/${slug}`)).text();
  const scripts = [...pageHtml.matchAll(/<link rel="modulepreload" href="([^"]+\.js)"/g)].map((match) => match[1]!);
  const stylesheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(pageHtml)?.[1];
  expect(scripts.length).toBeGreaterThan(3);
  expect(stylesheet).toBeDefined();
  texts.push(
    { name: "the dashboard's HTML", path: () => `/o/${slug}`, cookie: true },
    { name: "the landing page's HTML", path: () => "/" },
    { name: "its largest script", path: () => scripts.at(-1)! },
    ...scripts.slice(0, 3).map((script) => ({ name: `script ${script}`, path: () => script })),
    { name: "the stylesheet", path: () => stylesheet! },
    { name: "the SVG icon", path: () => "/favicon.svg" },
  );
});
afterAll(async () => {
  await server?.stop();
});

describe("compressed responses", () => {
  it("sends every text response compressed to a browser that takes brotli or gzip, with the same bytes inside", async () => {
    for (const text of texts) {
      const cookie: Record<string, string> = text.cookie ? { Cookie: owner.cookieHeader } : {};
      const plain = await rawGet(text.path(), cookie);
      expect(plain.status, text.name).toBe(200);
      expect(plain.headers["content-encoding"], text.name).toBeUndefined();
      expect(plain.headers["vary"], text.name).toMatch(/Accept-Encoding/i);
      for (const [accept, expected] of [
        ["br, gzip, deflate", "br"],
        ["gzip, deflate", "gzip"],
      ] as const) {
        const squeezed = await rawGet(text.path(), { ...cookie, "Accept-Encoding": accept });
        expect(squeezed.headers["content-encoding"], `${text.name} with ${accept}`).toBe(expected);
        expect(squeezed.body.length, text.name).toBeLessThan(plain.body.length);
        expect(cacheHeaders(squeezed).cacheControl, text.name).toBe(cacheHeaders(plain).cacheControl);
        // A build file is immutable under its fingerprinted name: no validator to revalidate it with (the bytes
        // a slow phone waits for), and caches keep each encoding apart by Vary.
        if (text.path().startsWith("/build/")) {
          expect(cacheHeaders(squeezed), text.name).toMatchObject({ etag: undefined, lastModified: undefined });
          expect(squeezed.headers["accept-ranges"], text.name).toBeUndefined();
        }
        // Pages carry a fresh CSP nonce on every request, so only static files match byte for byte; a page must
        // match once its nonces are set aside.
        const unnonced = (bytes: Buffer) => bytes.toString("utf8").replace(/nonce="[^"]+"/g, 'nonce=""');
        if (text.path().startsWith("/build/") || text.path() === "/favicon.svg")
          expect(decoded(squeezed).equals(plain.body), text.name).toBe(true);
        else expect(unnonced(decoded(squeezed)), text.name).toBe(unnonced(plain.body));
      }
    }
  });

  it("keeps fingerprinted files cached for a year as immutable, and pages uncached", async () => {
    const script = texts.find((text) => text.path().startsWith("/build/"))!.path();
    const asset = await rawGet(script, { "Accept-Encoding": "br, gzip" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await rawGet(`/o/${slug}`, { Cookie: owner.cookieHeader, "Accept-Encoding": "br, gzip" });
    expect(page.headers["content-encoding"]).toBe("br");
    // No Cache-Control, ETag or Last-Modified: a browser never shows a page from its cache, not even heuristically.
    expect(cacheHeaders(page)).toEqual({ cacheControl: undefined, etag: undefined, lastModified: undefined });
  });

  it("streams a page: the compressed body arrives in more than one piece when the page is large", async () => {
    const chunks = await new Promise<number>((resolve, reject) => {
      const req = request(
        new URL(`/o/${slug}`, server.url),
        { headers: { Cookie: owner.cookieHeader, "Accept-Encoding": "gzip" } },
        (res) => {
          let count = 0;
          res.on("data", () => (count += 1));
          res.on("end", () => resolve(count));
        },
      );
      req.on("error", reject);
      req.end();
    });
    // React writes the page in 2 KB pieces and each is flushed through the compressor as it is written.
    expect(pageHtml.length).toBeGreaterThan(8_000);
    expect(chunks).toBeGreaterThan(1);
  });

  it("leaves the server's own short refusals as they were", async () => {
    const refused = await new Promise<Raw>((resolve, reject) => {
      const req = request(
        new URL("/login", server.url),
        {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": "7",
            Origin: "https://evil.example",
            "Accept-Encoding": "br, gzip",
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on("error", reject);
      req.end("email=a");
    });
    expect(refused.status).toBe(403);
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toMatch(/another site/);
  });
});
