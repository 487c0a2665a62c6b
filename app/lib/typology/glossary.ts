import type { Domain, LeverageLevel } from "./vocabulary";

// Plain words first. Members are parents and volunteers, not researchers: every page, email and CLI text names a
// domain, a level or an evidence grade by its plain name, and gives the research term once, in brackets, where
// the reader first meets it (the legend of a leverage map, the glossary of a playbook). One module, so the app,
// the emails and the CLI never drift apart.

export const evidenceGrades = ["stated", "described", "inferred"] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

type Entry = { plain: string; term: string; meaning: string };

export const domainGlossary: Record<Domain, Entry> = {
  environment: {
    plain: "Handling outside demands and family wishes",
    term: "managing environmental relationships",
    meaning: "Weighing state and federal rules, funders, vendors, research and what families want for teaching.",
  },
  infrastructure: {
    plain: "Choosing what is taught and with what",
    term: "building educational infrastructure",
    meaning: "Setting the picture of good teaching and picking the curriculum, materials, tests and shared habits.",
  },
  use: {
    plain: "Helping teachers teach it well",
    term: "supporting use in practice",
    meaning: "Training, coaching, mentoring and time for teachers to learn together.",
  },
  performance: {
    plain: "Checking how it is going",
    term: "managing performance",
    meaning: "Data, reviews, targets and what happens next, both to improve and to hold people to account.",
  },
  leadership: {
    plain: "Deciding who leads teaching",
    term: "distributing instructional leadership",
    meaning: "Which roles and teams, beyond the principal, carry and coordinate the work.",
  },
};

export const levelGlossary: Record<LeverageLevel, Entry & { shape: string }> = {
  primary: {
    plain: "Main lever",
    term: "primary",
    shape: "●●●",
    meaning: "This place holds most of the work, so pressure here counts most.",
  },
  secondary: {
    plain: "Second lever",
    term: "secondary",
    shape: "●●○",
    meaning: "This place holds some of the work: worth pressing to back up a main lever or when a door opens.",
  },
  weak: {
    plain: "Little leverage",
    term: "weak",
    shape: "●○○",
    meaning: "This place holds little of the work, so even a friendly yes changes little in classrooms.",
  },
};

/** A level as a member reads it, in plain words ("Main lever"); the research term is in levelGlossary. */
export const leverageLabels: Record<LeverageLevel, string> = {
  primary: levelGlossary.primary.plain,
  secondary: levelGlossary.secondary.plain,
  weak: levelGlossary.weak.plain,
};

export const gradeGlossary: Record<EvidenceGrade, Entry> = {
  stated: {
    plain: "Said outright",
    term: "stated",
    meaning: "The brief itself gives this place this level for this work.",
  },
  described: {
    plain: "Our reading",
    term: "described",
    meaning: "The brief describes this work here but names no level; the level is Fulcrum's reading of it.",
  },
  inferred: {
    plain: "Our inference",
    term: "inferred",
    meaning: "The brief says nothing direct; Fulcrum reasoned the level from how the type works. Check it.",
  },
};

/** "Choosing what is taught and with what (building educational infrastructure)": for a reader's first meeting. */
export const withTerm = (entry: Entry) => `${entry.plain} (${entry.term})`;

/** Words that state a level. Prose that is not built from the map must use none of them (tests check it). */
export const levelWords: readonly string[] = [
  ...Object.values(levelGlossary).flatMap((entry) => [entry.plain.toLowerCase(), entry.term]),
];
