/// <reference types="@remix-run/node" />
/// <reference types="@remix-run/dev" />

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    cspNonce?: string;
    /** A document request's HTML blocks kept out of its loaders' data (~/lib/page-html.server.ts). */
    keptHtml?: string[];
  }
}

export {};
