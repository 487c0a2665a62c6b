import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import type { matchRoutes } from "@remix-run/react";

export type ManifestRoute = {
  id: string;
  /** The page's flat route name, as the file was called before routes moved into feature folders. */
  page: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  hasLoader: boolean;
  hasAction: boolean;
};

/** Every route of the built app, from the route manifest the browser receives (`npm run build` first). */
export function routeManifest(): ManifestRoute[] {
  const dir = fileURLToPath(new URL("../../build/client/build/", import.meta.url));
  const file = readdirSync(dir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error("No route manifest in build/client/build: run `npm run build` first");
  const source = readFileSync(join(dir, file), "utf8");
  const routes: Array<Omit<ManifestRoute, "page">> = Object.values(
    JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)).routes,
  );
  return routes.map((route) => ({ ...route, page: flatPageName(route.id) }));
}

/**
 * A route id in remix-flat-routes' folder convention read back as the flat file name it stands for:
 * "routes/o.$slug+/campaigns+/$campaignId.asks+/new" is "routes/o.$slug.campaigns.$campaignId.asks.new". A `+`
 * folder's name joins its files' names; segments that start with `_` are groups or layouts and name no page,
 * except a final `_index`.
 */
export function flatPageName(routeId: string): string {
  if (routeId === "root") return routeId;
  const segments = routeId.slice("routes/".length).replace(/\+\//g, ".").split(".");
  const last = segments.length - 1;
  const kept = segments.filter((segment, i) => !segment.startsWith("_") || (segment === "_index" && i === last));
  return `routes/${kept.join(".")}`;
}

/** The URL pattern of a route, its parents' paths included ("/o/:slug/..."). */
export function routePattern(route: ManifestRoute, byId: Map<string, ManifestRoute>): string {
  const parts: string[] = [];
  for (
    let current: ManifestRoute | undefined = route;
    current;
    current = current.parentId ? byId.get(current.parentId) : undefined
  ) {
    if (current.path) parts.unshift(current.path);
  }
  return `/${parts.join("/")}`;
}

/** The routes nested as the router nests them, for matching URLs against the built app. */
type RouteObject = Parameters<typeof matchRoutes>[0][number];

export function routeTree(manifest: ManifestRoute[], parentId?: string): RouteObject[] {
  return manifest
    .filter((route) => route.parentId === parentId)
    .map((route) =>
      route.index
        ? { id: route.id, path: route.path, index: true }
        : { id: route.id, path: route.path, children: routeTree(manifest, route.id) },
    );
}

/** A URL that only this route's pattern makes: every parameter filled with a sample value named after it. */
export function exampleUrl(pattern: string): string {
  return pattern
    .replace(/:(\w+)/g, (_match, name: string) => `sample-${name.toLowerCase()}`)
    .replace(/\*$/, "no-such-page");
}
