// The kinds of context a district may run differently from the rest of it. The brief (seed 000, L512-516) names
// them: subjects; general, special and supplemental or compensatory education; elementary, middle and high
// schools; neighborhood and magnet schools; low- and high-performing schools. "other" keeps whatever a coalition
// named before kinds existed, and anything the list does not cover. The coalition's own label is kept beside it.
//
// What each kind changes is written in Fulcrum's words. `sources` gives the brief's lines where it speaks to
// that kind (kept in the data for checking, shown to people as "from the research brief"); points without a line are
// Fulcrum's practical suggestions and say so.

export const contextKinds = [
  "subject",
  "general-education",
  "special-education",
  "compensatory-education",
  "grade-band",
  "neighborhood-schools",
  "magnet-schools",
  "low-performing-schools",
  "high-performing-schools",
  "other",
] as const;
export type ContextKind = (typeof contextKinds)[number];

export type ContextKindGuide = {
  label: string;
  /** An example of a label, for the form's hint. */
  example: string;
  /** Set when the kind's own label is no name for a context: the form then asks for one with this message. */
  nameRequired?: string;
  /** Who usually holds the work of instruction for this context, beyond the usual district-wide people. */
  holders: string[];
  /** Records to ask for that show how this context is really run. */
  records: string[];
  /** What to keep an eye on, with the brief's line numbers where it speaks. */
  watch: Array<{ text: string; lines?: string }>;
};

export const contextKindGuides: Record<ContextKind, ContextKindGuide> = {
  subject: {
    label: "A subject",
    example: "High school math, early reading",
    nameRequired: "Name the subject, for example high school math.",
    holders: [
      "the district's curriculum director or coordinator for this subject",
      "the subject's instructional coaches",
      "department heads or grade-level leads in schools",
      "the committee that reviews and adopts materials for the subject",
    ],
    records: [
      "the adopted curriculum, pacing guide and materials list for the subject",
      "the adoption calendar, and who sits on the review committee",
      "the subject's tests and results, by school and by group of students",
      "the training and coaching plan for teachers of the subject this year",
    ],
    watch: [
      {
        text: "One subject can be run quite differently from the rest of the district: tightly scripted, or left to each school.",
        lines: "L512-513",
      },
      {
        text: "Publishers, grant projects and outside partners often shape a single subject; ask which ones, and whether they meet families.",
        lines: "L523-527",
      },
      { text: "Whether families have a seat when materials for the subject are chosen." },
    ],
  },
  "general-education": {
    label: "General education",
    example: "Regular classrooms across the district",
    holders: [
      "the chief academic officer or assistant superintendent for teaching and learning",
      "principals and their leadership teams",
      "counselors and the staff who build the class schedule",
    ],
    records: [
      "the district's written picture of good teaching, and the plan that carries it out",
      "each school's improvement plan",
      "how students are placed into classes and course levels, with the numbers by group",
    ],
    watch: [
      {
        text: "Regular classrooms can slip back into the old habit: materials handed out and each teacher left alone with them.",
        lines: "L157-161, L185-189",
      },
      { text: "Who decides which students go into which classes and course levels.", lines: "L155-157" },
      { text: "Whether students with special education or extra-support needs are really taught in these classrooms." },
    ],
  },
  "special-education": {
    label: "Special education",
    example: "Special education, inclusion classrooms",
    holders: [
      "the director of special education or student services",
      "special education coordinators and case managers in schools",
      "each student's IEP team, which includes the parents",
      "a special education parent advisory group, where the district has one",
    ],
    records: [
      "how many students learn in regular classes most of the day and how many in separate rooms, school by school",
      "the curriculum and materials special education teachers are given, next to the regular ones",
      "training that brings special education and classroom teachers together",
      "the district's special education plan and the state's latest review of it",
    ],
    watch: [
      {
        text: "Separate classes and programs cut off from what the rest of the school is learning.",
        lines: "L196-198",
      },
      { text: "Lower expectations for students once they carry a label.", lines: "L181-182, L196-197" },
      {
        text: "Money that may only be spent on one group of students instead of improving the school for all.",
        lines: "L198-201",
      },
      {
        text: "Whether the district's main way of working reaches special education at all: it can be run another way.",
        lines: "L513-514",
      },
    ],
  },
  "compensatory-education": {
    label: "Compensatory or supplemental education",
    example: "Title I, reading intervention, English learner support",
    holders: [
      "the federal programs or Title I director",
      "intervention teachers and specialists",
      "each school's Title I coordinator and family engagement lead",
    ],
    records: [
      "each school's Title I plan and its agreement with families",
      "the budget for extra-support programs, and what it is spent on",
      "which students are pulled out, how often, and which lessons they miss",
      "the intervention materials, and whether they match what the class is learning",
    ],
    watch: [
      {
        text: "Pull-out help that does not connect with what is taught in the regular classroom.",
        lines: "L178-181",
      },
      { text: "Extra money spent on a category of students and not on the school as a whole.", lines: "L198-201" },
      {
        text: "Family meetings held because a rule requires them, with nothing changing in class afterwards.",
        lines: "L761-763",
      },
    ],
  },
  "grade-band": {
    label: "A grade band",
    example: "Elementary schools, middle school, high school",
    nameRequired: "Name the grades, for example middle school.",
    holders: [
      "the district's director for that level (elementary or secondary)",
      "the principals of that level's schools",
      "in high school, the counselors who place students in courses",
    ],
    records: [
      "the course catalog, and how students get into advanced or lower-level courses",
      "which schools feed which, and the plans for moving between levels",
      "the curriculum and tests for these grades, with results by school and by group",
    ],
    watch: [
      {
        text: "Sorting into tracks tends to start here and harden in the upper grades.",
        lines: "L155-156, L178-180",
      },
      { text: "The hand-off between elementary, middle and high schools in each feeder pattern.", lines: "L151-153" },
      {
        text: "A district can run one level one way and another level quite differently.",
        lines: "L514-515",
      },
    ],
  },
  "neighborhood-schools": {
    label: "Neighborhood schools",
    example: "The assigned schools in our part of town",
    holders: [
      "the enrollment or student assignment office",
      "the school board, which sets attendance boundaries",
      "principals and each school's family engagement staff",
    ],
    records: [
      "attendance boundary maps, and when and how they were last drawn",
      "each school's students by race, income and home language",
      "spending and staff per school, including experienced teachers",
      "the programs and courses each school offers",
    ],
    watch: [
      {
        text: "Assignment by address can mirror segregation by race, ethnicity and income.",
        lines: "L155, L178-179",
      },
      { text: "Whether resources are shared out fairly among schools.", lines: "L172-175" },
      { text: "Whether these schools get less attention than the district's choice schools.", lines: "L515" },
    ],
  },
  "magnet-schools": {
    label: "Magnet schools",
    example: "The STEM and arts magnets",
    holders: [
      "the magnet or school choice office",
      "magnet principals and theme coordinators",
      "the school board, which opens and closes programs",
    ],
    records: [
      "admission rules and how the lottery is run",
      "applications, offers and enrollment by group of students and by neighborhood",
      "the transportation offered to each magnet",
      "each magnet's theme curriculum and where its extra money comes from",
    ],
    watch: [
      {
        text: "Magnets are choice inside the district, which blurs the lines between types: do not decide the type from them alone.",
        lines: "L403-405",
      },
      { text: "What stops families from choosing, such as transportation.", lines: "L651-653" },
      { text: "Whether magnets draw money, teachers or students away from neighborhood schools." },
    ],
  },
  "low-performing-schools": {
    label: "Low-performing schools",
    example: "Schools the state has named for improvement",
    holders: [
      "the district's school improvement or turnaround office",
      "the state education agency, for schools it has named for support",
      "principals and school improvement teams",
    ],
    records: [
      "the list of schools named for improvement, and why",
      "each school's improvement plan and its deadlines",
      "the support and extra money each of these schools gets",
      "any plan to close or restart a school, or hand it to an outside operator",
    ],
    watch: [
      {
        text: "Schools that miss targets may be closed or restarted; ask early what the rules are.",
        lines: "L381-382",
      },
      { text: "Turnaround zones or a state takeover, which change who holds the work.", lines: "L231-234" },
      {
        text: "Improvement plans that cover attendance and climate but never reach teaching in classrooms.",
        lines: "L753-757",
      },
    ],
  },
  "high-performing-schools": {
    label: "High-performing schools",
    example: "The schools with the best results",
    holders: [
      "principals and school leadership teams",
      "the central office staff who decide how much freedom a school gets",
      "parent organizations and booster groups",
    ],
    records: [
      "how much freedom these schools have from the district's approach, and who decided it",
      "money raised by parent groups, school by school",
      "enrollment and admission rules",
      "what the district has spread from these schools to others",
    ],
    watch: [
      {
        text: "Better-resourced families are often louder; make sure other families' voices count as much.",
        lines: "L529-532",
      },
      { text: "Freedom and money that go to schools already doing well, and not to the others." },
      { text: "Whether what works here is shared with other schools.", lines: "L489-491" },
    ],
  },
  other: {
    label: "Another context",
    example: "Career and technical education",
    nameRequired: "Name this context, for example career and technical education.",
    holders: [
      "whoever the central office says is responsible for this part of the district (ask by name)",
      "the principals of the schools involved",
    ],
    records: [
      "the written plan or policy for this context",
      "who decided it and when",
      "its budget",
      "results for the students it serves",
    ],
    watch: [
      {
        text: "Whether this part of the district runs differently from its main approach.",
        lines: "L512-516",
      },
      {
        text: "Which outside partners (vendors, grants, nonprofits) shape it, and whether they meet families.",
        lines: "L523-527",
      },
    ],
  },
};

export const isContextKind = (value: unknown): value is ContextKind =>
  typeof value === "string" && (contextKinds as readonly string[]).includes(value);

/** A context's name: the coalition's own, or for a kind left unnamed the kind's name ("Special education"). */
export const contextLabel = (kind: ContextKind, name: string): string => name || contextKindGuides[kind].label;

type ContextKindKeys = {
  label: string;
  example: string;
  nameRequired?: string;
  holders: readonly string[];
  records: readonly string[];
  watch: readonly string[];
};

/**
 * Catalog keys (namespace "contexts") of each context kind's words, item for item with contextKindGuides
 * (checkContextKinds in check.server.ts keeps the English catalog equal to those records at start-up):
 * `t(contextKindKeys[kind].label)`, `contextKindKeys[kind].holders.map((key) => t(key))`.
 */
export const contextKindKeys = {
  subject: {
    label: "contexts:kind.subject.label",
    example: "contexts:kind.subject.example",
    nameRequired: "contexts:kind.subject.nameRequired",
    holders: [
      "contexts:kind.subject.holders.1",
      "contexts:kind.subject.holders.2",
      "contexts:kind.subject.holders.3",
      "contexts:kind.subject.holders.4",
    ],
    records: [
      "contexts:kind.subject.records.1",
      "contexts:kind.subject.records.2",
      "contexts:kind.subject.records.3",
      "contexts:kind.subject.records.4",
    ],
    watch: ["contexts:kind.subject.watch.1", "contexts:kind.subject.watch.2", "contexts:kind.subject.watch.3"],
  },
  "general-education": {
    label: "contexts:kind.general-education.label",
    example: "contexts:kind.general-education.example",
    holders: [
      "contexts:kind.general-education.holders.1",
      "contexts:kind.general-education.holders.2",
      "contexts:kind.general-education.holders.3",
    ],
    records: [
      "contexts:kind.general-education.records.1",
      "contexts:kind.general-education.records.2",
      "contexts:kind.general-education.records.3",
    ],
    watch: [
      "contexts:kind.general-education.watch.1",
      "contexts:kind.general-education.watch.2",
      "contexts:kind.general-education.watch.3",
    ],
  },
  "special-education": {
    label: "contexts:kind.special-education.label",
    example: "contexts:kind.special-education.example",
    holders: [
      "contexts:kind.special-education.holders.1",
      "contexts:kind.special-education.holders.2",
      "contexts:kind.special-education.holders.3",
      "contexts:kind.special-education.holders.4",
    ],
    records: [
      "contexts:kind.special-education.records.1",
      "contexts:kind.special-education.records.2",
      "contexts:kind.special-education.records.3",
      "contexts:kind.special-education.records.4",
    ],
    watch: [
      "contexts:kind.special-education.watch.1",
      "contexts:kind.special-education.watch.2",
      "contexts:kind.special-education.watch.3",
      "contexts:kind.special-education.watch.4",
    ],
  },
  "compensatory-education": {
    label: "contexts:kind.compensatory-education.label",
    example: "contexts:kind.compensatory-education.example",
    holders: [
      "contexts:kind.compensatory-education.holders.1",
      "contexts:kind.compensatory-education.holders.2",
      "contexts:kind.compensatory-education.holders.3",
    ],
    records: [
      "contexts:kind.compensatory-education.records.1",
      "contexts:kind.compensatory-education.records.2",
      "contexts:kind.compensatory-education.records.3",
      "contexts:kind.compensatory-education.records.4",
    ],
    watch: [
      "contexts:kind.compensatory-education.watch.1",
      "contexts:kind.compensatory-education.watch.2",
      "contexts:kind.compensatory-education.watch.3",
    ],
  },
  "grade-band": {
    label: "contexts:kind.grade-band.label",
    example: "contexts:kind.grade-band.example",
    nameRequired: "contexts:kind.grade-band.nameRequired",
    holders: [
      "contexts:kind.grade-band.holders.1",
      "contexts:kind.grade-band.holders.2",
      "contexts:kind.grade-band.holders.3",
    ],
    records: [
      "contexts:kind.grade-band.records.1",
      "contexts:kind.grade-band.records.2",
      "contexts:kind.grade-band.records.3",
    ],
    watch: ["contexts:kind.grade-band.watch.1", "contexts:kind.grade-band.watch.2", "contexts:kind.grade-band.watch.3"],
  },
  "neighborhood-schools": {
    label: "contexts:kind.neighborhood-schools.label",
    example: "contexts:kind.neighborhood-schools.example",
    holders: [
      "contexts:kind.neighborhood-schools.holders.1",
      "contexts:kind.neighborhood-schools.holders.2",
      "contexts:kind.neighborhood-schools.holders.3",
    ],
    records: [
      "contexts:kind.neighborhood-schools.records.1",
      "contexts:kind.neighborhood-schools.records.2",
      "contexts:kind.neighborhood-schools.records.3",
      "contexts:kind.neighborhood-schools.records.4",
    ],
    watch: [
      "contexts:kind.neighborhood-schools.watch.1",
      "contexts:kind.neighborhood-schools.watch.2",
      "contexts:kind.neighborhood-schools.watch.3",
    ],
  },
  "magnet-schools": {
    label: "contexts:kind.magnet-schools.label",
    example: "contexts:kind.magnet-schools.example",
    holders: [
      "contexts:kind.magnet-schools.holders.1",
      "contexts:kind.magnet-schools.holders.2",
      "contexts:kind.magnet-schools.holders.3",
    ],
    records: [
      "contexts:kind.magnet-schools.records.1",
      "contexts:kind.magnet-schools.records.2",
      "contexts:kind.magnet-schools.records.3",
      "contexts:kind.magnet-schools.records.4",
    ],
    watch: [
      "contexts:kind.magnet-schools.watch.1",
      "contexts:kind.magnet-schools.watch.2",
      "contexts:kind.magnet-schools.watch.3",
    ],
  },
  "low-performing-schools": {
    label: "contexts:kind.low-performing-schools.label",
    example: "contexts:kind.low-performing-schools.example",
    holders: [
      "contexts:kind.low-performing-schools.holders.1",
      "contexts:kind.low-performing-schools.holders.2",
      "contexts:kind.low-performing-schools.holders.3",
    ],
    records: [
      "contexts:kind.low-performing-schools.records.1",
      "contexts:kind.low-performing-schools.records.2",
      "contexts:kind.low-performing-schools.records.3",
      "contexts:kind.low-performing-schools.records.4",
    ],
    watch: [
      "contexts:kind.low-performing-schools.watch.1",
      "contexts:kind.low-performing-schools.watch.2",
      "contexts:kind.low-performing-schools.watch.3",
    ],
  },
  "high-performing-schools": {
    label: "contexts:kind.high-performing-schools.label",
    example: "contexts:kind.high-performing-schools.example",
    holders: [
      "contexts:kind.high-performing-schools.holders.1",
      "contexts:kind.high-performing-schools.holders.2",
      "contexts:kind.high-performing-schools.holders.3",
    ],
    records: [
      "contexts:kind.high-performing-schools.records.1",
      "contexts:kind.high-performing-schools.records.2",
      "contexts:kind.high-performing-schools.records.3",
      "contexts:kind.high-performing-schools.records.4",
    ],
    watch: [
      "contexts:kind.high-performing-schools.watch.1",
      "contexts:kind.high-performing-schools.watch.2",
      "contexts:kind.high-performing-schools.watch.3",
    ],
  },
  other: {
    label: "contexts:kind.other.label",
    example: "contexts:kind.other.example",
    nameRequired: "contexts:kind.other.nameRequired",
    holders: ["contexts:kind.other.holders.1", "contexts:kind.other.holders.2"],
    records: [
      "contexts:kind.other.records.1",
      "contexts:kind.other.records.2",
      "contexts:kind.other.records.3",
      "contexts:kind.other.records.4",
    ],
    watch: ["contexts:kind.other.watch.1", "contexts:kind.other.watch.2"],
  },
} as const satisfies Record<ContextKind, ContextKindKeys>;

/** The key of the message asking a kind's context for a name, for the kinds whose own label is no name. */
export function nameRequiredKey(kind: ContextKind): string | undefined {
  const keys: ContextKindKeys = contextKindKeys[kind];
  return keys.nameRequired;
}
