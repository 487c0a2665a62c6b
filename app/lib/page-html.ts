/**
 * Rendered markdown in a loader's data: the HTML itself, or, on a page's first load, where the page already holds
 * it (~/lib/page-html.server.ts keeps it, ~/components/page-html.tsx shows it).
 */
export type PageHtml = { html: string } | { kept: number };
