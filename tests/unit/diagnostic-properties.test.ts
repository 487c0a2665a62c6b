// Property-based tests (fast-check) of the diagnostic scoring: rankings a coalition can trust whatever it answers.
// Run counts: this file gets about half a second of the unit suite's ten on two cores. A run scores the answers
// (well under a millisecond) or a form (about one), so 100 runs a property (fast-check's default), also where one
// changed answer is drawn against every question and type (each run of the suite draws new ones).
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseForm } from "~/lib/forms.server";
import { domains, systemTypes, type Domain, type SystemType } from "~/lib/typology";
import {
  answersForPureType,
  cueAnswers,
  cueQuestions,
  diagnose,
  diagnosticQuestionCount,
  scoreDiagnostic,
  whoAnswers,
  type DiagnosticAnswers,
} from "~/lib/typology/diagnostic";
import { diagnosticFormValues } from "~/routes/o.$slug+/districts+/$districtId._typology+/__typology-fields";
import { diagnosticFormSchema } from "~/routes/o.$slug+/districts+/$districtId._typology+/__typology-forms.server";

import { toFormData, typedText } from "../support/typed-input";

// 2. Diagnostic scoring

const answersArb: fc.Arbitrary<DiagnosticAnswers> = fc.record({
  who: fc.record(
    Object.fromEntries(domains.map((domain) => [domain, fc.constantFrom(...whoAnswers)])) as Record<
      Domain,
      fc.Arbitrary<(typeof whoAnswers)[number]>
    >,
  ),
  cues: fc.record(
    Object.fromEntries(cueQuestions.map((cue) => [cue.id, fc.constantFrom(...cueAnswers)])) as Record<
      (typeof cueQuestions)[number]["id"],
      fc.Arbitrary<(typeof cueAnswers)[number]>
    >,
  ),
});
const closenessOf = (answers: DiagnosticAnswers, type: SystemType) =>
  scoreDiagnostic(answers).find((score) => score.type === type)!.closeness;
const expects = (cue: (typeof cueQuestions)[number], type: SystemType) =>
  (cue.expects as Partial<Record<SystemType, "yes" | "no">>)[type];

describe("diagnostic scoring", () => {
  it("ranks every type exactly once, nearest first, with a whole-number closeness from 0 to 100", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const scores = scoreDiagnostic(answers);
        expect(scores.map((score) => score.type).sort()).toEqual([...systemTypes].sort());
        for (const score of scores) {
          expect(Number.isInteger(score.closeness)).toBe(true);
          expect(score.closeness).toBeGreaterThanOrEqual(0);
          expect(score.closeness).toBeLessThanOrEqual(100);
        }
        for (let i = 1; i < scores.length; i++) {
          const [before, after] = [scores[i - 1]!, scores[i]!];
          expect(before.closeness).toBeGreaterThanOrEqual(after.closeness);
          // Ties keep the typology's own order, so the same answers always list the same way.
          if (before.closeness === after.closeness)
            expect(systemTypes.indexOf(before.type)).toBeLessThan(systemTypes.indexOf(after.type));
        }
      }),
    );
  });

  it("ranks a type first, by a clear margin, for the answers a district of exactly that type would give", () => {
    fc.assert(
      fc.property(fc.constantFrom(...systemTypes), (type) => {
        const [first, second] = scoreDiagnostic(answersForPureType(type));
        expect(first!.type).toBe(type);
        expect(first!.closeness - second!.closeness).toBeGreaterThanOrEqual(10);
      }),
      { numRuns: 20 },
    );
  });

  it("still ranks the right type first when a volunteer answering for a pure type gets one answer wrong or unsure", () => {
    const mistake = fc.oneof(
      fc.tuple(fc.constant("who" as const), fc.constantFrom(...domains), fc.constantFrom(...whoAnswers)),
      fc.tuple(
        fc.constant("cues" as const),
        fc.constantFrom(...cueQuestions.map((cue) => cue.id)),
        fc.constantFrom(...cueAnswers),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...systemTypes), mistake, (type, [part, question, answer]) => {
        const answers = answersForPureType(type);
        (answers[part] as Record<string, string>)[question] = answer;
        expect(scoreDiagnostic(answers)[0]!.type).toBe(type);
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on the order the answers were given in, and does not change the answers", () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.nat()), (answers, randomness) => {
        const shuffle = <T>(items: T[]) =>
          items
            .map((item) => [randomness.next().value as number, item] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, item]) => item);
        const reordered = {
          cues: Object.fromEntries(shuffle(Object.entries(answers.cues))),
          who: Object.fromEntries(shuffle(Object.entries(answers.who))),
        } as DiagnosticAnswers;
        const copy = structuredClone(answers);
        const scores = scoreDiagnostic(answers);
        expect(scoreDiagnostic(reordered)).toEqual(scores);
        expect(answers).toEqual(copy);
      }),
    );
  });

  it("moves a type's closeness the right way when one cue answer agrees or disagrees with it, and not at all for cues it says nothing about", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...cueQuestions),
        fc.constantFrom(...systemTypes),
        (answers, cue, type) => {
          const withAnswer = (answer: (typeof cueAnswers)[number]) =>
            closenessOf({ ...answers, cues: { ...answers.cues, [cue.id]: answer } }, type);
          const expected = expects(cue, type);
          if (!expected) {
            expect(new Set(cueAnswers.map(withAnswer)).size).toBe(1);
            return;
          }
          const opposite = expected === "yes" ? "no" : "yes";
          expect(withAnswer(expected)).toBeGreaterThanOrEqual(withAnswer("unsure"));
          expect(withAnswer("unsure")).toBeGreaterThanOrEqual(withAnswer(opposite));
          expect(withAnswer(expected)).toBeGreaterThan(withAnswer(opposite));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("moves every type's closeness by at most 10 points when one 'who does this work' answer changes, and never down when it moves toward the type", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...domains),
        fc.constantFrom(...whoAnswers),
        fc.constantFrom(...systemTypes),
        (answers, domain, answer, type) => {
          const changed: DiagnosticAnswers = { ...answers, who: { ...answers.who, [domain]: answer } };
          expect(Math.abs(closenessOf(changed, type) - closenessOf(answers, type))).toBeLessThanOrEqual(10);
          const toward: DiagnosticAnswers = {
            ...answers,
            who: { ...answers.who, [domain]: answersForPureType(type).who[domain] },
          };
          expect(closenessOf(toward, type)).toBeGreaterThanOrEqual(closenessOf(answers, type));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("explains a type's score with exactly the signs it expects an answer to: agreeing ones toward, others away", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const score of scoreDiagnostic(answers)) {
          const moved = (effect: "for" | "against") =>
            cueQuestions
              .filter((cue) => score.evidence.some((item) => item.effect === effect && item.question === cue.question))
              .map((cue) => cue.id);
          const answered = cueQuestions.filter(
            (cue) => answers.cues[cue.id] !== "unsure" && expects(cue, score.type) !== undefined,
          );
          expect(moved("for")).toEqual(
            answered.filter((cue) => answers.cues[cue.id] === expects(cue, score.type)).map((cue) => cue.id),
          );
          expect(moved("against")).toEqual(
            answered.filter((cue) => answers.cues[cue.id] !== expects(cue, score.type)).map((cue) => cue.id),
          );
        }
      }),
    );
  });

  it("shows a match only when at least half the questions have an answer other than 'Not sure'", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = diagnose(answers);
        const answered =
          Object.values(answers.who).filter((answer) => answer !== "unsure").length +
          Object.values(answers.cues).filter((answer) => answer !== "unsure").length;
        expect(result.answered).toBe(answered);
        expect(result.enough).toBe(answered * 2 >= diagnosticQuestionCount);
        // Every "Not sure" gets something to find out, and nothing else does.
        expect(result.toFindOut).toHaveLength(diagnosticQuestionCount - answered);
      }),
    );
  });

  it("round-trips any answers and context through the diagnostic form, and names the field of a missing answer", () => {
    fc.assert(
      fc.property(answersArb, typedText(120, false, "line"), fc.nat(), (answers, context, drop) => {
        const values = diagnosticFormValues(context, answers);
        const parsed = parseForm(toFormData(values), diagnosticFormSchema);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.data).toEqual({ context: context.trim(), answers });
        const fields = Object.keys(values).filter((key) => key !== "context");
        const missing = fields[drop % fields.length]!;
        const { [missing]: _dropped, ...rest } = values;
        const refused = parseForm(toFormData(rest), diagnosticFormSchema);
        expect(refused.ok).toBe(false);
        if (!refused.ok) expect(Object.keys(refused.failure.errors)).toEqual([missing]);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
