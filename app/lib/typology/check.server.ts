import { z } from "zod";

import { languages, type Language } from "../i18n";
import { readCatalog, type Catalog } from "../i18n-catalogs.server";
import { contextKindGuides, contextKindKeys, contextKinds, type ContextKind } from "./context-kinds";
import { typeFirstMoves, cellMoments } from "./first-moves";
import { evidenceGrades } from "./glossary";
import { generalGuidance, typeGuidance } from "./guidance";
import { responsibilityMatrix } from "./matrix";
import { systemMoves } from "./moves";
import { allCells, domains, leverageLevels, loci, systemTypes } from "./vocabulary";

// The typology is typed data; this checks what the types cannot: every type has every cell, every cell has people
// to approach and something to ask, moves name real types, and every word it names (a catalog key) has a message in
// every language. The server runs it at start (and the CLI before it prints), so a bad edit stops the app at once;
// pages never carry the validator to the browser.
const text = z.string().regex(/^playbook:[\w.-]+$/, "is not a key of the playbook catalog");
const cellSchema = z.object({
  level: z.enum(leverageLevels),
  grade: z.enum(evidenceGrades),
  reason: text,
  lines: z.string().regex(/^L\d+(-\d+)?(, L\d+(-\d+)?)*$/),
  tension: text.optional(),
});
const columnSchema = z.object(Object.fromEntries(domains.map((d) => [d, cellSchema])));
const guidanceSchema = z.object({
  holders: z.array(text).min(1),
  asks: z.array(text).min(1),
  questions: z.array(text).min(1),
  evidence: z.array(text).min(1),
});

const typologySchema = z.object({
  matrix: z.object(
    Object.fromEntries(systemTypes.map((t) => [t, z.object(Object.fromEntries(loci.map((l) => [l, columnSchema])))])),
  ),
  generalGuidance: z.object(Object.fromEntries(allCells.map((cell) => [cell.key, guidanceSchema]))),
  typeGuidance: z.partialRecord(
    z.enum(systemTypes),
    z.partialRecord(z.enum(allCells.map((cell) => cell.key) as [string, ...string[]]), guidanceSchema.partial()),
  ),
  moves: z.array(
    z.object({
      from: z.enum(systemTypes),
      to: z.array(z.enum(systemTypes)).min(1),
      when: text,
      asks: z.array(text).min(1),
    }),
  ),
});

/** Every catalog key anywhere in the data ("playbook:..."), found by walking it. */
function keysIn(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("playbook:") ? [value] : [];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(keysIn);
  return [];
}

function messageAt(catalog: Catalog, path: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

type ReadCatalog = (language: Language, namespace: string) => Catalog;

/**
 * Throws, naming the first key wrong, unless every word of every context kind has a message in every language and
 * the English catalog says word for word, item for item, what contextKindGuides says (the records the form's kind
 * names and the CLI's JSON still read). `read` is the catalogs' reader, so a test can hand it a broken one.
 */
export function checkContextKinds(read: ReadCatalog = readCatalog): void {
  for (const language of languages) {
    const catalog = read(language, "contexts");
    const say = (key: string) => {
      const message = messageAt(catalog, key.slice("contexts:".length));
      if (!message?.trim()) throw new Error(`app/locales/${language}/contexts.json has no message for ${key}`);
      return message;
    };
    const same = (key: string, record: string) => {
      const message = say(key);
      if (language === "en" && message !== record) {
        throw new Error(`app/locales/en/contexts.json says "${message}" for ${key}, the records "${record}"`);
      }
    };
    for (const kind of contextKinds) {
      const guide = contextKindGuides[kind];
      const keys: (typeof contextKindKeys)[ContextKind] & { nameRequired?: string } = contextKindKeys[kind];
      same(keys.label, guide.label);
      same(keys.example, guide.example);
      if (Boolean(keys.nameRequired) !== Boolean(guide.nameRequired)) {
        throw new Error(`context kind ${kind}: the records and contextKindKeys disagree on asking for a name`);
      }
      if (keys.nameRequired && guide.nameRequired) same(keys.nameRequired, guide.nameRequired);
      const lists = [
        ["holders", keys.holders, guide.holders],
        ["records", keys.records, guide.records],
        ["watch", keys.watch, guide.watch.map((item) => item.text)],
      ] as const;
      for (const [list, listKeys, records] of lists) {
        if (listKeys.length !== records.length) {
          throw new Error(`context kind ${kind}: ${listKeys.length} keys for ${records.length} ${list} in the records`);
        }
        listKeys.forEach((key, index) => same(key, records[index]!));
      }
    }
  }
}

/** Throws, naming the first thing wrong, when the typology's data breaks a rule its types cannot express. */
export function checkTypology(): void {
  checkContextKinds();
  const data = { matrix: responsibilityMatrix, generalGuidance, typeGuidance, moves: systemMoves };
  typologySchema.parse(data);
  for (const language of languages) {
    const catalog = readCatalog(language, "playbook");
    for (const key of keysIn({ ...data, typeFirstMoves, cellMoments })) {
      if (!messageAt(catalog, key.slice("playbook:".length))?.trim()) {
        throw new Error(`app/locales/${language}/playbook.json has no message for ${key}`);
      }
    }
  }
}
