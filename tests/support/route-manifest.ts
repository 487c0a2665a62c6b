import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { matchRoutes } from "@remix-run/react";

export type ManifestRoute = {
  id: string;
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
  return Object.values(JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)).routes);
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
