import { z } from "zod";

import {
  cueAnswers,
  cueQuestions,
  questionSet,
  whoAnswers,
  type DiagnosticAnswers,
  type SavedAnswers,
} from "./diagnostic";
import {
  carryOverFromV1,
  questionSetV1,
  v1CueAnswers,
  v1CueQuestions,
  v1WhoAnswers,
  type DiagnosticAnswersV1,
} from "./diagnostic-v1";
import { domains } from "./vocabulary";

// Saved answers are JSON from the database: checked here, on the server, so the pages that show a diagnostic
// download no validator.

/** The same answer choices for every question id: `{ [id]: one of answers }`. */
function answersById<const Id extends string, const Answers extends readonly [string, ...string[]]>(
  ids: readonly Id[],
  answers: Answers,
) {
  // The cast names what Object.fromEntries builds; `satisfies` below checks the result against the answers' types.
  const fields = Object.fromEntries(ids.map((id) => [id, z.enum(answers)]));
  return z.object(fields as Record<Id, z.ZodEnum<{ [K in Answers[number]]: K }>>);
}

export const diagnosticAnswersSchema = z.object({
  who: answersById(domains, whoAnswers),
  cues: answersById(
    cueQuestions.map((cue) => cue.id),
    cueAnswers,
  ),
}) satisfies z.ZodType<DiagnosticAnswers>;

const v1AnswersSchema = z.object({
  who: answersById(domains, v1WhoAnswers),
  cues: answersById(
    v1CueQuestions.map((cue) => cue.id),
    v1CueAnswers,
  ),
}) satisfies z.ZodType<DiagnosticAnswersV1>;

export function readSavedAnswers(savedWith: number, raw: unknown): SavedAnswers {
  if (savedWith === questionSet) {
    const parsed = diagnosticAnswersSchema.safeParse(raw);
    if (parsed.success) return { questionSet, answers: parsed.data };
  }
  if (savedWith === questionSetV1) {
    const parsed = v1AnswersSchema.safeParse(raw);
    if (parsed.success)
      return { questionSet: questionSetV1, answers: parsed.data, carried: carryOverFromV1(parsed.data) };
  }
  return { questionSet: savedWith, answers: null };
}
