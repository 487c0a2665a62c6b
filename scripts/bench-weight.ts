// Page weight for npm run bench: what a phone downloads for a first visit to each page, as sent over the wire
// (compressed, as a browser asks for it) and as it unpacks. Scripts are found as the browser finds them: the page's
// module preloads and imports, then each script's own imports.
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

import { compressionThreshold } from "./http-app.js";

export type PageWeight = {
  /** The page's HTML: bytes sent, and bytes once decompressed. */
  htmlSent: number;
  htmlBytes: number;
  /** Every script the page loads. */
  jsSent: number;
  jsBytes: number;
  scripts: number;
  /** Text responses (the page, its scripts and styles) that came back uncompressed, tiny ones aside. */
  uncompressed: string[];
};

type Raw = { status: number; encoding: string | undefined; sent: Buffer };

/** A GET with the Accept-Encoding of a browser, read as it came (fetch would decode it and hide the size). */
function get(url: string, cookie: string | null): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "Accept-Encoding": "br, gzip" };
    if (cookie) headers.Cookie = cookie;
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const encoding = res.headers["content-encoding"];
        resolve({ status: res.statusCode ?? 0, encoding, sent: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function unpacked(raw: Raw): string {
  if (raw.encoding === "br") return brotliDecompressSync(raw.sent).toString("utf8");
  if (raw.encoding === "gzip") return gunzipSync(raw.sent).toString("utf8");
  return raw.sent.toString("utf8");
}

const preloads = /<link rel="modulepreload" href="([^"]+\.js)"/g;
const stylesheets = /<link rel="stylesheet" href="([^"]+\.css)"/g;
// Static imports in the page's inline module scripts and in esbuild's chunks (`import "x.js"`, `import {a} from`).
const imports = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

export async function pageWeight(origin: string, path: string, cookie: string | null): Promise<PageWeight> {
  const page = await get(origin + path, cookie);
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const html = unpacked(page);
  const uncompressed = page.encoding ? [] : [path];
  const queue = [...html.matchAll(preloads), ...html.matchAll(imports)].map((match) => match[1]!);
  const seen = new Set<string>();
  let jsSent = 0;
  let jsBytes = 0;
  while (queue.length > 0) {
    const script = new URL(queue.pop()!, origin + path).pathname;
    if (seen.has(script)) continue;
    seen.add(script);
    const raw = await get(origin + script, null);
    if (!raw.encoding && raw.sent.length >= compressionThreshold) uncompressed.push(script);
    const text = unpacked(raw);
    jsSent += raw.sent.length;
    jsBytes += Buffer.byteLength(text);
    for (const match of text.matchAll(imports)) queue.push(new URL(match[1]!, origin + script).pathname);
  }
  for (const match of html.matchAll(stylesheets)) {
    const sheet = await get(origin + match[1]!, null);
    if (!sheet.encoding && sheet.sent.length >= compressionThreshold) uncompressed.push(match[1]!);
  }
  return {
    htmlSent: page.sent.length,
    htmlBytes: Buffer.byteLength(html),
    jsSent,
    jsBytes,
    scripts: seen.size,
    uncompressed,
  };
}
