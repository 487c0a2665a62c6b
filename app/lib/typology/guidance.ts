import type { CellKey, SystemType } from "./vocabulary";

export type CellGuidance = {
  /** Roles that typically hold this work: the people and bodies to approach. */
  holders: readonly string[];
  asks: readonly string[];
  questions: readonly string[];
  evidence: readonly string[];
};

// What any district's central office or schools do in each domain of work, and what a coalition can ask of
// whoever holds it. Type-specific guidance below comes first in a playbook; this fills in behind it.
export const generalGuidance: Record<CellKey, CellGuidance> = {
  "environment.central-office": {
    holders: [
      "Superintendent",
      "School board",
      "Family and community engagement office",
      "Chief of staff or government relations",
    ],
    asks: [
      "Give our coalition a standing seat where the district weighs state requirements, funders' offers and community priorities.",
      "Publish how community input changed a decision, not only that input was collected.",
    ],
    questions: [
      "Which outside pressures (state accountability, grants, vendors) are shaping instruction this year?",
      "When family priorities and a state or funder requirement pull apart, who decides, and how?",
    ],
    evidence: [
      "Board agendas and minutes",
      "Grant applications and vendor contracts",
      "The district's engagement plan",
    ],
  },
  "environment.school": {
    holders: ["Principal", "School site council or leadership team", "Parent-teacher organization", "Family liaison"],
    asks: [
      "Hold family conversations that shape the school's plans before they are final.",
      "Name a family liaison role with time and a budget to do the work.",
    ],
    questions: [
      "How does the school learn what its families want from instruction?",
      "Which outside partners and programs does the school work with, and who chose them?",
    ],
    evidence: ["School improvement plan", "Site council minutes", "Family survey results"],
  },
  "infrastructure.central-office": {
    holders: [
      "Chief academic officer",
      "Curriculum and instruction office",
      "Assessment office",
      "School board (adoptions)",
    ],
    asks: [
      "Include families and community members on curriculum and assessment adoption committees with a real vote.",
      "Show how the district's picture of good teaching reflects our community's values and languages.",
    ],
    questions: [
      "What is the district's written vision of good instruction, and who wrote it?",
      "How were the current curriculum and assessments chosen, and what evidence was used?",
    ],
    evidence: ["Instructional vision or framework", "Curriculum adoption records", "Scope and sequence documents"],
  },
  "infrastructure.school": {
    holders: ["Principal", "School leadership team", "Teacher teams and department heads"],
    asks: [
      "Let families help shape the school's instructional vision and the materials it adds.",
      "Share, in plain language, what students are expected to learn each term.",
    ],
    questions: [
      "What does this school add to, or change in, the district's materials, and why?",
      "Who at the school decides which programs and materials are used?",
    ],
    evidence: ["School instructional plan", "Materials and program lists", "Leadership team minutes"],
  },
  "use.central-office": {
    holders: ["Professional learning office", "Instructional coaches (district-employed)", "Chief academic officer"],
    asks: [
      "Fund coaching and teacher collaboration time for the new materials, not only one-off workshops.",
      "Report how many teachers in each school actually received the training and coaching planned.",
    ],
    questions: [
      "What training and coaching do teachers get to use the curriculum well, and how much?",
      "How does the district know whether the support is working in classrooms?",
    ],
    evidence: [
      "Professional development calendar and attendance",
      "Coaching assignments by school",
      "Teacher survey results",
    ],
  },
  "use.school": {
    holders: ["Principal", "Instructional coaches", "Teacher leaders and grade-level or department teams"],
    asks: [
      "Protect regular time for teachers to plan and learn together.",
      "Show families what the curriculum looks like in a real lesson (open classrooms, curriculum nights).",
    ],
    questions: [
      "How often do teachers here meet to plan and look at student work together?",
      "Who coaches teachers at this school, and on what?",
    ],
    evidence: ["Master schedule showing collaboration time", "Coaching logs", "Curriculum night materials"],
  },
  "performance.central-office": {
    holders: ["Superintendent", "Accountability and research office", "Principal supervisors", "School board"],
    asks: [
      "Publish school-level results broken out by student group, in plain language and in families' languages.",
      "Measure and report the central office's own service to schools, not only schools' results.",
    ],
    questions: [
      "Which measures are schools held to, and what happens when a school misses them?",
      "How are results used to decide support rather than only sanctions?",
    ],
    evidence: ["Accountability dashboards", "School performance frameworks", "Board performance reports"],
  },
  "performance.school": {
    holders: ["Principal", "School leadership team", "Data or improvement team"],
    asks: [
      "Share the school's improvement goals and progress with families each term.",
      "Include family members when the school reviews its results and decides next steps.",
    ],
    questions: [
      "What is the school trying to improve this year, and how will it know?",
      "What changed the last time results fell short?",
    ],
    evidence: ["School improvement plan and progress reports", "Data team minutes"],
  },
  "leadership.central-office": {
    holders: [
      "Superintendent",
      "Chief academic officer",
      "Principal supervisors or instructional leadership directors",
      "School board",
    ],
    asks: [
      "Create roles and teams that lead instruction with schools, and say who holds them.",
      "Give principals supervisors who spend their time helping them lead instruction.",
    ],
    questions: [
      "Who in the central office is responsible for instructional quality in our schools?",
      "How much time do principal supervisors spend in schools on teaching and learning?",
    ],
    evidence: ["Organization chart", "Principal supervisor job descriptions and caseloads"],
  },
  "leadership.school": {
    holders: ["Principal", "School leadership team", "Teacher leaders", "Instructional coaches"],
    asks: [
      "Give the school's leadership team real decisions over instruction, and seats for families.",
      "Publish who sits on the leadership team and how to reach them.",
    ],
    questions: [
      "Which instructional decisions does the leadership team make, and which does the principal or district make?",
      "How are teacher leaders chosen and supported?",
    ],
    evidence: ["Leadership team roster and bylaws", "Meeting minutes"],
  },
};

// What the brief says a coalition can do in each type (leverage activities, brief L87-104 and L649-699),
// rephrased as concrete asks and questions.
export const typeGuidance: Partial<Record<SystemType, Partial<Record<CellKey, Partial<CellGuidance>>>>> = {
  managerial: {
    "infrastructure.central-office": {
      asks: [
        "Give families real input into the design of the district's standard program, not only a briefing once it is chosen.",
        "Put community members on the committees that set the standards schools and teachers are held to.",
      ],
      questions: ["Which parts of the district program can still change, and by when?"],
    },
    "use.central-office": {
      asks: ["Shape the professional development every teacher gets so it reflects what our students need."],
    },
    "performance.central-office": {
      asks: [
        "Help set the standards for classroom practice and results that schools are held to, and how fidelity is judged.",
      ],
    },
    "environment.central-office": {
      asks: ["Move engagement from explaining decisions already made to shaping them while they are open."],
    },
    "use.school": {
      holders: ["Principal (as the district's agent)", "Instructional coaches"],
      asks: [
        "Ask the principal what the school needs from the district to use the program well, and carry that to the central office.",
      ],
    },
  },
  "market-driven": {
    "environment.school": {
      asks: [
        "Help families choose schools that match their values, and remove the barriers (transport, information, deadlines) that make choice unequal.",
        "Shape the school roles that work with families and the community.",
      ],
    },
    "infrastructure.school": {
      holders: ["School founder or principal", "School governing board", "Charter or network leadership"],
      asks: ["Press each school to build its program around what its families want for their children."],
    },
    "use.school": {
      asks: ["Ask how the school helps teachers teach its model well, and where it turns for outside technical help."],
    },
    "environment.central-office": {
      holders: ["Superintendent or portfolio office", "Enrollment office", "School board or mayor's office"],
      asks: ["Take part in deciding which kinds of schools the district opens, and where."],
    },
    "performance.central-office": {
      holders: ["Accountability office", "Portfolio office"],
      asks: [
        "Shape the performance and attendance measures schools are held to, and what happens to schools that miss them.",
      ],
      questions: ["How will families be involved before any school is closed, merged or replaced?"],
    },
  },
  federated: {
    "environment.central-office": {
      asks: ["Influence how the district turns state and federal expectations into its own requirements for schools."],
    },
    "infrastructure.central-office": {
      asks: [
        "Influence the few district-wide components (core materials, assessments, performance measures) every school must use.",
      ],
    },
    "use.central-office": {
      asks: ["Ask what support the district gives schools to build instructional leadership and use materials well."],
    },
    "infrastructure.school": {
      asks: [
        "Work with the school on its own vision for instruction, grounded in local values and aspirations.",
        "Help develop the school's materials and programs within the district's frame.",
      ],
    },
    "use.school": {
      asks: ["Press the school to support teachers and students in actually using what it has built."],
    },
    "performance.school": {
      asks: ["Help set the processes and criteria the school uses to watch and improve its performance."],
    },
    "leadership.school": {
      holders: ["School leadership team (with teacher and family seats)", "Principal"],
      asks: ["Take seats on the school's participatory leadership team, and make sure they carry real decisions."],
    },
  },
  networked: {
    "infrastructure.central-office": {
      asks: [
        "Make sure local values and aspirations shape the district-wide vision and the materials every school uses.",
      ],
    },
    "performance.central-office": {
      asks: ["Ask how the district respects and learns from school adaptations when it improves the common approach."],
      questions: ["Which school adaptations were adopted district-wide last year?"],
    },
    "environment.central-office": {
      asks: ["Influence how the district balances state and federal requirements with what the community values."],
    },
    "use.school": {
      asks: ["Work with schools on how they use and evaluate the district approach with our students."],
    },
    "performance.school": {
      asks: [
        "Help schools adapt the approach to local needs through their improvement cycles.",
        "Make sure what families learn feeds back to the central office.",
      ],
    },
  },
  "american-default": {
    "environment.central-office": {
      asks: ["Press the district to name a shared picture of good teaching and organize its work around it."],
    },
    "infrastructure.central-office": {
      asks: [
        "Ask the district to replace a patchwork of programs with a coherent set of materials chosen for our students' needs.",
      ],
    },
    "infrastructure.school": {
      asks: ["Ask the school which programs it runs and how they fit together in a student's day."],
    },
  },
};
