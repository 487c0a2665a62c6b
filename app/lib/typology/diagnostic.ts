import { answerSet } from "./answer-keys";
import { questionSetV1, type DiagnosticAnswersV1 } from "./diagnostic-v1";
import { typologyKeys } from "./keys";
import { responsibilityMatrix } from "./matrix";
import { domains, systemTypes, type Domain, type LeverageLevel, type SystemType } from "./vocabulary";

// Part one asks, for each domain of work, who does it here; part two asks about the signs of each type: the
// brief's own four first (seed 000, L548-565), then the ones its descriptions of the types add, as corrected in
// design/typology.md. A sign only counts for or against a type where the brief supports it; where the brief says
// nothing, the answer leaves that type's score alone. Every question can be answered "Not sure".

/** The question set these questions make. Saved answers carry the set they were given to. */
export const questionSet = 2;

const who = answerSet([
  "diagnostic:whoAnswer.central-office",
  "diagnostic:whoAnswer.schools",
  "diagnostic:whoAnswer.both",
  "diagnostic:whoAnswer.neither",
  "diagnostic:whoAnswer.unsure",
]);
export const whoAnswers = who.answers;
export type WhoAnswer = (typeof whoAnswers)[number];
export const whoAnswerKeys = who.keys;

const cue = answerSet(["diagnostic:cueAnswer.yes", "diagnostic:cueAnswer.no", "diagnostic:cueAnswer.unsure"]);
export const cueAnswers = cue.answers;
export type CueAnswer = (typeof cueAnswers)[number];
export const cueAnswerKeys = cue.keys;

// Every question, hint, answer and "find out" text is a catalog key (namespace "diagnostic", app/locales/<language>/
// diagnostic.json): the scoring below works on ids and hands the page keys to translate.
type Question = { question: string; hint: string; findOut: string };

export const domainQuestions = {
  environment: {
    question: "diagnostic:who.environment.question",
    hint: typologyKeys.domain.environment.explanation,
    findOut: "diagnostic:who.environment.findOut",
  },
  infrastructure: {
    question: "diagnostic:who.infrastructure.question",
    hint: typologyKeys.domain.infrastructure.explanation,
    findOut: "diagnostic:who.infrastructure.findOut",
  },
  use: {
    question: "diagnostic:who.use.question",
    hint: typologyKeys.domain.use.explanation,
    findOut: "diagnostic:who.use.findOut",
  },
  performance: {
    question: "diagnostic:who.performance.question",
    hint: typologyKeys.domain.performance.explanation,
    findOut: "diagnostic:who.performance.findOut",
  },
  leadership: {
    question: "diagnostic:who.leadership.question",
    hint: typologyKeys.domain.leadership.explanation,
    findOut: "diagnostic:who.leadership.findOut",
  },
} as const satisfies Record<Domain, Question>;

type Expectation = Partial<Record<SystemType, "yes" | "no">>;
type Cue = { id: string; question: string; findOut: string; lines: string; fromBrief: boolean; expects: Expectation };

export const cueQuestions = [
  // The brief's own four signs (L550-565), one per type.
  {
    id: "standard-approach",
    fromBrief: true,
    lines: "L550-552",
    question: "diagnostic:cue.standard-approach.question",
    findOut: "diagnostic:cue.standard-approach.findOut",
    // Networked districts also balance fidelity with school discretion (L472-475), so this says nothing of them.
    expects: { managerial: "yes", "market-driven": "no", federated: "no", "american-default": "no" },
  },
  {
    id: "innovation-and-choice",
    fromBrief: true,
    lines: "L554-557",
    question: "diagnostic:cue.innovation-and-choice.question",
    findOut: "diagnostic:cue.innovation-and-choice.findOut",
    expects: { "market-driven": "yes", managerial: "no", federated: "no", networked: "no", "american-default": "no" },
  },
  {
    id: "community-as-resource",
    fromBrief: true,
    lines: "L559-561",
    question: "diagnostic:cue.community-as-resource.question",
    findOut: "diagnostic:cue.community-as-resource.findOut",
    expects: { federated: "yes", managerial: "no", "market-driven": "no", "american-default": "no" },
  },
  {
    id: "develop-together",
    fromBrief: true,
    lines: "L563-565",
    question: "diagnostic:cue.develop-together.question",
    findOut: "diagnostic:cue.develop-together.findOut",
    expects: { networked: "yes", managerial: "no", "market-driven": "no", federated: "no", "american-default": "no" },
  },
  // Signs from the brief's descriptions of each type.
  {
    id: "central-coaching",
    fromBrief: false,
    lines: "L340-344",
    question: "diagnostic:cue.central-coaching.question",
    findOut: "diagnostic:cue.central-coaching.findOut",
    expects: { managerial: "yes", "market-driven": "no", "american-default": "no" },
  },
  {
    id: "principal-as-agent",
    fromBrief: false,
    lines: "L347-350",
    question: "diagnostic:cue.principal-as-agent.question",
    findOut: "diagnostic:cue.principal-as-agent.findOut",
    expects: { managerial: "yes", federated: "no", "market-driven": "no", networked: "no" },
  },
  {
    id: "distinct-models",
    fromBrief: false,
    lines: "L386-390, L396-399",
    question: "diagnostic:cue.distinct-models.question",
    findOut: "diagnostic:cue.distinct-models.findOut",
    expects: { "market-driven": "yes", managerial: "no", networked: "no", "american-default": "no" },
  },
  {
    id: "closures",
    fromBrief: false,
    lines: "L380-383",
    question: "diagnostic:cue.closures.question",
    findOut: "diagnostic:cue.closures.findOut",
    // The brief says nothing of closures outside market-driven districts, so a "no" does not count against others.
    expects: { "market-driven": "yes" },
  },
  {
    id: "lean-central-office",
    fromBrief: false,
    lines: "L423-426",
    question: "diagnostic:cue.lean-central-office.question",
    findOut: "diagnostic:cue.lean-central-office.findOut",
    expects: { "market-driven": "yes", managerial: "no", federated: "no", networked: "no" },
  },
  {
    id: "frame-then-design",
    fromBrief: false,
    lines: "L426-431",
    question: "diagnostic:cue.frame-then-design.question",
    findOut: "diagnostic:cue.frame-then-design.findOut",
    expects: { federated: "yes", managerial: "no", "market-driven": "no", networked: "no" },
  },
  {
    id: "family-seats",
    fromBrief: false,
    lines: "L437-442",
    question: "diagnostic:cue.family-seats.question",
    findOut: "diagnostic:cue.family-seats.findOut",
    // The brief sets such seats apart from the buy-in of managerial and market-driven systems (L439-441).
    expects: { federated: "yes", managerial: "no", "market-driven": "no" },
  },
  {
    id: "buffering",
    fromBrief: false,
    lines: "L453-455, L182-184",
    question: "diagnostic:cue.buffering.question",
    findOut: "diagnostic:cue.buffering.findOut",
    expects: { federated: "yes", "american-default": "no" },
  },
  {
    id: "adapt-and-feed-back",
    fromBrief: false,
    lines: "L489-491",
    question: "diagnostic:cue.adapt-and-feed-back.question",
    findOut: "diagnostic:cue.adapt-and-feed-back.findOut",
    expects: { networked: "yes", managerial: "no", "market-driven": "no", "american-default": "no" },
  },
  {
    id: "improvement-cycles",
    fromBrief: false,
    lines: "L475-478, L489-491, L498-500",
    question: "diagnostic:cue.improvement-cycles.question",
    findOut: "diagnostic:cue.improvement-cycles.findOut",
    expects: { networked: "yes", managerial: "no", "american-default": "no" },
  },
  {
    id: "sorting",
    fromBrief: false,
    lines: "L155-157, L178-181",
    question: "diagnostic:cue.sorting.question",
    findOut: "diagnostic:cue.sorting.findOut",
    expects: { "american-default": "yes" },
  },
  {
    id: "resources-not-vision",
    fromBrief: false,
    lines: "L182-184",
    question: "diagnostic:cue.resources-not-vision.question",
    findOut: "diagnostic:cue.resources-not-vision.findOut",
    // Each of the four types starts from an instructional vision (L335, L389, L427-428, L462); the default has none.
    expects: { "american-default": "yes", managerial: "no", "market-driven": "no", networked: "no", federated: "no" },
  },
  {
    id: "teachers-alone",
    fromBrief: false,
    lines: "L185-189",
    question: "diagnostic:cue.teachers-alone.question",
    findOut: "diagnostic:cue.teachers-alone.findOut",
    expects: { "american-default": "yes", managerial: "no", networked: "no", federated: "no" },
  },
] as const satisfies ReadonlyArray<Cue>;

export type CueId = (typeof cueQuestions)[number]["id"];

// Read back from the database through saved-answers.server.ts, which checks them against this shape with zod.
export type DiagnosticAnswers = { who: Record<Domain, WhoAnswer>; cues: Record<CueId, CueAnswer> };

export const diagnosticQuestionCount = domains.length + cueQuestions.length;

/**
 * A match is shown only once at least half the questions have an answer other than "Not sure": below that, a
 * few answers would decide the ranking and the nearest type would look surer than it is.
 */
export const minimumAnswered = Math.ceil(diagnosticQuestionCount / 2);

const levelValue: Record<LeverageLevel, number> = { primary: 2, secondary: 1, weak: 0 };
// What an answer says about how much of the work each locus holds, on the same 0-2 scale.
const impliedByWho: Record<Exclude<WhoAnswer, "unsure">, { centralOffice: number; school: number }> = {
  "central-office": { centralOffice: 2, school: 0 },
  schools: { centralOffice: 0, school: 2 },
  both: { centralOffice: 2, school: 2 },
  neither: { centralOffice: 0, school: 0 },
};
// A domain answered "Not sure" counts as half the largest gap, so it neither helps nor hurts any type much, and
// changing one answer moves a score by the same bounded amount whichever answer it was.
const unsureGap = 2;
const maxGap = 4;

// The two parts weigh alike: the domain answers describe the split of work, the signs the theory of action.
const weights = { who: 0.5, cues: 0.5 } as const;
// The brief's own four signs are its stated way of recognising a type, so they count twice.
const cueWeight = (cue: Cue) => (cue.fromBrief ? 1 : 1);

/** An answer that moved a score: the question and the answer given, as catalog keys. */
export type Evidence = { question: string; answer: string; effect: "for" | "against" };

export type TypeScore = {
  type: SystemType;
  /** 0-100: how closely the answers match this type. */
  closeness: number;
  /** The answers that moved this type's score, toward it ("for") or away from it ("against"). */
  evidence: Evidence[];
};

function gapFor(answer: WhoAnswer, type: SystemType, domain: Domain): number | null {
  if (answer === "unsure") return null;
  const implied = impliedByWho[answer];
  const column = responsibilityMatrix[type];
  return (
    Math.abs(implied.centralOffice - levelValue[column["central-office"][domain].level]) +
    Math.abs(implied.school - levelValue[column.school[domain].level])
  );
}

/** Scores the answers against every type, nearest first. Never a single verdict: callers show the ranking. */
export function scoreDiagnostic(answers: DiagnosticAnswers): TypeScore[] {
  const scores = systemTypes.map((type) => {
    const evidence: Evidence[] = [];
    let distance = 0;
    for (const domain of domains) {
      const answer = answers.who[domain];
      const gap = gapFor(answer, type, domain);
      distance += gap ?? unsureGap;
      const said = { question: domainQuestions[domain].question, answer: whoAnswerKeys[answer] };
      if (gap !== null && gap <= 1) evidence.push({ ...said, effect: "for" });
      if (gap !== null && gap >= 3) evidence.push({ ...said, effect: "against" });
    }
    const whoScore = 1 - distance / (domains.length * maxGap);

    let counted = 0;
    let agreed = 0;
    for (const cue of cueQuestions as ReadonlyArray<Cue>) {
      const answer = answers.cues[cue.id as CueId];
      const expected = cue.expects[type];
      if (answer === "unsure" || !expected) continue;
      counted += cueWeight(cue);
      const effect = answer === expected ? "for" : "against";
      if (effect === "for") agreed += cueWeight(cue);
      evidence.push({ question: cue.question, answer: cueAnswerKeys[answer], effect });
    }
    const cueScore = counted === 0 ? 0.5 : agreed / counted;
    // Rounded to 6 places first: floating-point noise must not tip an exact half the wrong way (57.5 computed as
    // 57.49999999999999 would show 57 here while another 57.5 shows 58, and reorder tied types).
    const closeness = Math.round(Number((100 * (weights.who * whoScore + weights.cues * cueScore)).toFixed(6)));
    return { type, closeness, evidence };
  });
  return scores.sort((a, b) => b.closeness - a.closeness || systemTypes.indexOf(a.type) - systemTypes.indexOf(b.type));
}

/** A question answered "Not sure", with what to find out to answer it (catalog keys). */
export type ToFindOut = { question: string; findOut: string };

export type DiagnosticResult = {
  answered: number;
  total: number;
  /** True once enough questions have an answer other than "Not sure" to show a ranking (see minimumAnswered). */
  enough: boolean;
  /** Every type, nearest first; only shown when `enough`. */
  scores: TypeScore[];
  toFindOut: ToFindOut[];
};

export function countAnswered(answers: DiagnosticAnswers): number {
  return (
    domains.filter((domain) => answers.who[domain] !== "unsure").length +
    cueQuestions.filter((cue) => answers.cues[cue.id] !== "unsure").length
  );
}

/** The result page's content: the ranking when the answers say enough, and what to find out either way. */
export function diagnose(answers: DiagnosticAnswers): DiagnosticResult {
  const answered = countAnswered(answers);
  const toFindOut = [
    ...domains
      .filter((domain) => answers.who[domain] === "unsure")
      .map((domain) => ({ question: domainQuestions[domain].question, findOut: domainQuestions[domain].findOut })),
    ...cueQuestions
      .filter((cue) => answers.cues[cue.id] === "unsure")
      .map((cue) => ({ question: cue.question, findOut: cue.findOut })),
  ];
  return {
    answered,
    total: diagnosticQuestionCount,
    enough: answered >= minimumAnswered,
    scores: scoreDiagnostic(answers),
    toFindOut,
  };
}

/** The answers a district that is exactly this type would give (used to check that the scoring is faithful). */
export function answersForPureType(type: SystemType): DiagnosticAnswers {
  const who = Object.fromEntries(
    domains.map((domain) => {
      const best = (["central-office", "schools", "both", "neither"] as const)
        .map((answer) => ({ answer, gap: gapFor(answer, type, domain)! }))
        .sort((a, b) => a.gap - b.gap)[0]!.answer;
      return [domain, best];
    }),
  ) as DiagnosticAnswers["who"];
  const cues = Object.fromEntries(
    cueQuestions.map((cue) => [cue.id, (cue.expects as Expectation)[type] ?? "unsure"]),
  ) as DiagnosticAnswers["cues"];
  return { who, cues };
}

/** Every answer "Not sure". */
export function allUnsure(): DiagnosticAnswers {
  return {
    who: Object.fromEntries(domains.map((domain) => [domain, "unsure"])) as DiagnosticAnswers["who"],
    cues: Object.fromEntries(cueQuestions.map((cue) => [cue.id, "unsure"])) as DiagnosticAnswers["cues"],
  };
}

type CarriedAnswers = { who: Partial<DiagnosticAnswers["who"]>; cues: Partial<DiagnosticAnswers["cues"]> };

/**
 * Saved answers as read back: the current set; the first set, kept exactly as given (shown with its own
 * questions) and carried over to the current questions only where one asks the same thing; or answers that
 * cannot be read.
 */
export type SavedAnswers =
  | { questionSet: typeof questionSet; answers: DiagnosticAnswers }
  | { questionSet: typeof questionSetV1; answers: DiagnosticAnswersV1; carried: CarriedAnswers }
  | { questionSet: number; answers: null };

/** The current questions' answers for saved ones: a question the saved set did not ask counts as "Not sure". */
export function currentAnswers(saved: SavedAnswers): DiagnosticAnswers | null {
  if (saved.answers === null) return null;
  if ("carried" in saved) {
    const unsure = allUnsure();
    return { who: { ...unsure.who, ...saved.carried.who }, cues: { ...unsure.cues, ...saved.carried.cues } };
  }
  return saved.answers;
}
