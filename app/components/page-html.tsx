import { createContext, useContext } from "react";

import type { PageHtml } from "~/lib/page-html";

// A page's first load carries its rendered markdown once, in the page: the loader keeps it out of its data (see
// ~/lib/page-html.server.ts) and the server's render takes it from this context. In the browser the same block is
// read back from the page it came in, before React touches it, so hydration finds what is there and a later render
// (or a render from scratch after a failed hydration) shows the same HTML. Data fetched later (a link inside the
// app, a revalidation) carries the HTML itself.
const KeptHtmlContext = createContext<readonly string[] | null>(null);
export const KeptHtmlProvider = KeptHtmlContext.Provider;

const readBack = new Map<number, string>();

function keptInPage(index: number): string {
  let html = readBack.get(index);
  if (html === undefined) {
    html = document.querySelector(`[data-kept-html="${index}"]`)?.innerHTML ?? "";
    readBack.set(index, html);
  }
  return html;
}

/** A block of sanitized HTML (rendered markdown) from a loader, sent once whichever way the page was loaded. */
export function HtmlBlock({ value }: { value: PageHtml }) {
  const kept = useContext(KeptHtmlContext);
  if ("html" in value) return <div dangerouslySetInnerHTML={{ __html: value.html }} />;
  const html = kept ? (kept[value.kept] ?? "") : typeof document === "undefined" ? "" : keptInPage(value.kept);
  return <div data-kept-html={value.kept} dangerouslySetInnerHTML={{ __html: html }} />;
}
