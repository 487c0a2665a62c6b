import { answerSet } from "./answer-keys";
import type { DiagnosticAnswers } from "./diagnostic";
import { domains, type Domain } from "./vocabulary";

// The first question set, frozen as it was asked (until the questions followed design/typology.md's corrected
// cues). Diagnostics saved with it keep their answers exactly as given, so their page can show what was asked and
// what was answered. Their words are catalog keys (namespace "diagnostic", under "v1"): do not edit the English
// texts there either, they are a record.

export const questionSetV1 = 1;

const v1Who = answerSet([
  "diagnostic:v1.whoAnswer.central-office",
  "diagnostic:v1.whoAnswer.schools",
  "diagnostic:v1.whoAnswer.both",
  "diagnostic:v1.whoAnswer.neither",
]);
export const v1WhoAnswers = v1Who.answers;
export const v1WhoAnswerKeys = v1Who.keys;

const v1Cue = answerSet([
  "diagnostic:v1.cueAnswer.yes",
  "diagnostic:v1.cueAnswer.no",
  "diagnostic:v1.cueAnswer.unsure",
]);
export const v1CueAnswers = v1Cue.answers;
export const v1CueAnswerKeys = v1Cue.keys;

export const v1DomainQuestions = {
  environment: "diagnostic:v1.who.environment",
  infrastructure: "diagnostic:v1.who.infrastructure",
  use: "diagnostic:v1.who.use",
  performance: "diagnostic:v1.who.performance",
  leadership: "diagnostic:v1.who.leadership",
} as const satisfies Record<Domain, string>;

export const v1CueQuestions = [
  { id: "same-curriculum", question: "diagnostic:v1.cue.same-curriculum" },
  { id: "fidelity-checks", question: "diagnostic:v1.cue.fidelity-checks" },
  { id: "principal-as-agent", question: "diagnostic:v1.cue.principal-as-agent" },
  { id: "choice", question: "diagnostic:v1.cue.choice" },
  { id: "distinct-models", question: "diagnostic:v1.cue.distinct-models" },
  { id: "closures", question: "diagnostic:v1.cue.closures" },
  { id: "lean-central-office", question: "diagnostic:v1.cue.lean-central-office" },
  { id: "frame-then-design", question: "diagnostic:v1.cue.frame-then-design" },
  { id: "leadership-teams", question: "diagnostic:v1.cue.leadership-teams" },
  { id: "adapt-and-feed-back", question: "diagnostic:v1.cue.adapt-and-feed-back" },
  { id: "improvement-cycles", question: "diagnostic:v1.cue.improvement-cycles" },
  { id: "sorting", question: "diagnostic:v1.cue.sorting" },
  { id: "resources-not-vision", question: "diagnostic:v1.cue.resources-not-vision" },
] as const;

export type V1CueId = (typeof v1CueQuestions)[number]["id"];

export type DiagnosticAnswersV1 = {
  who: Record<Domain, (typeof v1WhoAnswers)[number]>;
  cues: Record<V1CueId, (typeof v1CueAnswers)[number]>;
};

/**
 * The first set's questions that the current set asks again in the same words, by their current id. The others
 * are not carried: "same curriculum" and "fidelity checks" were two halves of what is now one question, "choice"
 * is gone (choice alone does not tell the types apart), and "leadership teams" now asks about family seats.
 * Guessing their answers would put words in a coalition's mouth.
 */
const carriedCues = {
  "principal-as-agent": "principal-as-agent",
  "distinct-models": "distinct-models",
  closures: "closures",
  "lean-central-office": "lean-central-office",
  "frame-then-design": "frame-then-design",
  "adapt-and-feed-back": "adapt-and-feed-back",
  "improvement-cycles": "improvement-cycles",
  sorting: "sorting",
  "resources-not-vision": "resources-not-vision",
} as const satisfies Partial<Record<keyof DiagnosticAnswers["cues"], V1CueId>>;

export function carryOverFromV1(answers: DiagnosticAnswersV1): {
  who: Partial<DiagnosticAnswers["who"]>;
  cues: Partial<DiagnosticAnswers["cues"]>;
} {
  const cues: Partial<DiagnosticAnswers["cues"]> = {};
  for (const [current, old] of Object.entries(carriedCues) as Array<[keyof typeof carriedCues, V1CueId]>)
    cues[current] = answers.cues[old];
  // The five "who does this work" questions are unchanged; "Not sure" was added as a sixth answer.
  return { who: { ...answers.who }, cues };
}

/** Each first-set question with the answer given (catalog keys), in the order they were asked. */
export function v1AnswerList(answers: DiagnosticAnswersV1): Array<{ question: string; answer: string }> {
  return [
    ...domains.map((domain) => ({
      question: v1DomainQuestions[domain],
      answer: v1WhoAnswerKeys[answers.who[domain]],
    })),
    ...v1CueQuestions.map((cue) => ({ question: cue.question, answer: v1CueAnswerKeys[answers.cues[cue.id]] })),
  ];
}
