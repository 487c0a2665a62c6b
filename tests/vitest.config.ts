import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The unit tests that read or write the database (through a model or a service). */
const databaseTests = [
  "agency-verification",
  "demo-seed",
  "guidance",
  "models",
  "state-overview-properties",
  "state-overview",
  "two-factor",
].map((name) => `tests/unit/${name}.test.ts`);

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
      // In-process only (no build, server, child process or MJML): the quick loop while working. Tests of pure code
      // share their workers' loaded modules (isolate: false), which halves the suite's time; tests that use the
      // database keep a fresh process and SQLite file each.
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], exclude: databaseTests, isolate: false },
      },
      { extends: true, test: { name: "unit:database", include: databaseTests } },
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
