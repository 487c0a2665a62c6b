import type { DiagnosticAnswers } from "./diagnostic";
import { domains, type Domain } from "./vocabulary";

// The first question set, frozen as it was asked (until the questions followed design/typology.md's corrected
// cues). Diagnostics saved with it keep their answers exactly as given, so their page can show what was asked and
// what was answered. Do not edit these texts: they are a record.

export const questionSetV1 = 1;

export const v1WhoAnswers = ["central-office", "schools", "both", "neither"] as const;
export const v1CueAnswers = ["yes", "no", "unsure"] as const;

export const v1WhoAnswerLabels: Record<(typeof v1WhoAnswers)[number], string> = {
  "central-office": "Mostly the central office",
  schools: "Mostly the schools",
  both: "Both, in real ways",
  neither: "Hardly anyone",
};
export const v1CueAnswerLabels: Record<(typeof v1CueAnswers)[number], string> = {
  yes: "Yes",
  no: "No",
  unsure: "Not sure",
};

export const v1DomainQuestions: Record<Domain, string> = {
  environment: "Who deals with state rules, funders, vendors and what families want for instruction?",
  infrastructure: "Who decides what good teaching looks like and chooses the curriculum, materials and tests?",
  use: "Who trains and coaches teachers to use those materials in class?",
  performance: "Who tracks how teaching and learning are going, sets targets and acts on the results?",
  leadership: "Who leads instruction: which people and teams, beyond the principal, carry this work?",
};

export const v1CueQuestions = [
  { id: "same-curriculum", question: "Do all schools use the same district-chosen curriculum and pacing?" },
  {
    id: "fidelity-checks",
    question:
      "Does the district check that teachers follow its program closely (fidelity walk-throughs, pacing checks)?",
  },
  {
    id: "principal-as-agent",
    question: "Do principals mainly carry out plans the central office designed, with little room to change them?",
  },
  {
    id: "choice",
    question:
      "Can families choose schools beyond their neighborhood assignment (magnet, pilot, charter or open enrollment)?",
  },
  { id: "distinct-models", question: "Do schools design their own distinct programs and market them to families?" },
  { id: "closures", question: "Are schools that miss targets closed, restarted or replaced?" },
  {
    id: "lean-central-office",
    question: "Is the central office small, with few staff who work on teaching and learning?",
  },
  {
    id: "frame-then-design",
    question:
      "Does the district set a shared frame (mission, scope and sequence, core values) and leave each school to design within it?",
  },
  {
    id: "leadership-teams",
    question:
      "Does each school have a leadership team of teachers (and maybe families) that makes real decisions about instruction?",
  },
  {
    id: "adapt-and-feed-back",
    question: "Do schools adapt the district's approach and feed what works back, so it can be adopted district-wide?",
  },
  {
    id: "improvement-cycles",
    question:
      "Does the district run improvement cycles, improvement networks or research partnerships, where results are about learning rather than sanctions?",
  },
  {
    id: "sorting",
    question:
      "Is sorting the main strategy: neighborhood assignment, tracks, and pull-out remedial programs run apart from regular classes?",
  },
  {
    id: "resources-not-vision",
    question: "Does improvement mostly mean adding programs, staff or money, with no shared picture of good teaching?",
  },
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

/** Each first-set question with the answer given, in the order they were asked. */
export function v1AnswerList(answers: DiagnosticAnswersV1): Array<{ question: string; answer: string }> {
  return [
    ...domains.map((domain) => ({
      question: v1DomainQuestions[domain],
      answer: v1WhoAnswerLabels[answers.who[domain]],
    })),
    ...v1CueQuestions.map((cue) => ({ question: cue.question, answer: v1CueAnswerLabels[answers.cues[cue.id]] })),
  ];
}
