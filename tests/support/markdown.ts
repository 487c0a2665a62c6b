import type { Heading, List, Nodes, Root, Table } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

// An independent reading of the generated markdown: a CommonMark + GFM syntax tree.
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
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
