import type { SystemType } from "./vocabulary";

export type SystemMove = {
  from: SystemType;
  /** The types to aim for: one, or (from the American default) any of the four newer ones. */
  to: readonly SystemType[];
  when: string;
  asks: readonly string[];
};

// Shifts between types a coalition can press for (brief L701-714, and L110-112 on the state's role).
export const systemMoves: readonly SystemMove[] = [
  {
    from: "market-driven",
    to: ["federated"],
    when: "Families do not value school choice, or struggle to use it, and want a deep say in improving their own children's schools.",
    asks: [
      "Press the central office to shift from opening and closing schools toward supporting each school's own improvement.",
      "Ask for school leadership teams with family seats and real authority over instruction.",
    ],
  },
  {
    from: "managerial",
    to: ["networked"],
    when: "Families value a common, district-wide approach but also want schools free to adapt it to their students.",
    asks: [
      "Ask for a formal way for schools to adapt the district program and report what works.",
      "Press the central office to treat school adaptations as a source of improvement rather than as lapses in fidelity.",
    ],
  },
  {
    from: "american-default",
    to: ["managerial", "market-driven", "federated", "networked"],
    when: "The district still mostly sorts students and hands out resources, with no shared picture of good teaching.",
    asks: [
      "Push the central office and the schools to start organizing and managing teaching itself, not only sorting students and handing out resources.",
      "Ask the state to keep up its pressure so the district does not slide back to sorting and resourcing.",
    ],
  },
];
