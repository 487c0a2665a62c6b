import { describe, expect, it } from "vitest";

import type { HttpRow, PageKind } from "../../scripts/bench-http";
import { missedTargets, pagesTable, weightTable, type BenchRun } from "../../scripts/bench-report";
import type { PageWeight } from "../../scripts/bench-weight";

const light: PageWeight = {
  htmlSent: 4_300,
  htmlBytes: 15_400,
  jsSent: 92_000,
  jsBytes: 290_000,
  scripts: 14,
  uncompressed: [],
};

const row = (name: string, kind: PageKind, requests: number, yardstick = NaN, p95 = 50): HttpRow => {
  const againstFloor = kind === "signed-in" || kind === "agency";
  return {
    name,
    path: `/${name}`,
    kind,
    requests,
    reference: kind === "reference" ? requests : againstFloor ? NaN : yardstick,
    floor: againstFloor ? yardstick : NaN,
    p50: p95 / 2,
    p95,
    p99: p95,
    errors: 0,
    queries: "2",
    weight: kind === "health" ? null : light,
    targeted: kind === "public" || againstFloor,
    cpuMs: 4,
    yardstickCpuMs: Number.isNaN(yardstick) ? NaN : 3,
  };
};

const run = (scale: number, rows: HttpRow[], changes: Partial<BenchRun> = {}): BenchRun => ({
  scale,
  rows,
  peakPssMb: 300,
  browser: [
    {
      name: "dashboard",
      path: "/o",
      loads: 3,
      loadMs: 1200,
      hydratedMs: 1500,
      scriptBytes: 90_000,
      totalBytes: 120_000,
    },
  ],
  findRemindersMs: 40,
  ...changes,
});

const healthy = [
  row("about", "reference", 500),
  row("floor", "floor", 400, 500),
  row("dashboard", "signed-in", 360, 400),
  row("overview", "agency", 350, 400),
];

describe("the bench's targets", () => {
  it("are all met by pages within their yardsticks' shares", () => {
    expect(missedTargets(run(1, healthy))).toEqual([]);
  });

  it("names a signed-in page under 0.8 of its floor, a floor under 0.75 of the about page, and a slow p95", () => {
    const missed = missedTargets(
      run(1, [
        row("about", "reference", 500),
        row("floor", "floor", 300, 500),
        row("dashboard", "signed-in", 300, 400, 130),
      ]),
    );
    expect(missed).toEqual([
      "floor: 0.60 of the about page (at least 0.75)",
      "dashboard: 0.75 of its floor (at least 0.8)",
      "dashboard: p95 130 ms (under 120)",
    ]);
  });

  it("names memory, a slow phone, too much JavaScript and slow reminders", () => {
    const browser = [
      { name: "playbook", path: "/p", loads: 3, loadMs: 2000, hydratedMs: 2600, scriptBytes: 200_000, totalBytes: 1 },
    ];
    expect(missedTargets(run(1, healthy, { peakPssMb: 420, browser, findRemindersMs: 310 }))).toEqual([
      "server memory: 420 MB (under 400)",
      "playbook on a slow phone: 2.60 s (under 2.5 s)",
      "playbook on a slow phone: 195.3 KB of JavaScript transferred (at most 120)",
      "finding due reminders: 310 ms (under 300)",
    ]);
  });

  it("holds every page, not only the slow phone's, to 120 KB of JavaScript sent and compressed responses", () => {
    const heavy = { ...light, jsSent: 130 * 1024 };
    // One script every page loads came back plain: it is named once, with the pages that load it.
    const plainScript = { ...light, uncompressed: ["/build/entry.client-X.js"] };
    const rows = [
      row("health", "health", 900),
      {
        ...row("about", "reference", 500),
        weight: { ...plainScript, uncompressed: ["/about", ...plainScript.uncompressed] },
      },
      { ...row("floor", "floor", 400, 500), weight: heavy },
      { ...row("dashboard", "signed-in", 360, 400), weight: plainScript },
    ];
    expect(missedTargets(run(1, rows))).toEqual([
      "floor: 130.0 KB of JavaScript as sent (at most 120)",
      "/about: sent uncompressed (every text response compressed), loaded by about",
      "/build/entry.client-X.js: sent uncompressed (every text response compressed), loaded by about, dashboard",
    ]);
    // 120 KB exactly is within the limit.
    const atLimit = { ...row("floor", "floor", 400, 500), weight: { ...light, jsSent: 120 * 1024 } };
    expect(missedTargets(run(1, [row("about", "reference", 500), atLimit]))).toEqual([]);
  });

  it("prints every page's weight but /healthz's, in KB as sent and unpacked", () => {
    const table = weightTable([row("health", "health", 900), ...healthy]);
    expect(table[0]).toBe("| page | HTML KB sent | HTML KB unpacked | JS KB sent | JS KB unpacked | scripts |");
    expect(table).toHaveLength(2 + healthy.length);
    expect(table.find((line) => line.startsWith("| dashboard |"))).toBe(
      "| dashboard | 4.2 | 15.0 | 89.8 | 283.2 | 14 |",
    );
  });

  it("compares each page at scale 10 with scale 1 after taking out the machine's drift", () => {
    // The whole machine ran at half speed for the second run: the floor and the dashboard halved together.
    const slower = [
      row("about", "reference", 250),
      row("floor", "floor", 200, 250),
      row("dashboard", "signed-in", 180, 200),
      row("overview", "agency", 100, 200),
    ];
    expect(missedTargets(run(10, slower), run(1, healthy))).toEqual([
      "overview at scale 10: 0.50 of its floor (at least 0.8)",
    ]);
    // The dashboard alone fell to 0.6 of its share: its work grew with the database.
    const dashboardSlowed = slower.map((r) => (r.name === "dashboard" ? row("dashboard", "signed-in", 108, 200) : r));
    expect(missedTargets(run(10, dashboardSlowed), run(1, healthy))).toContain(
      "dashboard at scale 10: 0.60 of its throughput at scale 1 (at least 0.8)",
    );
    const table = pagesTable(run(10, dashboardSlowed), run(1, healthy));
    expect(table[0]).toContain("vs scale 1 | vs scale 1, drift-corrected");
    expect(table.find((line) => line.startsWith("| dashboard |"))).toContain("| 0.54 | 0.30 | 0.60 |");
  });

  it("gives the server's CPU per request and the yardstick's share of it, which a busy machine moves far less", () => {
    const rows = [
      row("about", "reference", 400),
      row("floor", "floor", 200, 400),
      row("dashboard", "signed-in", 150, 200),
    ];
    const table = pagesTable(run(1, rows));
    expect(table[0]).toContain("| server CPU ms a request | vs yardstick by server CPU |");
    expect(table.find((line) => line.startsWith("| dashboard |"))).toContain("| 4.0 | 0.75 | 2 |");
    expect(table.find((line) => line.startsWith("| about |"))).toContain("| 4.0 | – | 2 |");
  });

  it("gives no ratio against a yardstick that completed no request, and names a page that completed none", () => {
    const rows = [row("about", "reference", 0), row("floor", "floor", 200, 0), row("dashboard", "signed-in", 0, 200)];
    const table = pagesTable(run(1, rows));
    expect(table.find((line) => line.startsWith("| floor |"))).toContain("| 200 | – | – |");
    expect(missedTargets(run(1, rows))).toEqual([
      "about: no request completed in the seconds measured",
      "dashboard: no request completed in the seconds measured",
    ]);
  });
});
