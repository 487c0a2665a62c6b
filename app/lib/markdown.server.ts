import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// marked turns CommonMark + GFM tables into HTML quickly; it passes raw HTML through, so sanitize-html then
// keeps only the tags and attributes prose needs: no script, no event handlers, no javascript: links.
const markdown = new Marked({ gfm: true, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
    "del",
  ],
  allowedAttributes: { a: ["href", "title"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
};

// Sanitizing costs a few milliseconds for a playbook, and the same text is rendered again on every visit until
// something in it changes: the most recently rendered texts keep their HTML.
const recent = new Map<string, string>();
const recentLimit = 100;

/** Markdown (CommonMark + GFM tables) to HTML that is safe to put in a page. */
export function renderMarkdown(text: string): string {
  const cached = recent.get(text);
  if (cached !== undefined) {
    recent.delete(text);
    recent.set(text, cached);
    return cached;
  }
  const html = sanitizeHtml(markdown.parse(text) as string, allowed);
  recent.set(text, html);
  if (recent.size > recentLimit) recent.delete(recent.keys().next().value!);
  return html;
}
