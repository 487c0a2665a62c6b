import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// marked turns CommonMark + GFM tables into HTML quickly; it passes raw HTML through, so sanitize-html then
// keeps only the tags and attributes prose needs: no script, no event handlers, no javascript: links.
const markdown = new Marked({ gfm: true, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "del"],
  allowedAttributes: { a: ["href", "title"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
};

/** Markdown (CommonMark + GFM tables) to HTML that is safe to put in a page. */
export function renderMarkdown(text: string): string {
  return sanitizeHtml(markdown.parse(text) as string, allowed);
}
