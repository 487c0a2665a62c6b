import type { Domain, LeverageLevel, Locus, SystemType } from "./vocabulary";

export type MatrixCell = { level: LeverageLevel; inferred: boolean };
type Column = Record<Domain, MatrixCell>;

const P = { level: "primary", inferred: false } as const;
const S = { level: "secondary", inferred: false } as const;
const W = { level: "weak", inferred: false } as const;
// Cells the brief's prose implies but its (lost) Table 1 did not state: shown to people as "inferred".
const Pi = { level: "primary", inferred: true } as const;
const Si = { level: "secondary", inferred: true } as const;
const Wi = { level: "weak", inferred: true } as const;

const column = (
  environment: MatrixCell,
  infrastructure: MatrixCell,
  use: MatrixCell,
  performance: MatrixCell,
  leadership: MatrixCell,
): Column => ({
  environment,
  infrastructure,
  use,
  performance,
  leadership,
});

/**
 * Who holds each domain of work in each type, and so where a coalition's leverage is (design/typology.md,
 * reconstructed from the brief's prose; see the key at L641-647 of the brief).
 */
export const responsibilityMatrix: Record<SystemType, Record<Locus, Column>> = {
  managerial: {
    "central-office": column(P, P, P, P, P),
    school: column(Wi, W, P, S, Wi),
  },
  "market-driven": {
    "central-office": column(S, W, W, S, W),
    school: column(P, P, P, P, P),
  },
  federated: {
    "central-office": column(P, Pi, Si, Si, Pi),
    school: column(P, P, P, P, P),
  },
  networked: {
    "central-office": column(P, P, Pi, P, P),
    school: column(Si, S, P, P, Si),
  },
  "american-default": {
    "central-office": column(Si, Si, Wi, Wi, Wi),
    school: column(Wi, Si, Wi, Wi, Wi),
  },
};
