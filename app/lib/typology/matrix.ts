import type { EvidenceGrade } from "./glossary";
import type { PlaybookKey } from "./playbook-keys";
import type { Domain, LeverageLevel, Locus, SystemType } from "./vocabulary";

export type MatrixCell = {
  level: LeverageLevel;
  grade: EvidenceGrade;
  /** Why this level, in one sentence of Fulcrum's words (its catalog key). No level words: the level is beside it. */
  reason: PlaybookKey;
  /** Where in the brief (seed 000's line numbers, as design/typology.md gives them). */
  lines: string;
  /** Where the brief pulls two ways on this cell, said so a coalition can weigh it. */
  tension?: PlaybookKey;
};
type Column = Record<Domain, MatrixCell>;

const cell =
  (level: LeverageLevel, grade: EvidenceGrade) =>
  (lines: string, reason: PlaybookKey, tension?: PlaybookKey): MatrixCell =>
    tension ? { level, grade, reason, lines, tension } : { level, grade, reason, lines };
const Pst = cell("primary", "stated");
const Pde = cell("primary", "described");
const Sst = cell("secondary", "stated");
const Sde = cell("secondary", "described");
const Wst = cell("weak", "stated");
const Wde = cell("weak", "described");
const Win = cell("weak", "inferred");

// The American default is alike at both loci (design/typology.md): the same cells serve both columns.
const defaultColumn: Column = {
  environment: Wde("L183-184", "playbook:reason.american-default.environment"),
  infrastructure: Sde("L157-159, L182-184", "playbook:reason.american-default.infrastructure"),
  use: Wde("L185-187", "playbook:reason.american-default.use"),
  performance: Win("L194-195", "playbook:reason.american-default.performance"),
  leadership: Wde("L159-161", "playbook:reason.american-default.leadership"),
};

/**
 * Who holds each domain of work in each type, and so where a coalition's leverage is: design/typology.md's
 * revised matrix, each cell graded by how directly the brief supports it (the key is at L641-647 of the brief).
 */
export const responsibilityMatrix: Record<SystemType, Record<Locus, Column>> = {
  managerial: {
    "central-office": {
      environment: Pde("L337-340", "playbook:reason.managerial.central-office.environment"),
      infrastructure: Pst("L334-335", "playbook:reason.managerial.central-office.infrastructure"),
      use: Pde("L340-341", "playbook:reason.managerial.central-office.use"),
      performance: Pde("L342-343", "playbook:reason.managerial.central-office.performance"),
      leadership: Pde("L343-345", "playbook:reason.managerial.central-office.leadership"),
    },
    school: {
      environment: Sde("L352-354", "playbook:reason.managerial.school.environment"),
      infrastructure: Sde("L352-353, L348-350", "playbook:reason.managerial.school.infrastructure"),
      use: Pde("L350-351", "playbook:reason.managerial.school.use"),
      performance: Sde("L351-352", "playbook:reason.managerial.school.performance"),
      leadership: Sde("L347-349", "playbook:reason.managerial.school.leadership"),
    },
  },
  "market-driven": {
    "central-office": {
      environment: Sst(
        "L657-659",
        "playbook:reason.market-driven.central-office.environment",
        "playbook:tension.market-driven.central-office.environment",
      ),
      infrastructure: Wst("L660-661", "playbook:reason.market-driven.central-office.infrastructure"),
      use: Wst("L660-661, L423-424", "playbook:reason.market-driven.central-office.use"),
      performance: Sst(
        "L659-660",
        "playbook:reason.market-driven.central-office.performance",
        "playbook:tension.market-driven.central-office.performance",
      ),
      leadership: Wst("L660-661, L383-384", "playbook:reason.market-driven.central-office.leadership"),
    },
    school: {
      environment: Pst("L649-655", "playbook:reason.market-driven.school.environment"),
      infrastructure: Pst("L386-388", "playbook:reason.market-driven.school.infrastructure"),
      use: Pst("L655-657", "playbook:reason.market-driven.school.use"),
      performance: Pde("L393-396", "playbook:reason.market-driven.school.performance"),
      leadership: Pst("L653-654, L396-398", "playbook:reason.market-driven.school.leadership"),
    },
  },
  federated: {
    "central-office": {
      environment: Pst(
        "L669-672, L431-433",
        "playbook:reason.federated.central-office.environment",
        "playbook:tension.federated.central-office.environment",
      ),
      infrastructure: Pst("L672-673, L427-431", "playbook:reason.federated.central-office.infrastructure"),
      use: Pst("L673-674", "playbook:reason.federated.central-office.use"),
      performance: Pst("L672-673, L433-435", "playbook:reason.federated.central-office.performance"),
      leadership: Pst("L673-674", "playbook:reason.federated.central-office.leadership"),
    },
    school: {
      environment: Pde("L439-442", "playbook:reason.federated.school.environment"),
      infrastructure: Pst("L676-678", "playbook:reason.federated.school.infrastructure"),
      use: Pst("L678-679", "playbook:reason.federated.school.use"),
      performance: Pst("L679-680", "playbook:reason.federated.school.performance"),
      leadership: Pde("L437-438", "playbook:reason.federated.school.leadership"),
    },
  },
  networked: {
    "central-office": {
      environment: Pst("L688-696", "playbook:reason.networked.central-office.environment"),
      infrastructure: Pst("L471-472, L684-686", "playbook:reason.networked.central-office.infrastructure"),
      use: Pde("L472-478, L486-487", "playbook:reason.networked.central-office.use"),
      performance: Pst("L686-688, L475-478", "playbook:reason.networked.central-office.performance"),
      leadership: Pde("L481-483", "playbook:reason.networked.central-office.leadership"),
    },
    school: {
      environment: Pde("L492-494, L101-104", "playbook:reason.networked.school.environment"),
      infrastructure: Sde(
        "L485-487",
        "playbook:reason.networked.school.infrastructure",
        "playbook:tension.networked.school.infrastructure",
      ),
      use: Pst("L485-487, L697", "playbook:reason.networked.school.use"),
      performance: Pst("L486-491, L697-699", "playbook:reason.networked.school.performance"),
      leadership: Sde("L494-496", "playbook:reason.networked.school.leadership"),
    },
  },
  "american-default": { "central-office": defaultColumn, school: defaultColumn },
};
