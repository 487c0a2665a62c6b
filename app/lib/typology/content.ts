import { systemTypes, type SystemType } from "./vocabulary";

// The prose of the playbooks lives as markdown in playbooks/ (one file per type and per shared section).
// This is its shape once loaded and checked; the loader is in playbook-content.server.ts.

export const typeSectionHeadings = [
  "Theory of action",
  "How it looks from the outside",
  "Engaging families here",
] as const;
export const defaultOnlyHeading = "Sorting and resourcing levers";
export const sharedSections = ["how-to-read", "cross-cutting", "moving-the-system", "sources"] as const;
export type SharedSection = (typeof sharedSections)[number];

export type TypeProse = {
  title: string;
  summary: string;
  sources: string[];
  sections: Record<string, string>;
};

export type SectionProse = { title: string; body: string; sources: string[] };

export type PlaybookContent = {
  types: Record<SystemType, TypeProse>;
  sections: Record<SharedSection, SectionProse>;
  /** Citation by source id, in the order sources.md lists them. */
  citations: Array<{ id: string; citation: string }>;
};

export function requiredHeadings(type: SystemType): readonly string[] {
  return type === "american-default" ? [...typeSectionHeadings, defaultOnlyHeading] : typeSectionHeadings;
}

export { systemTypes };
