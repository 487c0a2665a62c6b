import { flatRoutes } from "remix-flat-routes";

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // Routes come from remix-flat-routes (below), so Remix's own convention must pick up nothing.
  ignoredRouteFiles: ["**/*"],
  // Feature folders: a `+` folder adds its name to its files' flat route names ("campaigns+/new.tsx" is
  // "campaigns.new"); a leading `_` makes a group with no URL segment. Files whose names start with `__` are a
  // feature's own helpers (form schema, fields), not routes.
  routes: async (defineRoutes) => {
    const routes = flatRoutes("routes", defineRoutes, {
      ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/__*.*"],
    });
    // An index route in a folder gets a trailing slash ("campaigns/:campaignId/"); drop it so every route keeps
    // exactly the path it had as a flat file.
    for (const route of Object.values(routes)) if (route.path) route.path = route.path.replace(/\/+$/, "");
    return routes;
  },
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // node_modules stay external: bundling mjml and friends into the ESM build breaks at import time.
  serverDependenciesToBundle: [],
  serverBuildPath: "build/server/index.js",
  assetsBuildDirectory: "build/client/build",
  publicPath: "/build/",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Off by measurement (README, Performance, 2 December 2026): discovering routes lazily matches the URL once
    // per parent path on every request, and every page measured cost the server 9-26 % more CPU with it on. The
    // browser instead gets the whole route manifest once: 57 KB, 3.7 KB as brotli, immutable. It is React Router
    // 7's `routeDiscovery: { mode: "initial" }`, so no upgrade path closes.
    v3_lazyRouteDiscovery: false,
    v3_singleFetch: true,
  },
};
