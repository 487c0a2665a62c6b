import { describe, expect, it } from "vitest";
import {
  allCells,
  generalGuidance,
  levelWords,
  responsibilityMatrix,
  resolveLeverageMap,
  systemTypes,
} from "~/lib/typology";
import { answersForPureType, diagnosticQuestionCount, scoreDiagnostic } from "~/lib/typology/diagnostic";

import { lineRefs, readSpecMatrix, specProblems } from "../support/typology-oracle";

const spec = readSpecMatrix();

describe("the responsibility matrix", () => {
  it("reads design/typology.md's table as the oracle, every cell of every type", () => {
    expect(specProblems(spec)).toEqual([]);
  });

  it.each(systemTypes)("gives every %s cell the level, grade and brief lines typology.md gives it", (type) => {
    for (const { domain, locus, key } of allCells) {
      const cell = responsibilityMatrix[type][locus][domain];
      expect({ key, level: cell.level, grade: cell.grade, lines: lineRefs(cell.lines) }).toEqual({
        key,
        level: spec[type][key].level,
        grade: spec[type][key].grade,
        lines: spec[type][key].lines,
      });
    }
  });

  it("explains every cell in one sentence that states no level (the level is shown beside it)", () => {
    for (const type of systemTypes) {
      for (const { domain, locus } of allCells) {
        const { reason } = responsibilityMatrix[type][locus][domain];
        expect(reason, `${type} ${domain}.${locus}`).toMatch(/^[A-Z].*\.$/);
        expect(reason.match(/\. /g) ?? [], reason).toHaveLength(0);
        for (const word of levelWords) expect(reason.toLowerCase(), reason).not.toContain(word);
      }
    }
  });

  it("applies an override to one cell only, marks it observed and no longer inferred", () => {
    const map = resolveLeverageMap("managerial", {
      "environment.school": { level: "primary", note: "Principals run family councils" },
    });
    const changed = map.find((cell) => cell.key === "environment.school")!;
    expect(changed).toMatchObject({
      level: "primary",
      typeLevel: "secondary",
      grade: "described",
      override: { note: "Principals run family councils" },
    });
    const others = map.filter((cell) => cell.key !== "environment.school");
    expect(others).toEqual(resolveLeverageMap("managerial").filter((cell) => cell.key !== "environment.school"));
  });

  it("gives every cell people to approach and something to ask", () => {
    for (const { key } of allCells) {
      expect(generalGuidance[key].holders.length, key).toBeGreaterThan(0);
      expect(generalGuidance[key].asks.length, key).toBeGreaterThan(0);
    }
  });
});

describe("the diagnostic", () => {
  it("asks between 12 and 20 questions", () => {
    expect(diagnosticQuestionCount).toBeGreaterThanOrEqual(12);
    expect(diagnosticQuestionCount).toBeLessThanOrEqual(20);
  });

  it.each(systemTypes)("ranks %s first when the answers describe it purely, with reasons", (type) => {
    const [first, second] = scoreDiagnostic(answersForPureType(type));
    expect(first!.type).toBe(type);
    expect(first!.closeness).toBeGreaterThan(second!.closeness);
    expect(first!.pointedHere.length).toBeGreaterThan(0);
  });

  it("scores every type, nearest first, and never gives a bare verdict", () => {
    const scores = scoreDiagnostic(answersForPureType("federated"));
    expect(scores.map((s) => s.type).sort()).toEqual([...systemTypes].sort());
    for (let i = 1; i < scores.length; i++)
      expect(scores[i - 1]!.closeness).toBeGreaterThanOrEqual(scores[i]!.closeness);
  });

  it("moves toward another type as answers change", () => {
    const answers = answersForPureType("managerial");
    const before = scoreDiagnostic(answers).find((s) => s.type === "networked")!.closeness;
    answers.cues["adapt-and-feed-back"] = "yes";
    answers.cues["improvement-cycles"] = "yes";
    answers.cues["fidelity-checks"] = "no";
    expect(scoreDiagnostic(answers).find((s) => s.type === "networked")!.closeness).toBeGreaterThan(before);
  });
});
