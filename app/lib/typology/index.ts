import { z } from "zod";

import { evidenceGrades } from "./glossary";
import { generalGuidance, typeGuidance } from "./guidance";
import { responsibilityMatrix } from "./matrix";
import { systemMoves } from "./moves";
import { allCells, domains, leverageLevels, loci, systemTypes } from "./vocabulary";

// The typology is typed data; this checks at load time what the types cannot: every type has every cell,
// every cell has people to approach and something to ask, and moves name real types.
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

typologySchema.parse({ matrix: responsibilityMatrix, generalGuidance, typeGuidance, moves: systemMoves });

export * from "./vocabulary";
export * from "./leverage";
export * from "./glossary";
export { responsibilityMatrix } from "./matrix";
export { generalGuidance, typeGuidance, type CellGuidance } from "./guidance";
export { systemMoves, type SystemMove } from "./moves";
export { cellMoments, typeFirstMoves, type FirstMove } from "./first-moves";
