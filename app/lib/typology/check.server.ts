import { z } from "zod";

import { evidenceGrades } from "./glossary";
import { generalGuidance, typeGuidance } from "./guidance";
import { responsibilityMatrix } from "./matrix";
import { systemMoves } from "./moves";
import { allCells, domains, leverageLevels, loci, systemTypes } from "./vocabulary";

// The typology is typed data; this checks what the types cannot: every type has every cell, every cell has people
// to approach and something to ask, and moves name real types. The server runs it at start (and the CLI before it
// prints), so a bad edit stops the app at once; pages never carry the validator to the browser.
const text = z.string().min(10).max(400);
const cellSchema = z.object({
  level: z.enum(leverageLevels),
  grade: z.enum(evidenceGrades),
  reason: text,
  lines: z.string().regex(/^L\d+(-\d+)?(, L\d+(-\d+)?)*$/),
  tension: text.optional(),
});
const columnSchema = z.object(Object.fromEntries(domains.map((d) => [d, cellSchema])));
const guidanceSchema = z.object({
  holders: z.array(z.string().min(3)).min(1),
  asks: z.array(text).min(1),
  questions: z.array(text).min(1),
  evidence: z.array(z.string().min(3)).min(1),
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

/** Throws, naming the first thing wrong, when the typology's data breaks a rule its types cannot express. */
export function checkTypology(): void {
  typologySchema.parse({ matrix: responsibilityMatrix, generalGuidance, typeGuidance, moves: systemMoves });
}
