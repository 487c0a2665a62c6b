import { describe, expect, it } from "vitest";
import {
  allCells,
  domains,
  generalGuidance,
  responsibilityMatrix,
  resolveLeverageMap,
  systemTypes,
  type LeverageLevel,
  type SystemType,
} from "~/lib/typology";
import { answersForPureType, diagnosticQuestionCount, scoreDiagnostic } from "~/lib/typology/diagnostic";

// The matrix exactly as ../shared/design/typology.md gives it: P/S/W, * = inferred.
const specTable = `
| environment | P | W* | S | P | P | P | P | S* | S* | W* |
| infrastructure | P | W | W | P | P* | P | P | S | S* | S* |
| use | P | P | W | P | S* | P | P* | P | W* | W* |
| performance | P | S | S | P | S* | P | P | P | W* | W* |
| leadership | P | W* | W | P | P* | P | P | S* | W* | W* |`;
const specColumns: Array<[SystemType, "central-office" | "school"]> = systemTypes.flatMap(
  (type) =>
    [
      [type, "central-office"],
      [type, "school"],
    ] as Array<[SystemType, "central-office" | "school"]>,
);
const levels: Record<string, LeverageLevel> = { P: "primary", S: "secondary", W: "weak" };

describe("the responsibility matrix", () => {
  const rows = specTable
    .trim()
    .split("\n")
    .map((line) =>
      line
        .split("|")
        .map((cell) => cell.trim())
        .filter(Boolean),
    );
  it.each(rows.map((row) => [row[0]!, row.slice(1)] as const))(
    "matches the spec for %s in every type and locus",
    (domain, cells) => {
      expect(cells).toHaveLength(10);
      cells.forEach((spec, index) => {
        const [type, locus] = specColumns[index]!;
        const cell = responsibilityMatrix[type][locus][domain as (typeof domains)[number]];
        expect({ type, locus, level: cell.level, inferred: cell.inferred }).toEqual({
          type,
          locus,
          level: levels[spec[0]!],
          inferred: spec.endsWith("*"),
        });
      });
    },
  );

  it("treats the American default as wholly inferred", () => {
    for (const cell of resolveLeverageMap("american-default")) expect(cell.inferred).toBe(true);
  });

  it("applies an override to one cell only, marks it observed and no longer inferred", () => {
    const map = resolveLeverageMap("managerial", {
      "environment.school": { level: "primary", note: "Principals run family councils" },
    });
    const changed = map.find((cell) => cell.key === "environment.school")!;
    expect(changed).toMatchObject({
      level: "primary",
      typeLevel: "weak",
      inferred: false,
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
