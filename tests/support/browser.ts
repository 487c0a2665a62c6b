import { existsSync } from "node:fs";
import { createRequire } from "node:module";

import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

import { startServer, type RunningServer } from "./server";
import { codeFor } from "./two-factor";

const require = createRequire(import.meta.url);
const axeSource: string = require("axe-core").source;

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether browser tests can run. Without Chromium they are skipped with a loud warning on a developer's
 * machine; under CI (CI=true) a missing browser fails the run, because .ci/run installs it first.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `Chromium not found at ${chromiumPath}: browser tests cannot run. Install it with 'apt-get install -y chromium'.`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n${"!".repeat(100)}\n!! ${message}\n!! SKIPPING the browser tests.\n${"!".repeat(100)}\n`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type BrowserSuite = { readonly run: boolean; readonly server: RunningServer; readonly browser: Browser };

/**
 * One production server and one Chromium for a browser test file: started before its tests, then `setUp` adds the
 * data the tests start from; both are closed after the tests. `run` is false when Chromium is missing.
 */
export function browserSuite(
  options: Parameters<typeof startServer>[0] = {},
  setUp?: (server: RunningServer) => Promise<void>,
): BrowserSuite {
  const run = browserAvailable();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!run) return;
    server = await startServer(options);
    browser = await launchBrowser();
    await setUp?.(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`The ${name} is started in beforeAll: use it inside a test.`);
    return part;
  };
  return {
    run,
    get server() {
      return started(server, "server");
    },
    get browser() {
      return started(browser, "browser");
    },
  };
}

export const phone: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/**
 * A page that fails the test on any console error or uncaught exception (CSP violations and hydration errors
 * included).
 */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = phone,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    // The browser logs every 4xx document it is shown; those statuses are asserted by the tests themselves.
    if (
      message.type() === "error" &&
      !/Failed to load resource: the server responded with a status of 4\d\d|AbortError: signal is aborted/.test(
        message.text(),
      )
    ) {
      errors.push(message.text());
    }
  });
  // A navigation cut short by the next one (clicking on before a page arrives) aborts its fetch; that is
  // expected, not an error of the page.
  page.on("pageerror", (error) => {
    if (!/^signal is aborted without reason$|AbortError/.test(error.message)) errors.push(error.message);
  });
  return { page, errors };
}

/** Waits until no client-side navigation is under way, so the page shown is the one the URL names. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.dataset.navigation || document.body.dataset.navigation === "idle");
}

/** Runs axe-core on the settled page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await settled(page);
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/**
 * Logs in through the login page and waits for the home page; with a two-step key, through the second step too,
 * typing the code an authenticator app would show.
 */
export async function logIn(page: Page, baseUrl: string, email: string, password: string, secret?: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  if (!secret) {
    await Promise.all([page.waitForURL(/\/home$/), page.getByRole("button", { name: "Log in" }).click()]);
    return;
  }
  await Promise.all([page.waitForURL(/\/login\/two-factor$/), page.getByRole("button", { name: "Log in" }).click()]);
  await page.getByLabel("6-digit code").fill(codeFor(secret, 1));
  await Promise.all([page.waitForURL(/\/home$/), page.getByRole("button", { name: "Log in" }).click()]);
}
