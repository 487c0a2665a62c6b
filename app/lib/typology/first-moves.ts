import type { PlaybookKey } from "./playbook-keys";
import type { CellKey, SystemType } from "./vocabulary";

/** One concrete step: a body or person, a moment in the district's year, and a record to ask for. */
export type FirstMove = {
  /** The cell this step works on; null for a step on no cell (the American default's sorting levers). */
  cell: CellKey | null;
  /** For a step on no cell: what it works on, and on whose authority ("named by the brief", "our inference"). */
  label?: PlaybookKey;
  who: PlaybookKey;
  when: PlaybookKey;
  record: PlaybookKey;
  action: PlaybookKey;
};

// The moments in a district's year when each kind of work is decided, for steps built from general guidance.
export const cellMoments: Record<CellKey, PlaybookKey> = {
  "environment.central-office": "playbook:moment.environment-central-office",
  "environment.school": "playbook:moment.environment-school",
  "infrastructure.central-office": "playbook:moment.infrastructure-central-office",
  "infrastructure.school": "playbook:moment.infrastructure-school",
  "use.central-office": "playbook:moment.use-central-office",
  "use.school": "playbook:moment.use-school",
  "performance.central-office": "playbook:moment.performance-central-office",
  "performance.school": "playbook:moment.performance-school",
  "leadership.central-office": "playbook:moment.leadership-central-office",
  "leadership.school": "playbook:moment.leadership-school",
};

// Steps worth taking first in each type, best first. A step on a cell is used only while that cell is a main or
// second lever in the coalition's map, so an override that says otherwise drops it (see firstMoves in playbook.ts).
export const typeFirstMoves: Record<SystemType, readonly FirstMove[]> = {
  managerial: [
    {
      cell: "infrastructure.central-office",
      who: "playbook:firstMove.managerial.infrastructure-central-office.who",
      when: "playbook:moment.infrastructure-central-office",
      record: "playbook:firstMove.managerial.infrastructure-central-office.record",
      action: "playbook:firstMove.managerial.infrastructure-central-office.action",
    },
    {
      cell: "use.central-office",
      who: "playbook:firstMove.managerial.use-central-office.who",
      when: "playbook:moment.use-central-office",
      record: "playbook:firstMove.managerial.use-central-office.record",
      action: "playbook:firstMove.managerial.use-central-office.action",
    },
    {
      cell: "performance.central-office",
      who: "playbook:firstMove.managerial.performance-central-office.who",
      when: "playbook:moment.performance-central-office",
      record: "playbook:firstMove.managerial.performance-central-office.record",
      action: "playbook:firstMove.managerial.performance-central-office.action",
    },
  ],
  "market-driven": [
    {
      cell: "environment.school",
      who: "playbook:firstMove.market-driven.environment-school.who",
      when: "playbook:firstMove.market-driven.environment-school.when",
      record: "playbook:firstMove.market-driven.environment-school.record",
      action: "playbook:firstMove.market-driven.environment-school.action",
    },
    {
      cell: "infrastructure.school",
      who: "playbook:firstMove.market-driven.infrastructure-school.who",
      when: "playbook:firstMove.market-driven.infrastructure-school.when",
      record: "playbook:firstMove.market-driven.infrastructure-school.record",
      action: "playbook:firstMove.market-driven.infrastructure-school.action",
    },
    {
      cell: "environment.central-office",
      who: "playbook:firstMove.market-driven.environment-central-office.who",
      when: "playbook:firstMove.market-driven.environment-central-office.when",
      record: "playbook:firstMove.market-driven.environment-central-office.record",
      action: "playbook:firstMove.market-driven.environment-central-office.action",
    },
    {
      cell: "performance.central-office",
      who: "playbook:firstMove.market-driven.performance-central-office.who",
      when: "playbook:firstMove.market-driven.performance-central-office.when",
      record: "playbook:firstMove.market-driven.performance-central-office.record",
      action: "playbook:firstMove.market-driven.performance-central-office.action",
    },
  ],
  federated: [
    {
      cell: "leadership.school",
      who: "playbook:firstMove.federated.leadership-school.who",
      when: "playbook:moment.leadership-school",
      record: "playbook:firstMove.federated.leadership-school.record",
      action: "playbook:firstMove.federated.leadership-school.action",
    },
    {
      cell: "infrastructure.school",
      who: "playbook:firstMove.federated.infrastructure-school.who",
      when: "playbook:moment.infrastructure-school",
      record: "playbook:firstMove.federated.infrastructure-school.record",
      action: "playbook:firstMove.federated.infrastructure-school.action",
    },
    {
      cell: "environment.central-office",
      who: "playbook:firstMove.federated.environment-central-office.who",
      when: "playbook:firstMove.federated.environment-central-office.when",
      record: "playbook:firstMove.federated.environment-central-office.record",
      action: "playbook:firstMove.federated.environment-central-office.action",
    },
  ],
  networked: [
    {
      cell: "infrastructure.central-office",
      who: "playbook:firstMove.networked.infrastructure-central-office.who",
      when: "playbook:firstMove.networked.infrastructure-central-office.when",
      record: "playbook:firstMove.networked.infrastructure-central-office.record",
      action: "playbook:firstMove.networked.infrastructure-central-office.action",
    },
    {
      cell: "performance.school",
      who: "playbook:firstMove.networked.performance-school.who",
      when: "playbook:firstMove.networked.performance-school.when",
      record: "playbook:firstMove.networked.performance-school.record",
      action: "playbook:firstMove.networked.performance-school.action",
    },
    {
      cell: "performance.central-office",
      who: "playbook:firstMove.networked.performance-central-office.who",
      when: "playbook:firstMove.networked.performance-central-office.when",
      record: "playbook:firstMove.networked.performance-central-office.record",
      action: "playbook:firstMove.networked.performance-central-office.action",
    },
  ],
  "american-default": [
    {
      cell: null,
      label: "playbook:firstMove.american-default.sorting.label",
      who: "playbook:firstMove.american-default.sorting.who",
      when: "playbook:firstMove.american-default.sorting.when",
      record: "playbook:firstMove.american-default.sorting.record",
      action: "playbook:firstMove.american-default.sorting.action",
    },
    {
      cell: "infrastructure.central-office",
      who: "playbook:firstMove.american-default.infrastructure-central-office.who",
      when: "playbook:firstMove.american-default.infrastructure-central-office.when",
      record: "playbook:firstMove.american-default.infrastructure-central-office.record",
      action: "playbook:firstMove.american-default.infrastructure-central-office.action",
    },
    {
      cell: null,
      label: "playbook:firstMove.american-default.teaching.label",
      who: "playbook:firstMove.american-default.teaching.who",
      when: "playbook:firstMove.american-default.teaching.when",
      record: "playbook:firstMove.american-default.teaching.record",
      action: "playbook:firstMove.american-default.teaching.action",
    },
  ],
};
