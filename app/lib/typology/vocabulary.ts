import { domainGlossary } from "./glossary";

// The words of the typology (Peurach & Yurkofsky, NEPC policy brief, 2018). Slugs are what URLs, the
// database and the CLI use; labels are what people read.

export const systemTypes = ["managerial", "market-driven", "federated", "networked", "american-default"] as const;
export type SystemType = (typeof systemTypes)[number];

export const domains = ["environment", "infrastructure", "use", "performance", "leadership"] as const;
export type Domain = (typeof domains)[number];

export const loci = ["central-office", "school"] as const;
export type Locus = (typeof loci)[number];

export const leverageLevels = ["primary", "secondary", "weak"] as const;
export type LeverageLevel = (typeof leverageLevels)[number];

export const systemTypeLabels: Record<SystemType, string> = {
  managerial: "Managerial",
  "market-driven": "Market-driven",
  federated: "Federated",
  networked: "Networked",
  "american-default": "American default",
};

export const systemTypeTheories: Record<SystemType, string> = {
  managerial:
    "The central office designs one strong instructional program and makes sure every school uses it the same way.",
  "market-driven":
    "Schools design their own programs and compete for families; the central office sets targets and opens or closes schools.",
  federated:
    "The central office sets a shared frame and supports schools; each school's own leadership team designs instruction within it.",
  networked:
    "The central office and schools build one district-wide approach together, and schools adapt it and feed improvements back.",
  "american-default":
    "The district sorts students into schools, tracks and programs, hands out resources, and leaves teaching to each teacher.",
};

/** Plain names (app/lib/typology/glossary.ts holds them, with the research terms). */
export const domainLabels: Record<Domain, string> = {
  environment: domainGlossary.environment.plain,
  infrastructure: domainGlossary.infrastructure.plain,
  use: domainGlossary.use.plain,
  performance: domainGlossary.performance.plain,
  leadership: domainGlossary.leadership.plain,
};

/** What each domain of work means, in a volunteer's words. */
export const domainExplanations: Record<Domain, string> = {
  environment:
    "Dealing with everything outside: state and federal rules, funders, researchers, vendors, and what families and communities want.",
  infrastructure:
    "Deciding what good teaching looks like and providing the curriculum, materials, assessments and shared norms for it.",
  use: "Helping teachers actually use those materials well: training, coaching, mentoring and time to learn together.",
  performance:
    "Watching how teaching and learning are going, for improvement and for accountability: data, reviews, targets, consequences.",
  leadership:
    "Deciding who leads instruction: which roles and teams, beyond the principal, carry and coordinate this work.",
};

export const locusLabels: Record<Locus, string> = {
  "central-office": "Central office",
  school: "Schools",
};

export type CellKey = `${Domain}.${Locus}`;
export const cellKey = (domain: Domain, locus: Locus): CellKey => `${domain}.${locus}`;
export const allCells: Array<{ domain: Domain; locus: Locus; key: CellKey }> = domains.flatMap((domain) =>
  loci.map((locus) => ({ domain, locus, key: cellKey(domain, locus) })),
);
