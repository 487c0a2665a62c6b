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
    "span",
  ],
  // A span only marks a passage in another language (an English title in Spanish text), for screen readers.
  allowedAttributes: {
    a: ["href", "title"],
    th: ["align"],
    td: ["align"],
    span: [{ name: "lang", multiple: false, values: ["en", "es"] }],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
};

/**
 * One kind of thing the sanitizer took out of a text, for telling its author in their language: an element
 * (name "<script>"), an attribute ("onclick"), a link by its scheme ("javascript:"), a link starting with // or a
 * link address of any other kind; and how many.
 */
export type RemovedItem = {
  kind: "element" | "attribute" | "schemeLink" | "protocolRelativeLink" | "otherLink";
  name: string;
  count: number;
};
export type Rendered = { html: string; removed: RemovedItem[] };

type Census = { elements: Map<string, number>; attributes: Map<string, number>; links: Map<string, number> };

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const allowedTags = new Set(allowed.allowedTags || []);

/** Marked's own markup, not the author's: a code block's language class, a list's start, a task's checkbox. */
function fromMarkdownItself(tag: string, attribute?: string, attribs: Record<string, string> = {}) {
  if (attribute === undefined) return tag === "input" && attribs.type === "checkbox";
  return (tag === "code" && attribute === "class") || (tag === "ol" && attribute === "start");
}

/** Why a link would lose its address: its scheme (javascript:, data:) or a protocol-relative start. */
function linkKind(href: string): string {
  // Browsers ignore spaces and control characters inside a scheme ("java\tscript:"), and so does the sanitizer.
  const squeezed = href.replace(/[\x00-\x20]+/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9.+-]*):/.exec(squeezed)?.[1];
  if (scheme) return `${scheme.toLowerCase()}:`;
  return /^[/\\]{2}/.test(squeezed) ? "//" : "other";
}

/** The tags, attributes and link kinds in some HTML, read by the sanitizer's own parser. */
function census(html: string, options: sanitizeHtml.IOptions): Census {
  const found: Census = { elements: new Map(), attributes: new Map(), links: new Map() };
  sanitizeHtml(html, {
    ...options,
    onOpenTag: (tag, attribs) => {
      if (!fromMarkdownItself(tag, undefined, attribs)) bump(found.elements, tag);
      if (!allowedTags.has(tag)) return;
      for (const attribute of Object.keys(attribs)) {
        if (fromMarkdownItself(tag, attribute)) continue;
        if (attribute === "href") bump(found.links, linkKind(attribs.href ?? ""));
        else bump(found.attributes, attribute);
      }
    },
  });
  return found;
}

function removedBetween(before: Census, after: Census): RemovedItem[] {
  const lost = (key: string, map: "elements" | "attributes" | "links") =>
    (before[map].get(key) ?? 0) - (after[map].get(key) ?? 0);
  const removed: RemovedItem[] = [];
  for (const tag of before.elements.keys()) {
    const count = lost(tag, "elements");
    if (count > 0) removed.push({ kind: "element", name: `<${tag}>`, count });
  }
  for (const attribute of before.attributes.keys()) {
    const count = lost(attribute, "attributes");
    if (count > 0) removed.push({ kind: "attribute", name: attribute, count });
  }
  for (const name of before.links.keys()) {
    const count = lost(name, "links");
    if (count <= 0) continue;
    const kind = name === "//" ? "protocolRelativeLink" : name === "other" ? "otherLink" : "schemeLink";
    removed.push({ kind, name, count });
  }
  return removed;
}

/** Markdown (CommonMark + GFM tables) to HTML that is safe to put in a page, and what was taken out of it. */
export function renderMarkdownReport(text: string): Rendered {
  const raw = markdown.parse(text) as string;
  const html = sanitizeHtml(raw, allowed);
  // The census runs with everything allowed on the raw HTML and again on the result: the difference is what the
  // sanitizer removed, without repeating its rules here. Only an author's preview asks: it is not kept.
  const everything: sanitizeHtml.IOptions = { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true };
  return { html, removed: removedBetween(census(raw, everything), census(html, everything)) };
}

// Sanitizing costs a few milliseconds for a playbook, and the same text is rendered again on every visit until
// something in it changes: the most recently rendered texts keep their HTML.
const recent = new Map<string, string>();
const recentLimit = 100;

/** Markdown (CommonMark + GFM tables) to HTML that is safe to put in a page. */
export function renderMarkdown(text: string): string {
  let html = recent.get(text);
  if (html !== undefined) {
    recent.delete(text);
  } else {
    html = sanitizeHtml(markdown.parse(text) as string, allowed);
    if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!);
  }
  recent.set(text, html);
  return html;
}
