import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { "~": `${root}app` } },
  test: {
    setupFiles: ["tests/support/isolated-database.ts"],
    pool: "forks",
    // A timeout only catches a hang: whole flows in a browser (sign-up to an accepted invitation) and CLI round
    // trips take 10-30 s on two loaded cores, where CI runs two files at a time beside their servers.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium and a server each; two cores run two files at a time at best.
    maxWorkers: 2,
    projects: [
      // In-process only (no build, server, child process or MJML): the quick loop while working. The files share
      // their workers' loaded modules (isolate: false), which saves each file a process and its imports; those that
      // use the database find it empty at their start (tests/support/isolated-database.ts).
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          isolate: false,
          globalSetup: ["tests/support/unit-scratch.ts"],
        },
      },
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "server",
          include: ["tests/http/**/*.test.ts", "tests/browser/**/*.test.ts"],
          // These drive the real production build; `npm test` builds it first.
          globalSetup: ["tests/support/require-build.ts"],
        },
      },
    ],
  },
});
