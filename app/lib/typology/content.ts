import type { Resource } from "i18next";

import type { Language } from "../i18n";
import { systemTypes, type SystemType } from "./vocabulary";

// The prose of the playbooks lives as markdown in playbooks/ (one file per type and per shared section), in
// English, with the same files in every other language in playbooks/<language>/. This is its shape once loaded and
// checked; the loader is in playbook-content.server.ts.

export const typeSectionHeadings = [
  "Theory of action",
  "How it looks from the outside",
  "Engaging families here",
] as const;
export const defaultOnlyHeading = "Sorting and resourcing levers";
export const sharedSections = ["how-to-read", "cross-cutting", "moving-the-system", "sources"] as const;
export type SharedSection = (typeof sharedSections)[number];

/**
 * A type file's section: `id` is the English heading (what the code and the checks name it by), `heading` the
 * file's own, in its language.
 */
export type ProseSection = { id: string; heading: string; text: string };

export type TypeProse = {
  title: string;
  summary: string;
  sources: string[];
  sections: ProseSection[];
};

export type SectionProse = { title: string; body: string; sources: string[] };

export type PlaybookContent = {
  /** The language of the prose and of every word the generator adds to it. */
  language: Language;
  types: Record<SystemType, TypeProse>;
  sections: Record<SharedSection, SectionProse>;
  /** Citation by source id, in the order sources.md lists them. */
  citations: Array<{ id: string; citation: string }>;
  /**
   * The catalogs the generator's own words come from (its language and English), carried as plain data so the
   * generator stays pure: the same content gives the same text.
   */
  messages: Resource;
};

export function requiredHeadings(type: SystemType): readonly string[] {
  return type === "american-default" ? [...typeSectionHeadings, defaultOnlyHeading] : typeSectionHeadings;
}

export { systemTypes };
