// What a phone on a slow network feels: pages loaded in the browser tests' Chromium with the network and the CPU
// throttled through its DevTools protocol, each load in a new browser context so that nothing is cached.
import { chromium, type Browser } from "playwright-core";

import { hydratedMark } from "~/lib/hydration";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Lighthouse's "slow 4G" (its mobile default): 150 ms round trips, 1.6 Mbps down, 750 kbps up, and a CPU four
// times slower than the machine's. DevTools takes throughput in bytes a second.
export const slow4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
export const cpuSlowdown = 4;

export type BrowserRow = {
  name: string;
  path: string;
  loads: number;
  /** Medians over the loads, in milliseconds from the start of navigation. */
  loadMs: number;
  hydratedMs: number;
  /** Bytes as transferred (compressed, headers included) for the page's scripts and for everything. */
  scriptBytes: number;
  totalBytes: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function launch(): Promise<Browser> {
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

type Load = { loadMs: number; hydratedMs: number; scriptBytes: number; totalBytes: number };

async function loadOnce(browser: Browser, url: string, cookie: string): Promise<Load> {
  // A new context has an empty cache and opens new connections: every load is a first visit.
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
  try {
    const [name = "", value = ""] = cookie.split("=", 2);
    await context.addCookies([{ name, value, url }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", slow4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    const scripts = new Set<string>();
    let scriptBytes = 0;
    let totalBytes = 0;
    cdp.on("Network.responseReceived", (event) => {
      if (event.type === "Script") scripts.add(event.requestId);
    });
    cdp.on("Network.loadingFinished", (event) => {
      totalBytes += event.encodedDataLength;
      if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength;
    });
    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()} in the browser`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, hydratedMark, {
      timeout: 60_000,
    });
    const timings = await page.evaluate((mark) => {
      const navigation = performance.getEntriesByType("navigation")[0];
      const loaded = navigation instanceof PerformanceNavigationTiming ? navigation.loadEventStart : NaN;
      return { loadMs: loaded, hydratedMs: performance.getEntriesByName(mark)[0]?.startTime ?? NaN };
    }, hydratedMark);
    return { ...timings, scriptBytes, totalBytes };
  } finally {
    await context.close();
  }
}

/** The median of `loads` cold loads of each page, signed in with `cookie`. */
export async function benchBrowser(
  baseUrl: string,
  cookie: string,
  pages: Array<[name: string, path: string]>,
  loads: number,
): Promise<BrowserRow[]> {
  const browser = await launch();
  try {
    const rows: BrowserRow[] = [];
    for (const [name, path] of pages) {
      const results: Load[] = [];
      for (let i = 0; i < loads; i++) results.push(await loadOnce(browser, baseUrl + path, cookie));
      const of = (key: keyof Load) => median(results.map((result) => result[key]));
      rows.push({
        name,
        path,
        loads,
        loadMs: of("loadMs"),
        hydratedMs: of("hydratedMs"),
        scriptBytes: of("scriptBytes"),
        totalBytes: of("totalBytes"),
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
