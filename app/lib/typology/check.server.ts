import { z } from "zod";

import { languages } from "../i18n";
import { readCatalog, type Catalog } from "../i18n-catalogs.server";
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

/** Throws, naming the first thing wrong, when the typology's data breaks a rule its types cannot express. */
export function checkTypology(): void {
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
