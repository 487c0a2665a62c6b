import type { CellKey, SystemType } from "./vocabulary";

/** One concrete step: a body or person, a moment in the district's year, and a record to ask for. */
export type FirstMove = {
  /** The cell this step works on; null for a step on no cell (the American default's sorting levers). */
  cell: CellKey | null;
  /** For a step on no cell: what it works on, and on whose authority ("named by the brief", "our inference"). */
  label?: string;
  who: string;
  when: string;
  record: string;
  action: string;
};

// The moments in a district's year when each kind of work is decided, for steps built from general guidance.
export const cellMoments: Record<CellKey, string> = {
  "environment.central-office": "Before the board votes on the next grants and vendor contracts",
  "environment.school": "When the school plans its family meetings for the year",
  "infrastructure.central-office": "On the curriculum adoption calendar, before the next adoption vote",
  "infrastructure.school": "Before the school improvement plan's deadline",
  "use.central-office": "When next year's teacher training calendar is drafted, usually in spring",
  "use.school": "When the school sets next year's master schedule",
  "performance.central-office": "When the board reviews school results for the year",
  "performance.school": "At the school improvement plan's mid-year review",
  "leadership.central-office": "When principal supervisors' caseloads are set for the year",
  "leadership.school": "When seats on the school leadership team are filled for the year",
};

// Steps worth taking first in each type, best first. A step on a cell is used only while that cell is a main or
// second lever in the coalition's map, so an override that says otherwise drops it (see firstMoves in playbook.ts).
export const typeFirstMoves: Record<SystemType, readonly FirstMove[]> = {
  managerial: [
    {
      cell: "infrastructure.central-office",
      who: "The chief academic officer and the board's curriculum committee",
      when: "On the curriculum adoption calendar, before the next adoption vote",
      record: "The adoption timeline and the review committee's scoring sheets",
      action: "Ask for family seats on the review committee while the choice is still open.",
    },
    {
      cell: "use.central-office",
      who: "The professional learning office",
      when: "When next year's teacher training calendar is drafted, usually in spring",
      record: "This year's training calendar, with attendance by school",
      action: "Ask what the training covers, and press for what your students need most.",
    },
    {
      cell: "performance.central-office",
      who: "The accountability office and the principal supervisors",
      when: "When the board reviews school results for the year",
      record: "The walk-through checklist and the standards schools are judged on",
      action: "Ask how faithful use of the program is judged, and for family input on those standards.",
    },
  ],
  "market-driven": [
    {
      cell: "environment.school",
      who: "The principal and family liaison at the schools your families consider",
      when: "Before the enrolment application window opens",
      record: "Applications, offers and transport use by neighbourhood",
      action: "Help families compare schools, and ask what keeps some from getting there (transport, deadlines).",
    },
    {
      cell: "infrastructure.school",
      who: "The school's principal and its governing board",
      when: "At the school's yearly plan or its charter renewal",
      record: "The school's program description and list of materials",
      action: "Ask how the program reflects what its families want, and offer to help shape it.",
    },
    {
      cell: "environment.central-office",
      who: "The enrolment or portfolio office and the school board",
      when: "When the board considers which new schools to open",
      record: "The criteria and timeline for new school proposals",
      action: "Ask for families at the table when the kinds of schools to open are chosen.",
    },
    {
      cell: "performance.central-office",
      who: "The accountability office",
      when: "Before the school performance framework is revised",
      record: "The enrolment, attendance and results measures, and the rules for closing a school",
      action: "Ask for a say in those measures, and for families to be heard before any closure.",
    },
  ],
  federated: [
    {
      cell: "leadership.school",
      who: "The principal and the school leadership team",
      when: "When seats on the school leadership team are filled for the year",
      record: "The team's roster, bylaws and last year's minutes",
      action: "Ask for family seats with a real vote on teaching decisions.",
    },
    {
      cell: "infrastructure.school",
      who: "The school leadership team",
      when: "Before the school improvement plan's deadline",
      record: "The draft school improvement plan",
      action: "Help write the school's own vision for teaching, grounded in your community's values.",
    },
    {
      cell: "environment.central-office",
      who: "The superintendent and the school board",
      when: "When the district updates its frame for schools (mission, scope and sequence)",
      record: "The district frame, and how it reads the state's requirements",
      action: "Ask how state and federal expectations became district rules, and which of them can change.",
    },
  ],
  networked: [
    {
      cell: "infrastructure.central-office",
      who: "The chief academic officer and the curriculum office",
      when: "During the yearly revision of the district-wide program",
      record: "The revision timeline and the changes proposed",
      action: "Ask for family voice in the revision while it is still open.",
    },
    {
      cell: "performance.school",
      who: "Your school's improvement or data team",
      when: "At the start of the school's next improvement cycle",
      record: "The cycle's goal, the evidence it uses and its notes",
      action: "Ask to join the cycle as people who know the students, and what it sends to the central office.",
    },
    {
      cell: "performance.central-office",
      who: "The central office lead for improvement or research partnerships",
      when: "When school adaptations are reviewed for district-wide use",
      record: "Last year's list of school adaptations adopted district-wide",
      action: "Ask how school and family lessons shape the shared program, with examples.",
    },
  ],
  "american-default": [
    {
      cell: null,
      label: "Sorting and placement (Fulcrum's own inference from the brief)",
      who: "The school board",
      when: "At the next budget hearing",
      record: "Placement data by student group: tracks, advanced courses, remedial and special programs",
      action: "Ask the board to publish who is placed where, and to review the rules that decide it.",
    },
    {
      cell: "infrastructure.central-office",
      who: "The curriculum office",
      when: "Before the next textbook or program purchase",
      record: "The list of programs and materials in use, with why each was bought",
      action: "Ask for one coherent set of materials chosen for your students' needs.",
    },
    {
      cell: null,
      label: "Taking charge of teaching (the one lever the brief names for this type)",
      who: "The superintendent",
      when: "At the superintendent's yearly goals review",
      record: "The district's written goals for teaching and learning",
      action: "Press the district to take charge of teaching: a shared picture of good teaching, and help to use it.",
    },
  ],
};
