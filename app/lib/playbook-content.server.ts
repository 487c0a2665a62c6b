import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import matter from "gray-matter";
import { z } from "zod";

import { fallbackLanguage, type Language } from "./i18n";
import { catalogResources, fixedTranslator } from "./i18n-catalogs.server";
import { projectRoot } from "./project-root.server";
import { checkTypology } from "./typology/check.server";
import {
  requiredHeadings,
  sharedSections,
  type PlaybookContent,
  type ProseSection,
  type SectionProse,
  type SharedSection,
  type TypeProse,
} from "./typology/content";
import { typologyKeys } from "./typology/keys";
import { playbookNamespaces } from "./typology/playbook-keys";
import { leverageLevels, systemTypes, type SystemType } from "./typology/vocabulary";

// Only the map says where the levers are. Prose written by hand that named a level ("the central office is
// primary for all five kinds of work") could contradict the map or a coalition's correction of it, so the prose
// files may not use the words of a level at all, nor call a rating a finding.
// The Spanish list names the levels as the glossary does ("palanca principal", "poca influencia") rather than
// the bare research terms: "primaria" and "secundaria" also name elementary and secondary schools, and "débil" is
// an everyday word, so they are forbidden only beside "palanca" or "nivel".
/** English words that state a level ("main lever", "primary"): prose not built from the map must use none. */
export const levelWords: readonly string[] = leverageLevels.flatMap((level) => {
  const english = fixedTranslator("en", "typology");
  return [english(typologyKeys.level[level].plain).toLowerCase(), english(typologyKeys.level[level].term)];
});
const spanishLevelWords = [
  "palancas? principal(es)?",
  "palancas? secundarias?",
  "palancas? primarias?",
  "poca influencia",
  "influencia débil",
  "nivel(es)? (primario|secundario|débil)s?",
  "hallazgos?",
  "lo dice claramente",
];
const forbidden = (words: readonly string[]) => new RegExp(`(?<![\\p{L}])(${words.join("|")})(?![\\p{L}])`, "iu");
const forbiddenInProse: Record<Language, RegExp> = {
  en: forbidden([...levelWords, "charted", "findings?", "says plainly"]),
  // A Spanish file may not slip in the English words either.
  es: forbidden([...levelWords, "charted", "findings?", "says plainly", ...spanishLevelWords]),
};

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

/** What a translation must keep from the English file: the same headings' levels, in order, and the same markers. */
const outline = (body: string) =>
  [...body.matchAll(/^(#{1,6}) |<!--[\s\S]*?-->|\{\{[^}]*\}\}/gm)].map((m) => m[1] ?? m[0]);

type ProseFile = { kind: "type" | "section"; name: string; sources: string[]; outline: string[] };

type ProseSet = Omit<PlaybookContent, "language" | "messages"> & { files: Map<string, ProseFile> };

/**
 * Reads one folder of prose and checks it against the typology data. `english` is given for a translation: its
 * type files' sections are then matched to the English ones by position (the headings are the translation's own),
 * and every file must have the English file's shape.
 */
function readProse(directory: string, language: Language, english?: ProseSet): ProseSet {
  const where = english ? `playbooks/${language}/` : "playbooks/";
  const types: Partial<Record<SystemType, TypeProse>> = {};
  const sections: Partial<Record<SharedSection, SectionProse>> = {};
  const cited: Array<{ file: string; id: string }> = [];
  const files = new Map<string, ProseFile>();
  const banned = forbiddenInProse[language];

  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort()) {
    const label = english ? `${where}${file}` : file;
    const parsed = matter(readFileSync(join(directory, file), "utf8"));
    const meta = frontMatter.safeParse(parsed.data);
    if (!meta.success) {
      throw new PlaybookContentError(
        `${label}: front matter is invalid: ${meta.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
      );
    }
    const body = parsed.content.trim();
    const name = meta.data.kind === "type" ? meta.data.type : meta.data.section;
    const shape: ProseFile = { kind: meta.data.kind, name, sources: meta.data.sources, outline: outline(body) };
    files.set(file, shape);
    if (english) {
      const original = english.files.get(file);
      if (!original) throw new PlaybookContentError(`${label}: there is no playbooks/${file} it translates`);
      if (original.kind !== shape.kind || original.name !== shape.name) {
        throw new PlaybookContentError(`${label}: is for ${shape.name}, but playbooks/${file} is for ${original.name}`);
      }
      if (original.sources.join("|") !== shape.sources.join("|")) {
        throw new PlaybookContentError(
          `${label}: cites ${shape.sources.join(", ")}, not ${original.sources.join(", ")}`,
        );
      }
      if (original.outline.join("|") !== shape.outline.join("|")) {
        throw new PlaybookContentError(
          `${label}: its headings and markers (${shape.outline.join(" ") || "none"}) differ from ` +
            `playbooks/${file}'s (${original.outline.join(" ") || "none"})`,
        );
      }
    }
    for (const id of meta.data.sources) cited.push({ file: label, id });
    if (meta.data.kind === "type") {
      const { type, title, summary, sources } = meta.data;
      if (types[type]) throw new PlaybookContentError(`${label}: a second file for type ${type}`);
      const found = splitSections(body);
      const expected = requiredHeadings(type);
      const headings = found.map((part) => part.heading);
      // A translation's headings are its own words; the outline check above keeps their number and order.
      if (!english && headings.join("|") !== expected.join("|")) {
        throw new PlaybookContentError(
          `${label}: expected the sections ${expected.join(", ")} in that order, found ${headings.join(", ") || "none"}`,
        );
      }
      const empty = found.find((part) => part.text.length === 0);
      if (empty) throw new PlaybookContentError(`${label}: the section "${empty.heading}" is empty`);
      for (const part of found) {
        const word = banned.exec(part.text);
        if (word) {
          throw new PlaybookContentError(
            `${label}: "${part.heading}" says "${word[0]}"; levels come from the map, not the prose`,
          );
        }
      }
      const prose: ProseSection[] = found.map((part, index) => ({ id: expected[index]!, ...part }));
      types[type] = { title, summary, sources, sections: prose };
    } else {
      const { section, title, sources } = meta.data;
      if (sections[section]) throw new PlaybookContentError(`${label}: a second file for section ${section}`);
      if (/^## /m.test(body)) throw new PlaybookContentError(`${label}: shared sections use ### headings, not ##`);
      if (section !== "sources" && body.length === 0) throw new PlaybookContentError(`${label}: the section is empty`);
      const word = section === "sources" ? null : banned.exec(body);
      if (word) throw new PlaybookContentError(`${label}: says "${word[0]}"; levels come from the map, not the prose`);
      sections[section] = { title, body, sources };
    }
  }

  const missingTypes = systemTypes.filter((type) => !types[type]);
  const missingSections = sharedSections.filter((section) => !sections[section]);
  if (missingTypes.length || missingSections.length) {
    throw new PlaybookContentError(`${where} is missing ${[...missingTypes, ...missingSections].join(", ")}`);
  }
  const citations = parseCitations(sections.sources!.body);
  const known = new Set(citations.map((c) => c.id));
  const unknown = cited.find(({ id }) => !known.has(id));
  if (unknown) throw new PlaybookContentError(`${unknown.file}: cites "${unknown.id}", which sources.md does not list`);
  if (english && citations.map((c) => c.id).join("|") !== english.citations.map((c) => c.id).join("|")) {
    throw new PlaybookContentError(`${where}sources.md: lists other sources than playbooks/sources.md`);
  }

  return {
    types: types as Record<SystemType, TypeProse>,
    sections: sections as Record<SharedSection, SectionProse>,
    citations,
    files,
  };
}

/**
 * Reads playbooks/*.md (English) or, for another language, playbooks/<language>/*.md, and checks them against the
 * typology data: every type and shared section present once, the expected headings in order, and every cited
 * source listed in sources.md. A translation is checked against the English too: the same files, each for the
 * same type or section, citing the same sources, with the same headings' levels in the same order. Any mismatch is
 * an error that names the file, so broken prose never reaches a coalition.
 */
export function loadPlaybookContent(
  directory = join(projectRoot(), "playbooks"),
  language: Language = fallbackLanguage,
): PlaybookContent {
  const english = readProse(directory, fallbackLanguage);
  const prose = language === fallbackLanguage ? english : readProse(join(directory, language), language, english);
  if (prose !== english) {
    const missing = [...english.files.keys()].filter((file) => !prose.files.has(file));
    if (missing.length) throw new PlaybookContentError(`playbooks/${language}/ is missing ${missing.join(", ")}`);
  }
  const { files: _files, ...content } = prose;
  const messages = {
    ...catalogResources(fallbackLanguage, playbookNamespaces),
    ...catalogResources(language, playbookNamespaces),
  };
  return { ...content, language, messages };
}

const cached = new Map<Language, PlaybookContent>();

/** The checked playbook prose of a language, read once per process. */
export function playbookContent(language: Language = fallbackLanguage): PlaybookContent {
  // The prose is built on the typology's data, so that is checked first (once, like the prose).
  if (cached.size === 0) checkTypology();
  let content = cached.get(language);
  if (!content) {
    content = loadPlaybookContent(undefined, language);
    cached.set(language, content);
  }
  return content;
}
