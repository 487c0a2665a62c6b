import type { PlaybookKey } from "./playbook-keys";
import type { SystemType } from "./vocabulary";

export type SystemMove = {
  from: SystemType;
  /** The types to aim for: one, or (from the American default) any of the four newer ones. */
  to: readonly SystemType[];
  when: PlaybookKey;
  asks: readonly PlaybookKey[];
};

// Shifts between types a coalition can press for (brief L701-714, and L110-112 on the state's role).
export const systemMoves: readonly SystemMove[] = [
  {
    from: "market-driven",
    to: ["federated"],
    when: "playbook:move.market-driven.when",
    asks: ["playbook:move.market-driven.asks.0", "playbook:move.market-driven.asks.1"],
  },
  {
    from: "managerial",
    to: ["networked"],
    when: "playbook:move.managerial.when",
    asks: ["playbook:move.managerial.asks.0", "playbook:move.managerial.asks.1"],
  },
  {
    from: "american-default",
    to: ["managerial", "market-driven", "federated", "networked"],
    when: "playbook:move.american-default.when",
    asks: ["playbook:move.american-default.asks.0", "playbook:move.american-default.asks.1"],
  },
];
