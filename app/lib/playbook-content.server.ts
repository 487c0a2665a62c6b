import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import matter from "gray-matter";
import { z } from "zod";

import { projectRoot } from "./project-root.server";
import { checkTypology } from "./typology/check.server";
import {
  requiredHeadings,
  sharedSections,
  type PlaybookContent,
  type SectionProse,
  type SharedSection,
  type TypeProse,
} from "./typology/content";
import { levelWords } from "./typology/glossary";
import { systemTypes, type SystemType } from "./typology/vocabulary";

// Only the map says where the levers are. Prose written by hand that named a level ("the central office is
// primary for all five kinds of work") could contradict the map or a coalition's correction of it, so the prose
// files may not use the words of a level at all, nor call a rating a finding.
const forbiddenInProse = new RegExp(
  `\\b(${[...levelWords, "charted", "findings?", "says plainly"].join("|")})\\b`,
  "i",
);

const sourcesField = z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]);
const frontMatter = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("type"),
    type: z.enum(systemTypes),
    title: z.string().min(1).max(80),
    summary: z.string().min(1).max(200),
    sources: sourcesField,
  }),
  z.object({
    kind: z.literal("section"),
    section: z.enum(sharedSections),
    title: z.string().min(1).max(80),
    sources: sourcesField,
  }),
]);

export class PlaybookContentError extends Error {}

/** Splits a body at its H2 headings, keeping their order. */
function splitSections(body: string): Array<{ heading: string; text: string }> {
  const parts: Array<{ heading: string; text: string }> = [];
  for (const chunk of body.split(/^## /m).slice(1)) {
    const newline = chunk.indexOf("\n");
    parts.push({ heading: chunk.slice(0, newline).trim(), text: chunk.slice(newline + 1).trim() });
  }
  return parts;
}

function parseCitations(body: string): Array<{ id: string; citation: string }> {
  return [...body.matchAll(/^- \[([a-z0-9-]+)\]\s+(.+)$/gm)].map((match) => ({
    id: match[1]!,
    citation: match[2]!.trim(),
  }));
}

/**
 * Reads playbooks/*.md and checks them against the typology data: every type and shared section present once,
 * the expected headings in order, and every cited source listed in sources.md. Any mismatch is an error that
 * names the file, so broken prose never reaches a coalition.
 */
export function loadPlaybookContent(directory = join(projectRoot(), "playbooks")): PlaybookContent {
  const types: Partial<Record<SystemType, TypeProse>> = {};
  const sections: Partial<Record<SharedSection, SectionProse>> = {};
  const cited: Array<{ file: string; id: string }> = [];

  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort()) {
    const parsed = matter(readFileSync(join(directory, file), "utf8"));
    const meta = frontMatter.safeParse(parsed.data);
    if (!meta.success) {
      throw new PlaybookContentError(
        `${file}: front matter is invalid: ${meta.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
    }
    const body = parsed.content.trim();
    for (const id of meta.data.sources) cited.push({ file, id });
    if (meta.data.kind === "type") {
      const { type, title, summary, sources } = meta.data;
      if (types[type]) throw new PlaybookContentError(`${file}: a second file for type ${type}`);
      const found = splitSections(body);
      const expected = requiredHeadings(type);
      const headings = found.map((part) => part.heading);
      if (headings.join("|") !== expected.join("|")) {
        throw new PlaybookContentError(
          `${file}: expected the sections ${expected.join(", ")} in that order, found ${headings.join(", ") || "none"}`,
        );
      }
      const empty = found.find((part) => part.text.length === 0);
      if (empty) throw new PlaybookContentError(`${file}: the section "${empty.heading}" is empty`);
      for (const part of found) {
        const word = forbiddenInProse.exec(part.text);
        if (word) {
          throw new PlaybookContentError(
            `${file}: "${part.heading}" says "${word[0]}"; levels come from the map, not the prose`,
          );
        }
      }
      types[type] = {
        title,
        summary,
        sources,
        sections: Object.fromEntries(found.map((part) => [part.heading, part.text])),
      };
    } else {
      const { section, title, sources } = meta.data;
      if (sections[section]) throw new PlaybookContentError(`${file}: a second file for section ${section}`);
      if (/^## /m.test(body)) throw new PlaybookContentError(`${file}: shared sections use ### headings, not ##`);
      if (section !== "sources" && body.length === 0) throw new PlaybookContentError(`${file}: the section is empty`);
      const word = section === "sources" ? null : forbiddenInProse.exec(body);
      if (word) throw new PlaybookContentError(`${file}: says "${word[0]}"; levels come from the map, not the prose`);
      sections[section] = { title, body, sources };
    }
  }

  const missingTypes = systemTypes.filter((type) => !types[type]);
  const missingSections = sharedSections.filter((section) => !sections[section]);
  if (missingTypes.length || missingSections.length) {
    throw new PlaybookContentError(`playbooks/ is missing ${[...missingTypes, ...missingSections].join(", ")}`);
  }
  const citations = parseCitations(sections.sources!.body);
  const known = new Set(citations.map((c) => c.id));
  const unknown = cited.find(({ id }) => !known.has(id));
  if (unknown) throw new PlaybookContentError(`${unknown.file}: cites "${unknown.id}", which sources.md does not list`);

  return {
    types: types as Record<SystemType, TypeProse>,
    sections: sections as Record<SharedSection, SectionProse>,
    citations,
  };
}

let cached: PlaybookContent | undefined;

/** The checked playbook prose, read once per process. */
export function playbookContent(): PlaybookContent {
  // The prose is built on the typology's data, so that is checked first (once, like the prose).
  if (!cached) checkTypology();
  cached ??= loadPlaybookContent();
  return cached;
}
