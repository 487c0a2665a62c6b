import type { AppLoadContext } from "@remix-run/node";

import type { PageHtml } from "./page-html";

/**
 * A block of HTML for a loader's data, sent once. A page's first load would otherwise carry it twice, in the page
 * and again in the data React hydrates from (the playbook's words were half of its 133 KB that way): on a document
 * request the server keeps it for its own render (AppLoadContext.keptHtml, made per request by scripts/http-app.js)
 * and the data says only which block it is. A data request (a link inside the app) gets the HTML itself.
 */
export function keepHtml(context: AppLoadContext, html: string): PageHtml {
  const kept = context.keptHtml;
  if (!kept) return { html };
  kept.push(html);
  return { kept: kept.length - 1 };
}
