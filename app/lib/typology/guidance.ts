import type { PlaybookKey } from "./playbook-keys";
import type { CellKey, SystemType } from "./vocabulary";

export type CellGuidance = {
  /** Roles that typically hold this work: the people and bodies to approach. */
  holders: readonly PlaybookKey[];
  asks: readonly PlaybookKey[];
  questions: readonly PlaybookKey[];
  evidence: readonly PlaybookKey[];
};

// What any district's central office or schools do in each domain of work, and what a coalition can ask of
// whoever holds it. Type-specific guidance below comes first in a playbook; this fills in behind it.
export const generalGuidance: Record<CellKey, CellGuidance> = {
  "environment.central-office": {
    holders: [
      "playbook:holder.superintendent",
      "playbook:holder.schoolBoard",
      "playbook:holder.engagementOffice",
      "playbook:holder.chiefOfStaff",
    ],
    asks: [
      "playbook:guidance.general.environment-central-office.asks.0",
      "playbook:guidance.general.environment-central-office.asks.1",
    ],
    questions: [
      "playbook:guidance.general.environment-central-office.questions.0",
      "playbook:guidance.general.environment-central-office.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.environment-central-office.evidence.0",
      "playbook:guidance.general.environment-central-office.evidence.1",
      "playbook:guidance.general.environment-central-office.evidence.2",
    ],
  },
  "environment.school": {
    holders: [
      "playbook:holder.principal",
      "playbook:holder.siteCouncil",
      "playbook:holder.parentTeacherOrganization",
      "playbook:holder.familyLiaison",
    ],
    asks: [
      "playbook:guidance.general.environment-school.asks.0",
      "playbook:guidance.general.environment-school.asks.1",
    ],
    questions: [
      "playbook:guidance.general.environment-school.questions.0",
      "playbook:guidance.general.environment-school.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.environment-school.evidence.0",
      "playbook:guidance.general.environment-school.evidence.1",
      "playbook:guidance.general.environment-school.evidence.2",
    ],
  },
  "infrastructure.central-office": {
    holders: [
      "playbook:holder.chiefAcademicOfficer",
      "playbook:holder.curriculumAndInstructionOffice",
      "playbook:holder.assessmentOffice",
      "playbook:holder.schoolBoardAdoptions",
    ],
    asks: [
      "playbook:guidance.general.infrastructure-central-office.asks.0",
      "playbook:guidance.general.infrastructure-central-office.asks.1",
    ],
    questions: [
      "playbook:guidance.general.infrastructure-central-office.questions.0",
      "playbook:guidance.general.infrastructure-central-office.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.infrastructure-central-office.evidence.0",
      "playbook:guidance.general.infrastructure-central-office.evidence.1",
      "playbook:guidance.general.infrastructure-central-office.evidence.2",
    ],
  },
  "infrastructure.school": {
    holders: [
      "playbook:holder.principal",
      "playbook:holder.schoolLeadershipTeam",
      "playbook:holder.teacherTeamsAndDepartmentHeads",
    ],
    asks: [
      "playbook:guidance.general.infrastructure-school.asks.0",
      "playbook:guidance.general.infrastructure-school.asks.1",
    ],
    questions: [
      "playbook:guidance.general.infrastructure-school.questions.0",
      "playbook:guidance.general.infrastructure-school.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.infrastructure-school.evidence.0",
      "playbook:guidance.general.infrastructure-school.evidence.1",
      "playbook:guidance.general.infrastructure-school.evidence.2",
    ],
  },
  "use.central-office": {
    holders: [
      "playbook:holder.professionalLearningOffice",
      "playbook:holder.districtCoaches",
      "playbook:holder.chiefAcademicOfficer",
    ],
    asks: [
      "playbook:guidance.general.use-central-office.asks.0",
      "playbook:guidance.general.use-central-office.asks.1",
    ],
    questions: [
      "playbook:guidance.general.use-central-office.questions.0",
      "playbook:guidance.general.use-central-office.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.use-central-office.evidence.0",
      "playbook:guidance.general.use-central-office.evidence.1",
      "playbook:guidance.general.use-central-office.evidence.2",
    ],
  },
  "use.school": {
    holders: [
      "playbook:holder.principal",
      "playbook:holder.instructionalCoaches",
      "playbook:holder.teacherLeadersAndTeams",
    ],
    asks: ["playbook:guidance.general.use-school.asks.0", "playbook:guidance.general.use-school.asks.1"],
    questions: ["playbook:guidance.general.use-school.questions.0", "playbook:guidance.general.use-school.questions.1"],
    evidence: [
      "playbook:guidance.general.use-school.evidence.0",
      "playbook:guidance.general.use-school.evidence.1",
      "playbook:guidance.general.use-school.evidence.2",
    ],
  },
  "performance.central-office": {
    holders: [
      "playbook:holder.superintendent",
      "playbook:holder.accountabilityAndResearchOffice",
      "playbook:holder.principalSupervisors",
      "playbook:holder.schoolBoard",
    ],
    asks: [
      "playbook:guidance.general.performance-central-office.asks.0",
      "playbook:guidance.general.performance-central-office.asks.1",
    ],
    questions: [
      "playbook:guidance.general.performance-central-office.questions.0",
      "playbook:guidance.general.performance-central-office.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.performance-central-office.evidence.0",
      "playbook:guidance.general.performance-central-office.evidence.1",
      "playbook:guidance.general.performance-central-office.evidence.2",
    ],
  },
  "performance.school": {
    holders: [
      "playbook:holder.principal",
      "playbook:holder.schoolLeadershipTeam",
      "playbook:holder.dataOrImprovementTeam",
    ],
    asks: [
      "playbook:guidance.general.performance-school.asks.0",
      "playbook:guidance.general.performance-school.asks.1",
    ],
    questions: [
      "playbook:guidance.general.performance-school.questions.0",
      "playbook:guidance.general.performance-school.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.performance-school.evidence.0",
      "playbook:guidance.general.performance-school.evidence.1",
    ],
  },
  "leadership.central-office": {
    holders: [
      "playbook:holder.superintendent",
      "playbook:holder.chiefAcademicOfficer",
      "playbook:holder.principalSupervisorsOrDirectors",
      "playbook:holder.schoolBoard",
    ],
    asks: [
      "playbook:guidance.general.leadership-central-office.asks.0",
      "playbook:guidance.general.leadership-central-office.asks.1",
    ],
    questions: [
      "playbook:guidance.general.leadership-central-office.questions.0",
      "playbook:guidance.general.leadership-central-office.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.leadership-central-office.evidence.0",
      "playbook:guidance.general.leadership-central-office.evidence.1",
    ],
  },
  "leadership.school": {
    holders: [
      "playbook:holder.principal",
      "playbook:holder.schoolLeadershipTeam",
      "playbook:holder.teacherLeaders",
      "playbook:holder.instructionalCoaches",
    ],
    asks: ["playbook:guidance.general.leadership-school.asks.0", "playbook:guidance.general.leadership-school.asks.1"],
    questions: [
      "playbook:guidance.general.leadership-school.questions.0",
      "playbook:guidance.general.leadership-school.questions.1",
    ],
    evidence: [
      "playbook:guidance.general.leadership-school.evidence.0",
      "playbook:guidance.general.leadership-school.evidence.1",
    ],
  },
};

// What the brief says a coalition can do in each type (leverage activities, brief L87-104 and L649-699),
// rephrased as concrete asks and questions.
export const typeGuidance: Partial<Record<SystemType, Partial<Record<CellKey, Partial<CellGuidance>>>>> = {
  managerial: {
    "infrastructure.central-office": {
      asks: [
        "playbook:guidance.managerial.infrastructure-central-office.asks.0",
        "playbook:guidance.managerial.infrastructure-central-office.asks.1",
      ],
      questions: ["playbook:guidance.managerial.infrastructure-central-office.questions.0"],
    },
    "use.central-office": {
      asks: ["playbook:guidance.managerial.use-central-office.asks.0"],
    },
    "performance.central-office": {
      asks: ["playbook:guidance.managerial.performance-central-office.asks.0"],
    },
    "environment.central-office": {
      asks: ["playbook:guidance.managerial.environment-central-office.asks.0"],
    },
    "use.school": {
      holders: ["playbook:holder.principalAsAgent", "playbook:holder.instructionalCoaches"],
      asks: ["playbook:guidance.managerial.use-school.asks.0"],
    },
  },
  "market-driven": {
    "environment.school": {
      asks: [
        "playbook:guidance.market-driven.environment-school.asks.0",
        "playbook:guidance.market-driven.environment-school.asks.1",
      ],
    },
    "infrastructure.school": {
      holders: [
        "playbook:holder.schoolFounderOrPrincipal",
        "playbook:holder.schoolGoverningBoard",
        "playbook:holder.charterOrNetworkLeadership",
      ],
      asks: ["playbook:guidance.market-driven.infrastructure-school.asks.0"],
    },
    "use.school": {
      asks: ["playbook:guidance.market-driven.use-school.asks.0"],
    },
    "environment.central-office": {
      holders: [
        "playbook:holder.superintendentOrPortfolioOffice",
        "playbook:holder.enrollmentOffice",
        "playbook:holder.schoolBoardOrMayorsOffice",
      ],
      asks: ["playbook:guidance.market-driven.environment-central-office.asks.0"],
    },
    "performance.central-office": {
      holders: ["playbook:holder.accountabilityOffice", "playbook:holder.portfolioOffice"],
      asks: ["playbook:guidance.market-driven.performance-central-office.asks.0"],
      questions: ["playbook:guidance.market-driven.performance-central-office.questions.0"],
    },
  },
  federated: {
    "environment.central-office": {
      asks: ["playbook:guidance.federated.environment-central-office.asks.0"],
    },
    "infrastructure.central-office": {
      asks: ["playbook:guidance.federated.infrastructure-central-office.asks.0"],
    },
    "use.central-office": {
      asks: ["playbook:guidance.federated.use-central-office.asks.0"],
    },
    "infrastructure.school": {
      asks: [
        "playbook:guidance.federated.infrastructure-school.asks.0",
        "playbook:guidance.federated.infrastructure-school.asks.1",
      ],
    },
    "use.school": {
      asks: ["playbook:guidance.federated.use-school.asks.0"],
    },
    "performance.school": {
      asks: ["playbook:guidance.federated.performance-school.asks.0"],
    },
    "leadership.school": {
      holders: ["playbook:holder.schoolLeadershipTeamWithSeats", "playbook:holder.principal"],
      asks: ["playbook:guidance.federated.leadership-school.asks.0"],
    },
  },
  networked: {
    "infrastructure.central-office": {
      asks: ["playbook:guidance.networked.infrastructure-central-office.asks.0"],
    },
    "performance.central-office": {
      asks: ["playbook:guidance.networked.performance-central-office.asks.0"],
      questions: ["playbook:guidance.networked.performance-central-office.questions.0"],
    },
    "environment.central-office": {
      asks: ["playbook:guidance.networked.environment-central-office.asks.0"],
    },
    "use.school": {
      asks: ["playbook:guidance.networked.use-school.asks.0"],
    },
    "performance.school": {
      asks: [
        "playbook:guidance.networked.performance-school.asks.0",
        "playbook:guidance.networked.performance-school.asks.1",
      ],
    },
  },
  "american-default": {
    "environment.central-office": {
      asks: ["playbook:guidance.american-default.environment-central-office.asks.0"],
    },
    "infrastructure.central-office": {
      asks: ["playbook:guidance.american-default.infrastructure-central-office.asks.0"],
    },
    "infrastructure.school": {
      asks: ["playbook:guidance.american-default.infrastructure-school.asks.0"],
    },
  },
};
