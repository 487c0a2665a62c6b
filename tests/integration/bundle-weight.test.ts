import { fileURLToPath } from "node:url";

import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";

import { browserManifest, builtFile, routeBundles } from "../support/browser-bundles";

// Reads the production build that `npm test` makes first (`npm run build` by hand).

/** What a phone may download for any page: its scripts, compressed as the server sends them. */
const transferBudgetBytes = 120 * 1024;

// zod names every schema class with a string that minifying keeps ("$ZodType", "$ZodString"...), in the full
// library and in zod/mini alike; any validator code the browser gets carries it.
const zodMarker = /["']\$Zod[A-Z]\w*["']/;

describe("the JavaScript each page downloads", () => {
  const bundles = routeBundles();

  it("covers every route of the build, each with the entry and root scripts", () => {
    const manifest = browserManifest();
    expect(bundles.map((bundle) => bundle.routeId).sort()).toEqual(Object.keys(manifest.routes).sort());
    for (const bundle of bundles) {
      expect(bundle.files, bundle.routeId).toContain(manifest.entry.module);
      expect(bundle.files, bundle.routeId).toContain(manifest.routes.root!.module);
    }
  });

  it("recognises zod in a minified browser build, so the next check means something", () => {
    const minified = buildSync({
      stdin: {
        contents: 'import { z } from "zod/mini"; console.log(z.string().check(z.minLength(3)).parse("abc"));',
        resolveDir: fileURLToPath(new URL("../..", import.meta.url)),
      },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
    }).outputFiles[0]!.text;
    expect(minified).toMatch(zodMarker);
  });

  it("holds no validator: form schemas stay on the server", () => {
    const withZod = bundles.flatMap((bundle) =>
      bundle.files.filter((file) => zodMarker.test(builtFile(file))).map((file) => `${bundle.routeId}: ${file}`),
    );
    expect(withZod, "a route module imports zod, or a module that does (name it *.server.ts)").toEqual([]);
  });

  // Every browser a phone runs today takes brotli (over HTTPS), and the server sends each script's brotli copy; the
  // gzip copy, for the rare browser without brotli, is reported beside it.
  it(`stays within ${transferBudgetBytes / 1024} KB per page as a phone's browser receives it (brotli)`, () => {
    const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const over = bundles
      .filter((bundle) => bundle.brotliBytes > transferBudgetBytes)
      .map((bundle) => `${bundle.routeId}: ${kilobytes(bundle.brotliBytes)} (gzip ${kilobytes(bundle.gzipBytes)})`);
    expect(over).toEqual([]);
  });
});
