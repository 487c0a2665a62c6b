import { matchRoutes } from "@remix-run/react";
import { describe, expect, it } from "vitest";

import { href, routePatterns, type RoutePattern } from "~/lib/paths";

import { routeManifest, routePattern, routeTree } from "../support/route-manifest";

// app/lib/paths.ts lists the app's URL patterns by hand so their types can be checked; the built route manifest
// is the truth it must agree with.
const manifest = routeManifest();
const byId = new Map(manifest.map((route) => [route.id, route]));
const addressable = manifest.filter((route) => route.id !== "root" && route.path !== "*");

describe("the typed path patterns", () => {
  it("are exactly the patterns of the built route manifest (the catch-all page aside)", () => {
    const built = new Set(addressable.map((route) => routePattern(route, byId)));
    expect([...routePatterns].filter((pattern) => !built.has(pattern))).toEqual([]);
    expect([...built].filter((pattern) => !routePatterns.includes(pattern as RoutePattern))).toEqual([]);
  });

  it("make URLs that reach the page of their own pattern, not a sibling's", () => {
    // Every pattern at once, so its parameters are only known at run time: the loose signature is for this loop.
    const fill = href as (pattern: string, params: Record<string, string>) => string;
    const tree = routeTree(manifest);
    const missed = routePatterns
      .map((pattern) => {
        const names = [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1] ?? "");
        const url = fill(pattern, Object.fromEntries(names.map((name) => [name, `sample-${name.toLowerCase()}`])));
        const leaf = matchRoutes(tree, url)?.at(-1)?.route.id;
        const route = leaf === undefined ? undefined : byId.get(leaf);
        return { pattern, url, reached: route && routePattern(route, byId) };
      })
      .filter(({ pattern, reached }) => pattern !== reached);
    expect(missed).toEqual([]);
  });
});
