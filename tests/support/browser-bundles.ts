import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where `npm run build` writes what the browser downloads, served under /build/. */
export const browserBuildDir = fileURLToPath(new URL("../../build/client/build/", import.meta.url));

type ManifestEntry = { module: string; imports?: string[] };
type ManifestRouteEntry = ManifestEntry & { id: string; parentId?: string; path?: string; index?: boolean };
type BrowserManifest = { entry: ManifestEntry; routes: Record<string, ManifestRouteEntry> };

export type RouteBundle = {
  routeId: string;
  /** Every JavaScript file the browser loads for a page of this route: the entry, root, every parent, itself. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
};

export function browserManifest(): BrowserManifest {
  if (!existsSync(browserBuildDir)) throw new Error("No browser build in build/client/build: run `npm run build`");
  const file = readdirSync(browserBuildDir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error("No route manifest in build/client/build: run `npm run build` first");
  const source = readFileSync(join(browserBuildDir, file), "utf8");
  return JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as BrowserManifest;
}

/** The text of a built file named by its URL ("/build/_shared/chunk-X.js"). */
export function builtFile(url: string): string {
  return readFileSync(join(browserBuildDir, url.replace(/^\/build\//, "")), "utf8");
}

// esbuild writes a chunk's static imports as `import ... from "./chunk-X.js"` or `import "./chunk-X.js"`; the
// manifest lists only a module's direct imports, so the set is closed over the files' own imports.
const importPattern = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

function withImports(urls: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...urls];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const match of builtFile(url).matchAll(importPattern)) {
      queue.push(new URL(match[1]!, `http://app${url}`).pathname);
    }
  }
  return seen;
}

/** The size of the copy the server sends for an encoding: the build's own precompressed file (.br or .gz). */
function precompressedSize(url: string, extension: "br" | "gz"): number {
  const path = join(browserBuildDir, `${url.replace(/^\/build\//, "")}.${extension}`);
  if (!existsSync(path)) throw new Error(`No ${path}: run \`npm run build\` (it precompresses the browser build)`);
  return statSync(path).size;
}

/** For every route in the browser manifest, the JavaScript a first visit to one of its pages downloads. */
export function routeBundles(manifest = browserManifest()): RouteBundle[] {
  const sizes = new Map<string, { bytes: number; gzip: number; brotli: number }>();
  const sizeOf = (url: string) => {
    let size = sizes.get(url);
    if (!size) {
      const text = builtFile(url);
      size = {
        bytes: Buffer.byteLength(text),
        gzip: precompressedSize(url, "gz"),
        brotli: precompressedSize(url, "br"),
      };
      sizes.set(url, size);
    }
    return size;
  };
  return Object.values(manifest.routes).map((route) => {
    const urls = [manifest.entry.module, ...(manifest.entry.imports ?? [])];
    for (
      let current: ManifestRouteEntry | undefined = route;
      current;
      current = current.parentId ? manifest.routes[current.parentId] : undefined
    ) {
      urls.push(current.module, ...(current.imports ?? []));
    }
    const files = [...withImports(urls)].sort();
    const total = (field: "bytes" | "gzip" | "brotli") => files.reduce((sum, url) => sum + sizeOf(url)[field], 0);
    return {
      routeId: route.id,
      files,
      bytes: total("bytes"),
      gzipBytes: total("gzip"),
      brotliBytes: total("brotli"),
    };
  });
}
