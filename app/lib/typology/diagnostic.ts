import { z } from "zod";
import { responsibilityMatrix } from "./matrix";
import {
  domainExplanations,
  domainLabels,
  domains,
  systemTypes,
  type Domain,
  type LeverageLevel,
  type SystemType,
} from "./vocabulary";

// Part one asks, for each domain of work, who does it here; part two asks about the cues the brief gives for
// recognizing each type (L548-565 and the type descriptions). Both are answerable from what a volunteer sees.

export const whoAnswers = ["central-office", "schools", "both", "neither"] as const;
export type WhoAnswer = (typeof whoAnswers)[number];
export const whoAnswerLabels: Record<WhoAnswer, string> = {
  "central-office": "Mostly the central office",
  schools: "Mostly the schools",
  both: "Both, in real ways",
  neither: "Hardly anyone",
};

export const cueAnswers = ["yes", "no", "unsure"] as const;
export type CueAnswer = (typeof cueAnswers)[number];
export const cueAnswerLabels: Record<CueAnswer, string> = { yes: "Yes", no: "No", unsure: "Not sure" };

export const domainQuestions: Record<Domain, { question: string; hint: string }> = {
  environment: {
    question: "Who deals with state rules, funders, vendors and what families want for instruction?",
    hint: domainExplanations.environment,
  },
  infrastructure: {
    question: "Who decides what good teaching looks like and chooses the curriculum, materials and tests?",
    hint: domainExplanations.infrastructure,
  },
  use: {
    question: "Who trains and coaches teachers to use those materials in class?",
    hint: domainExplanations.use,
  },
  performance: {
    question: "Who tracks how teaching and learning are going, sets targets and acts on the results?",
    hint: domainExplanations.performance,
  },
  leadership: {
    question: "Who leads instruction: which people and teams, beyond the principal, carry this work?",
    hint: domainExplanations.leadership,
  },
};

type Expectation = Partial<Record<SystemType, "yes" | "no">>;

export const cueQuestions = [
  {
    id: "same-curriculum",
    question: "Do all schools use the same district-chosen curriculum and pacing?",
    expects: { managerial: "yes", networked: "yes", "market-driven": "no", federated: "no", "american-default": "no" },
  },
  {
    id: "fidelity-checks",
    question:
      "Does the district check that teachers follow its program closely (fidelity walk-throughs, pacing checks)?",
    expects: { managerial: "yes", networked: "no", federated: "no", "market-driven": "no" },
  },
  {
    id: "principal-as-agent",
    question: "Do principals mainly carry out plans the central office designed, with little room to change them?",
    expects: { managerial: "yes", federated: "no", "market-driven": "no", networked: "no" },
  },
  {
    id: "choice",
    question:
      "Can families choose schools beyond their neighborhood assignment (magnet, pilot, charter or open enrollment)?",
    expects: { "market-driven": "yes", managerial: "no" },
  },
  {
    id: "distinct-models",
    question: "Do schools design their own distinct programs and market them to families?",
    expects: { "market-driven": "yes", managerial: "no", networked: "no", "american-default": "no" },
  },
  {
    id: "closures",
    question: "Are schools that miss targets closed, restarted or replaced?",
    expects: { "market-driven": "yes", federated: "no", networked: "no", "american-default": "no" },
  },
  {
    id: "lean-central-office",
    question: "Is the central office small, with few staff who work on teaching and learning?",
    expects: { "market-driven": "yes", managerial: "no", federated: "no", networked: "no" },
  },
  {
    id: "frame-then-design",
    question:
      "Does the district set a shared frame (mission, scope and sequence, core values) and leave each school to design within it?",
    expects: { federated: "yes", managerial: "no", "market-driven": "no", "american-default": "no" },
  },
  {
    id: "leadership-teams",
    question:
      "Does each school have a leadership team of teachers (and maybe families) that makes real decisions about instruction?",
    expects: { federated: "yes", "market-driven": "yes", managerial: "no", "american-default": "no" },
  },
  {
    id: "adapt-and-feed-back",
    question: "Do schools adapt the district's approach and feed what works back, so it can be adopted district-wide?",
    expects: { networked: "yes", managerial: "no", "american-default": "no", "market-driven": "no" },
  },
  {
    id: "improvement-cycles",
    question:
      "Does the district run improvement cycles, improvement networks or research partnerships, where results are about learning rather than sanctions?",
    expects: { networked: "yes", managerial: "no", "american-default": "no" },
  },
  {
    id: "sorting",
    question:
      "Is sorting the main strategy: neighborhood assignment, tracks, and pull-out remedial programs run apart from regular classes?",
    expects: { "american-default": "yes", networked: "no", federated: "no", managerial: "no" },
  },
  {
    id: "resources-not-vision",
    question: "Does improvement mostly mean adding programs, staff or money, with no shared picture of good teaching?",
    expects: { "american-default": "yes", managerial: "no", networked: "no", federated: "no" },
  },
] as const satisfies ReadonlyArray<{ id: string; question: string; expects: Expectation }>;

export type CueId = (typeof cueQuestions)[number]["id"];

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
});
export type DiagnosticAnswers = z.infer<typeof diagnosticAnswersSchema>;

export const diagnosticQuestionCount = domains.length + cueQuestions.length;

const levelValue: Record<LeverageLevel, number> = { primary: 2, secondary: 1, weak: 0 };
// What an answer says about how much of the work each locus holds, on the same 0-2 scale.
const impliedByWho: Record<WhoAnswer, { centralOffice: number; school: number }> = {
  "central-office": { centralOffice: 2, school: 0 },
  schools: { centralOffice: 0, school: 2 },
  both: { centralOffice: 2, school: 2 },
  neither: { centralOffice: 0, school: 0 },
};

// The two parts weigh alike: the domain answers describe the split of work, the cues the theory of action.
const weights = { who: 0.5, cues: 0.5 } as const;

export type TypeScore = {
  type: SystemType;
  /** 0-100: how closely the answers match this type. */
  closeness: number;
  /** Answers that agree with this type, in words. */
  pointedHere: string[];
};

/** Scores the answers against every type, nearest first. Never a single verdict: callers show the ranking. */
export function scoreDiagnostic(answers: DiagnosticAnswers): TypeScore[] {
  const scores = systemTypes.map((type) => {
    const pointedHere: string[] = [];
    let distance = 0;
    for (const domain of domains) {
      const implied = impliedByWho[answers.who[domain]];
      const column = responsibilityMatrix[type];
      const gap =
        Math.abs(implied.centralOffice - levelValue[column["central-office"][domain].level]) +
        Math.abs(implied.school - levelValue[column.school[domain].level]);
      distance += gap;
      if (gap <= 1) pointedHere.push(`${domainLabels[domain]}: ${whoAnswerLabels[answers.who[domain]].toLowerCase()}`);
    }
    const whoScore = 1 - distance / (domains.length * 4);

    let counted = 0;
    let agreed = 0;
    for (const cue of cueQuestions) {
      const answer = answers.cues[cue.id];
      const expected = (cue.expects as Expectation)[type];
      if (answer === "unsure" || !expected) continue;
      counted += 1;
      if (answer === expected) {
        agreed += 1;
        if (answer === "yes") pointedHere.push(cue.question);
      }
    }
    const cueScore = counted === 0 ? 0.5 : agreed / counted;
    // Rounded to 6 places first: floating-point noise must not tip an exact half the wrong way (57.5 computed as
    // 57.49999999999999 would show 57 here while another 57.5 shows 58, and reorder tied types).
    const closeness = Math.round(Number((100 * (weights.who * whoScore + weights.cues * cueScore)).toFixed(6)));
    return { type, closeness, pointedHere };
  });
  return scores.sort((a, b) => b.closeness - a.closeness || systemTypes.indexOf(a.type) - systemTypes.indexOf(b.type));
}

/** The answers a district that is exactly this type would give (used to check that the scoring is faithful). */
export function answersForPureType(type: SystemType): DiagnosticAnswers {
  const who = Object.fromEntries(
    domains.map((domain) => {
      const target = {
        centralOffice: levelValue[responsibilityMatrix[type]["central-office"][domain].level],
        school: levelValue[responsibilityMatrix[type].school[domain].level],
      };
      const best = whoAnswers
        .map((answer) => ({
          answer,
          gap:
            Math.abs(impliedByWho[answer].centralOffice - target.centralOffice) +
            Math.abs(impliedByWho[answer].school - target.school),
        }))
        .sort((a, b) => a.gap - b.gap)[0]!.answer;
      return [domain, best];
    }),
  ) as DiagnosticAnswers["who"];
  const cues = Object.fromEntries(
    cueQuestions.map((cue) => [cue.id, (cue.expects as Expectation)[type] ?? "unsure"]),
  ) as DiagnosticAnswers["cues"];
  return { who, cues };
}
