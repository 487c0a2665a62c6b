import type { EvidenceGrade } from "./glossary";
import type { Domain, LeverageLevel, Locus, SystemType } from "./vocabulary";

export type MatrixCell = {
  level: LeverageLevel;
  grade: EvidenceGrade;
  /** Why this level, in one sentence of Fulcrum's words. No level words: the level is shown beside it. */
  reason: string;
  /** Where in the brief (seed 000's line numbers, as design/typology.md gives them). */
  lines: string;
  /** Where the brief pulls two ways on this cell, said so a coalition can weigh it. */
  tension?: string;
};
type Column = Record<Domain, MatrixCell>;

const cell =
  (level: LeverageLevel, grade: EvidenceGrade) =>
  (lines: string, reason: string, tension?: string): MatrixCell =>
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
  environment: Wde("L183-184", "Offices and schools pick materials in reaction to rules and fashions, not on purpose."),
  infrastructure: Sde(
    "L157-159, L182-184",
    "Offices and schools hand out teachers, books and frameworks, with no shared picture of good teaching.",
  ),
  use: Wde("L185-187", "Teachers are left alone to work out how to use what they are given."),
  performance: Win(
    "L194-195",
    "The brief is silent here; old policies blamed students for poor results, so little was tracked or acted on.",
  ),
  leadership: Wde("L159-161", "Each teacher, alone, runs the day-to-day of teaching."),
};

/**
 * Who holds each domain of work in each type, and so where a coalition's leverage is: design/typology.md's
 * revised matrix, each cell graded by how directly the brief supports it (the key is at L641-647 of the brief).
 */
export const responsibilityMatrix: Record<SystemType, Record<Locus, Column>> = {
  managerial: {
    "central-office": {
      environment: Pde("L337-340", "The central office reads state requirements and courts families' support."),
      infrastructure: Pst("L334-335", "The brief places the design of the one district program in the central office."),
      use: Pde("L340-341", "The central office trains and coaches teachers in its program."),
      performance: Pde("L342-343", "The central office holds schools to its standards for practice and results."),
      leadership: Pde("L343-345", "The central office leads design, teacher training, testing and evaluation."),
    },
    school: {
      environment: Sde("L352-354", "Schools win support for central decisions among families and neighbours."),
      infrastructure: Sde(
        "L352-353, L348-350",
        "Schools explain and carry out the district design to teachers; they do not write it.",
      ),
      use: Pde("L350-351", "Helping teachers use the district program is what school leaders mostly do."),
      performance: Sde("L351-352", "Schools check that the program is used faithfully and that results rise."),
      leadership: Sde("L347-349", "School leadership is narrowed: principals act as agents of the central office."),
    },
  },
  "market-driven": {
    "central-office": {
      environment: Sst(
        "L657-659",
        "The brief names deciding which kinds of schools to open as a possible place to press.",
        "The central office also handles community and policy relations (L378-383), yet the brief counts it only " +
          "as a possible place to press, beside the schools.",
      ),
      infrastructure: Wst("L660-661", "By design, the central office does little to organize teaching."),
      use: Wst("L660-661, L423-424", "By design the office is lean and does little to support teaching."),
      performance: Sst(
        "L659-660",
        "The brief names the enrolment and attendance measures schools answer to as a possible place to press.",
        "Holding schools to targets is one of the office's key jobs (L380-382), yet the brief counts it only as a " +
          "possible place to press, beside the schools.",
      ),
      leadership: Wst(
        "L660-661, L383-384",
        "Its leaders mostly watch, set goals and evaluate; they do not lead teaching.",
      ),
    },
    school: {
      environment: Pst("L649-655", "The brief names schools as the place to press, including their ties to families."),
      infrastructure: Pst("L386-388", "Each school builds its own program: vision, materials and habits."),
      use: Pst("L655-657", "How schools help teachers use their program is named as a place to press."),
      performance: Pde("L393-396", "Schools track results to improve and to answer to the district and to families."),
      leadership: Pst("L653-654, L396-398", "Schools build their own leaders, including roles that link to families."),
    },
  },
  federated: {
    "central-office": {
      environment: Pst(
        "L669-672, L431-433",
        "How the office turns state and federal expectations into local ones is named as a place to press.",
        "The summary (L96-99) says families' strongest pull is on schools, while L663-674 names places to press at " +
          "both: the office sets the frame, and schools design within it.",
      ),
      infrastructure: Pst(
        "L672-673, L427-431",
        "The office's picks of key shared materials are named as a place to press.",
      ),
      use: Pst("L673-674", "The help the office gives schools to use materials in class is named as a place to press."),
      performance: Pst(
        "L672-673, L433-435",
        "The performance measures the office sets for schools are named as a place to press.",
      ),
      leadership: Pst(
        "L673-674",
        "The help the office gives schools to grow leaders of teaching is named as a place to press.",
      ),
    },
    school: {
      environment: Pde("L439-442", "Schools may bring family and community members into designing their program."),
      infrastructure: Pst(
        "L676-678",
        "Developing the school's own program with families is named as a place to press.",
      ),
      use: Pst(
        "L678-679",
        "Pressing schools to help teachers and students use their program is named as a place to press.",
      ),
      performance: Pst(
        "L679-680",
        "Setting how a school watches and improves its results is named as a place to press.",
      ),
      leadership: Pde(
        "L437-438",
        "Schools often run a shared leadership team of teachers, leaders and perhaps families.",
      ),
    },
  },
  networked: {
    "central-office": {
      environment: Pst(
        "L688-696",
        "How the office weighs state and federal demands against local values is named as a place to press.",
      ),
      infrastructure: Pst(
        "L471-472, L684-686",
        "The office builds and keeps up the shared program; shaping it is named as a place to press.",
      ),
      use: Pde(
        "L472-478, L486-487",
        "The office supports teachers' use of the program and refines that support; schools' work runs alongside.",
      ),
      performance: Pst(
        "L686-688, L475-478",
        "How the office learns from school adaptations is named as a place to press.",
      ),
      leadership: Pde(
        "L481-483",
        "The office needs strong teaching leadership plus the skills to run shared learning.",
      ),
    },
    school: {
      environment: Pde("L492-494, L101-104", "Schools bring families in to adapt the shared approach to their area."),
      infrastructure: Sde(
        "L485-487",
        "The central office builds the program; schools adapt it rather than design it.",
        "Adapting the program is named as a place to press at schools (L697-698), so a coalition working on " +
          "adaptation may rightly count this work at its schools as one of its main levers.",
      ),
      use: Pst("L485-487, L697", "How schools use and evaluate the shared program is named as a place to press."),
      performance: Pst(
        "L486-491, L697-699",
        "Schools' improvement cycles and what they send back are named as a place to press.",
      ),
      leadership: Sde("L494-496", "School leaders focus on teacher learning, family outreach and improvement work."),
    },
  },
  "american-default": { "central-office": defaultColumn, school: defaultColumn },
};
