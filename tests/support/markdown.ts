import type { Heading, List, Nodes, Root, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

// The parser takes a tenth of a second for a whole playbook, and tests read the same text more than once (the same
// section in each type's playbook): the latest trees are kept for their text. Trees are only read, never changed.
const parsed = new Map<string, Root>();

/** An independent reading of the generated markdown: a CommonMark + GFM syntax tree. */
export function parseMarkdown(markdown: string): Root {
  let tree = parsed.get(markdown);
  if (tree === undefined) {
    tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    if (parsed.size >= 20) parsed.delete(parsed.keys().next().value!);
    parsed.set(markdown, tree);
  }
  return tree;
}

/**
 * The nodes of the H2 section with this title, parsing only its lines. A section's blocks read the same alone as
 * in the whole document, as long as the document defines no link references (the playbook defines none).
 */
export function parseSection(markdown: string, title: string): Nodes[] {
  const start = `\n${markdown}`.indexOf(`\n## ${title}\n`);
  if (start === -1) return [];
  const rest = markdown.slice(start);
  const end = rest.search(/\n#{1,2} /);
  return section(parseMarkdown(end === -1 ? rest : rest.slice(0, end)), title);
}

export function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}

/** The nodes between an H2 with this text and the next H2. */
export function section(root: Root, title: string): Nodes[] {
  const start = root.children.findIndex(
    (node) => node.type === "heading" && node.depth === 2 && textOf(node) === title,
  );
  if (start === -1) return [];
  const rest = root.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === "heading" && (node as Heading).depth <= 2);
  return end === -1 ? rest : rest.slice(0, end);
}

export const h3s = (nodes: Nodes[]) =>
  nodes.filter((node): node is Heading => node.type === "heading" && node.depth === 3).map(textOf);
export const tables = (nodes: Nodes[]) => nodes.filter((node): node is Table => node.type === "table");
export const lists = (nodes: Nodes[]) => nodes.filter((node): node is List => node.type === "list");
