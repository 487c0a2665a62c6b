import { fileURLToPath } from "node:url";

import { defineConfig, type Plugin } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Dependencies as the production server loads them: without the "development" export condition, which Vite adds
 * (and vitest passes on to its workers as --conditions) and config can only add to. It loads the markdown parser
 * the tests read playbooks with (micromark) in its debug build, its internal checks on: twice as slow.
 */
function productionDependencies(): Plugin {
  const development = (condition: string) => condition === "development" || condition === "development|production";
  return {
    name: "fulcrum:production-dependencies",
    configResolved(config) {
      for (const options of [config.ssr.resolve, ...Object.values(config.environments).map((env) => env.resolve)]) {
        if (options?.conditions) options.conditions = options.conditions.filter((c) => !development(c));
      }
    },
  };
}

export default defineConfig({
  root,
  resolve: { alias: { "~": `${root}app` } },
  plugins: [productionDependencies()],
  test: {
    setupFiles: ["tests/support/isolated-database.ts"],
    pool: "forks",
    // Keeps each transformed module on disk for the next run (about 2.5 s of CPU in a unit run; the default in
    // vitest 5), keyed by its content and the config. In .cache/, which git ignores, not in the shared node_modules.
    experimental: { fsModuleCache: true, fsModuleCachePath: `${root}.cache/vitest` },
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
