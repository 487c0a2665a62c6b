import { describe, expect, it } from "vitest";

import { languages } from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { levelWords } from "~/lib/playbook-content.server";
import { allCells, generalGuidance, responsibilityMatrix, resolveLeverageMap, systemTypes } from "~/lib/typology";
import { checkTypology } from "~/lib/typology/check.server";
import {
  allUnsure,
  answersForPureType,
  countAnswered,
  cueAnswers,
  cueQuestions,
  currentAnswers,
  diagnose,
  diagnosticQuestionCount,
  minimumAnswered,
  scoreDiagnostic,
  whoAnswers,
} from "~/lib/typology/diagnostic";
import { v1AnswerList, v1CueQuestions, type DiagnosticAnswersV1 } from "~/lib/typology/diagnostic-v1";
import { readSavedAnswers } from "~/lib/typology/saved-answers.server";

import { messagesIn } from "../support/catalog";
import { lineRefs, readSpecMatrix, specProblems } from "../support/typology-oracle";

const spec = readSpecMatrix();

describe("the responsibility matrix", () => {
  it("passes the typology's own check, which the server runs at start", () => {
    expect(() => checkTypology()).not.toThrow();
  });

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

  it.each(languages)("explains every cell in one %s sentence that states no level (shown beside it)", (language) => {
    const t = createTranslator(language, ["playbook", "typology"]).getFixedT(language);
    // The levels' plain names in this language ("main lever", "palanca principal"), besides the English words.
    const plainLevels = ["primary", "secondary", "weak"].map((level) => t(`typology:level.${level}.plain`));
    for (const type of systemTypes) {
      for (const { domain, locus } of allCells) {
        const reason = t(responsibilityMatrix[type][locus][domain].reason);
        expect(reason, `${type} ${domain}.${locus}`).toMatch(/^\p{Lu}.*\.$/u);
        expect(reason.match(/\. /g) ?? [], reason).toHaveLength(0);
        for (const word of [...levelWords, ...plainLevels.map((w) => w.toLowerCase())]) {
          expect(reason.toLowerCase(), reason).not.toContain(word);
        }
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
  // 22 questions: every one can be answered "Not sure", so a long list costs a volunteer little, and fewer would
  // drop signs the brief gives (design/typology.md lists them).
  it("asks between 12 and 22 questions", () => {
    expect(diagnosticQuestionCount).toBeGreaterThanOrEqual(12);
    expect(diagnosticQuestionCount).toBeLessThanOrEqual(22);
  });

  it("asks the brief's own four signs first, one for each of its four types", () => {
    const first = cueQuestions.slice(0, 4);
    expect(first.every((cue) => cue.fromBrief)).toBe(true);
    expect(cueQuestions.slice(4).some((cue) => cue.fromBrief)).toBe(false);
    const yesFor = first.map((cue) =>
      Object.entries(cue.expects)
        .filter(([, answer]) => answer === "yes")
        .map(([type]) => type),
    );
    expect(yesFor).toEqual([["managerial"], ["market-driven"], ["federated"], ["networked"]]);
  });

  it("offers 'Not sure' on every question", () => {
    expect(whoAnswers).toContain("unsure");
    expect(cueAnswers).toContain("unsure");
  });

  it("does not count signs against a type where the brief is silent (typology.md's corrections)", () => {
    const cue = (id: string) => cueQuestions.find((question) => question.id === id)!;
    // Closures are described only for market-driven districts.
    expect(cue("closures").expects).toEqual({ "market-driven": "yes" });
    // School teams with family seats set federated apart from market-driven, never the other way round.
    expect(cue("family-seats").expects).toMatchObject({ federated: "yes", "market-driven": "no" });
    // Fidelity talk does not rule out a networked district (L472-475).
    expect(cue("standard-approach").expects).not.toHaveProperty("networked");
    // Choice alone is not a sign: it blurs lines with managerial and federated systems (L403-405).
    expect(cueQuestions.map((question) => question.id)).not.toContain("choice");
  });

  it.each(systemTypes)("ranks %s first when the answers describe it purely, with the answers that moved it", (type) => {
    const result = diagnose(answersForPureType(type));
    expect(result.enough).toBe(true);
    const [first, second] = result.scores;
    expect(first!.type).toBe(type);
    expect(first!.closeness).toBeGreaterThan(second!.closeness);
    expect(first!.evidence.filter((item) => item.effect === "for").length).toBeGreaterThan(0);
    expect(first!.evidence.filter((item) => item.effect === "against")).toEqual([]);
    // The runner-up shows why it lost.
    expect(second!.evidence.some((item) => item.effect === "against")).toBe(true);
  });

  it("shows no match when every answer is 'Not sure', and says what to find out for each question", () => {
    const result = diagnose(allUnsure());
    expect(result.enough).toBe(false);
    expect(result.answered).toBe(0);
    expect(result.toFindOut).toHaveLength(diagnosticQuestionCount);
    const t = messagesIn("en", "diagnostic");
    for (const item of result.toFindOut) expect(t(item.findOut).length).toBeGreaterThan(20);
  });

  it(`needs ${minimumAnswered} answers other than 'Not sure' before it shows a match`, () => {
    const answers = answersForPureType("federated");
    const answeredIds = cueQuestions.filter((cue) => answers.cues[cue.id] !== "unsure").map((cue) => cue.id);
    // Take away answers until one short of the threshold.
    let answered = countAnswered(answers);
    for (const id of answeredIds) {
      if (answered < minimumAnswered) break;
      answers.cues[id] = "unsure";
      answered -= 1;
    }
    expect(countAnswered(answers)).toBe(minimumAnswered - 1);
    expect(diagnose(answers).enough).toBe(false);
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
    answers.cues["develop-together"] = "yes";
    expect(scoreDiagnostic(answers).find((s) => s.type === "networked")!.closeness).toBeGreaterThan(before);
  });
});

describe("diagnostics saved with the first question set", () => {
  const v1: DiagnosticAnswersV1 = {
    who: {
      environment: "central-office",
      infrastructure: "central-office",
      use: "both",
      performance: "central-office",
      leadership: "central-office",
    },
    cues: Object.fromEntries(v1CueQuestions.map((cue) => [cue.id, "yes"])) as DiagnosticAnswersV1["cues"],
  };

  it("reads them as given, and carries an answer over only to a question asked in the same words", () => {
    const saved = readSavedAnswers(1, v1);
    expect(saved.answers).toEqual(v1);
    const current = currentAnswers(saved)!;
    expect(current.who).toEqual(v1.who);
    for (const cue of cueQuestions) {
      const old = v1CueQuestions.find((question) => question.id === cue.id);
      // The words are compared as they were asked, in English: the first set was only ever asked in English.
      const t = messagesIn("en", "diagnostic");
      if (old && t(old.question) === t(cue.question)) expect(current.cues[cue.id], cue.id).toBe("yes");
      else expect(current.cues[cue.id], cue.id).toBe("unsure");
    }
    expect(v1AnswerList(v1)).toHaveLength(5 + v1CueQuestions.length);
  });

  it("never reads answers that do not fit their question set", () => {
    expect(readSavedAnswers(2, v1).answers).toBeNull();
    expect(readSavedAnswers(1, { who: {}, cues: {} }).answers).toBeNull();
    expect(readSavedAnswers(7, v1).answers).toBeNull();
  });
});
