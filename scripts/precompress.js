// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every script, style sheet and SVG of the
// browser build, once per build. Compressing that hard takes about a second for the whole build, far too slow for
// each request, and saves a phone about a seventh of what on-the-fly compression sends. The production server
// serves these copies (scripts/http-app.js); `npm run dev` rebuilds under the same names and compresses on the fly.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const buildDir = fileURLToPath(new URL("../build/client/build/", import.meta.url));
const compressible = /\.(?:js|css|svg|json)$/;

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (compressible.test(name)) yield path;
  }
}

let files = 0;
let bytes = 0;
let brotliBytes = 0;
for (const path of filesUnder(buildDir)) {
  const content = readFileSync(path);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
  files += 1;
  bytes += content.length;
  brotliBytes += brotli.length;
}
console.log(
  `precompressed ${files} files: ${(bytes / 1024).toFixed(0)} KB, ${(brotliBytes / 1024).toFixed(0)} KB as brotli`,
);
