import { z } from "zod";

import {
  cueAnswers,
  cueQuestions,
  questionSet,
  whoAnswers,
  type CueAnswer,
  type CueId,
  type DiagnosticAnswers,
  type SavedAnswers,
  type WhoAnswer,
} from "./diagnostic";
import {
  carryOverFromV1,
  questionSetV1,
  v1CueAnswers,
  v1CueQuestions,
  v1WhoAnswers,
  type DiagnosticAnswersV1,
  type V1CueId,
} from "./diagnostic-v1";
import { domains, type Domain } from "./vocabulary";

// Saved answers are JSON from the database: checked here, on the server, so the pages that show a diagnostic
// download no validator.

export const diagnosticAnswersSchema = z.object({
  who: z.object(
    Object.fromEntries(domains.map((domain) => [domain, z.enum(whoAnswers)])) as Record<
      Domain,
      z.ZodEnum<{ [K in WhoAnswer]: K }>
    >,
  ),
  cues: z.object(
    Object.fromEntries(cueQuestions.map((cue) => [cue.id, z.enum(cueAnswers)])) as Record<
      CueId,
      z.ZodEnum<{ [K in CueAnswer]: K }>
    >,
  ),
}) satisfies z.ZodType<DiagnosticAnswers>;

type V1Who = DiagnosticAnswersV1["who"][Domain];
type V1Cue = DiagnosticAnswersV1["cues"][V1CueId];

const v1AnswersSchema = z.object({
  who: z.object(
    Object.fromEntries(domains.map((domain) => [domain, z.enum(v1WhoAnswers)])) as Record<
      Domain,
      z.ZodEnum<{ [K in V1Who]: K }>
    >,
  ),
  cues: z.object(
    Object.fromEntries(v1CueQuestions.map((cue) => [cue.id, z.enum(v1CueAnswers)])) as Record<
      V1CueId,
      z.ZodEnum<{ [K in V1Cue]: K }>
    >,
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
