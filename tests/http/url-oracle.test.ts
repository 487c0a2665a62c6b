import { readFileSync } from "node:fs";

import { matchRoutes } from "@remix-run/react";
import { describe, expect, it } from "vitest";

import { flatPageName, routeManifest, routeTree } from "../support/route-manifest";

// Recorded once from the 1 December 2026 route manifest (one URL per page, every parameter a sample value), before
// the routes move into feature folders. It is the oracle for that move: every URL must keep reaching its page.
// Never re-record it to make this test pass.
const oracle: { recorded: string; entries: Array<{ url: string; page: string }> } = JSON.parse(
  readFileSync(new URL("../fixtures/url-oracle.json", import.meta.url), "utf8"),
);

const pageOf = (routeId: string | undefined) => (routeId === undefined ? undefined : flatPageName(routeId));

describe("the URLs of the 1 December route manifest", () => {
  it("still reach the same page, every one of them", () => {
    const routes = routeTree(routeManifest());
    expect(oracle.entries.length).toBeGreaterThan(70);
    const moved = oracle.entries
      .map(({ url, page }) => ({ url, page, now: pageOf(matchRoutes(routes, url)?.at(-1)?.route.id) }))
      .filter(({ page, now }) => page !== now);
    expect(moved).toEqual([]);
  });
});
