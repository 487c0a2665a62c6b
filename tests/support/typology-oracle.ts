import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { projectRoot } from "~/lib/project-root.server";
import {
  allCells,
  evidenceGrades,
  leverageLevels,
  type CellKey,
  type Domain,
  type EvidenceGrade,
  type LeverageLevel,
  type Locus,
  type SystemType,
} from "~/lib/typology";

import { gradeGlossary, levelGlossary } from "./typology-words";

// design/typology.md's matrix is the source of truth for every cell. The tests read its table as their oracle:
// tests/fixtures/typology.md is a copy kept in the repository (so the tests run anywhere), and when the shared
// design folder sits beside the repository the copy must equal it, so the two cannot drift apart.

export const specPath = join(projectRoot(), "tests/fixtures/typology.md");
export const sharedSpecPath = join(projectRoot(), "../shared/design/typology.md");

export type SpecCell = { level: LeverageLevel; grade: EvidenceGrade; lines: string[] };

const levelCodes: Record<string, LeverageLevel> = { P: "primary", S: "secondary", W: "weak" };
const gradeCodes: Record<string, EvidenceGrade> = { st: "stated", de: "described", in: "inferred" };
const locusNames: Record<string, Locus> = { "central office": "central-office", school: "school" };

/** Every "L12" or "L12-34" in a text, in order. */
export const lineRefs = (text: string) => [...text.matchAll(/L\d+(?:-\d+)?/g)].map((match) => match[0]);

export function readSpecMatrix(): Record<SystemType, Record<CellKey, SpecCell>> {
  const text = readFileSync(specPath, "utf8");
  const rows = text.split("\n").filter((line) => /^\| [a-z_-]+ \| (central office|school) \|/.test(line));
  const header = text.split("\n").find((line) => line.startsWith("| type | locus |"))!;
  const columns = header
    .split("|")
    .map((cell) => cell.trim())
    .filter(Boolean)
    .slice(2) as Domain[];
  const matrix: Partial<Record<SystemType, Record<CellKey, SpecCell>>> = {};
  for (const row of rows) {
    const [type, locus, ...cells] = row
      .split("|")
      .map((cell) => cell.trim())
      .filter(Boolean);
    const slug = type!.replace(/_/g, "-") as SystemType;
    matrix[slug] ??= {} as Record<CellKey, SpecCell>;
    cells.forEach((cell, index) => {
      const [level, grade] = cell.split(/\s+/);
      const key = `${columns[index]}.${locusNames[locus!]}` as CellKey;
      matrix[slug]![key] = { level: levelCodes[level!]!, grade: gradeCodes[grade!]!, lines: lineRefs(cell) };
    });
  }
  return matrix as Record<SystemType, Record<CellKey, SpecCell>>;
}

/** Problems with the oracle itself, so a malformed table fails loudly instead of passing vacuously. */
export function specProblems(matrix: ReturnType<typeof readSpecMatrix>): string[] {
  const problems: string[] = [];
  if (existsSync(sharedSpecPath) && readFileSync(sharedSpecPath, "utf8") !== readFileSync(specPath, "utf8"))
    problems.push("tests/fixtures/typology.md differs from ../shared/design/typology.md: copy it again");
  for (const type of ["managerial", "market-driven", "federated", "networked", "american-default"] as const) {
    for (const { key } of allCells) {
      const cell = matrix[type]?.[key];
      if (!cell || !leverageLevels.includes(cell.level) || !evidenceGrades.includes(cell.grade) || !cell.lines.length)
        problems.push(`${type} ${key}: unreadable in typology.md`);
    }
  }
  return problems;
}

export type Read = { level: LeverageLevel | undefined; grade: EvidenceGrade | undefined };
/** Each cell's level and grade as typology.md gives them. */
export const expected = (type: SystemType) =>
  Object.fromEntries(
    allCells.map(({ key }) => [
      key,
      { level: readSpecMatrix()[type][key].level, grade: readSpecMatrix()[type][key].grade },
    ]),
  );

/** A map cell as a reader sees it ("●●● Main lever · Said outright") back to its level and grade. */
export function readTag(text: string): Read {
  const level = (Object.keys(levelGlossary) as LeverageLevel[]).find((l) =>
    text.includes(`${levelGlossary[l].shape} ${levelGlossary[l].plain}`),
  );
  const grade = (Object.keys(gradeGlossary) as EvidenceGrade[]).find((g) => text.includes(gradeGlossary[g].plain));
  return { level, grade };
}
