import type { EvidenceGrade } from "./glossary";
import { responsibilityMatrix } from "./matrix";
import type { PlaybookKey } from "./playbook-keys";
import { allCells, type CellKey, type Domain, type LeverageLevel, type Locus, type SystemType } from "./vocabulary";

/** A coalition's own observation of one cell (checked where it comes in: the declare form). */
export type CellOverride = { level: LeverageLevel; note: string };
export type Overrides = Partial<Record<CellKey, CellOverride>>;

export type ResolvedCell = {
  domain: Domain;
  locus: Locus;
  key: CellKey;
  level: LeverageLevel;
  /** The level the type gives this cell before any override. */
  typeLevel: LeverageLevel;
  /** How directly the brief supports the type's level (an override is the coalition's own observation). */
  grade: EvidenceGrade;
  /** Why, as a catalog key: the playbook says it in its reader's language. */
  reason: PlaybookKey;
  lines: string;
  tension?: PlaybookKey;
  override: CellOverride | null;
};

export type LeverageMap = ResolvedCell[];

/** The leverage of every cell for a type, with the coalition's observed overrides applied. */
export function resolveLeverageMap(type: SystemType, overrides: Overrides = {}): LeverageMap {
  return allCells.map(({ domain, locus, key }) => {
    const cell = responsibilityMatrix[type][locus][domain];
    const override = overrides[key] ?? null;
    const resolved: ResolvedCell = {
      domain,
      locus,
      key,
      level: override?.level ?? cell.level,
      typeLevel: cell.level,
      grade: cell.grade,
      reason: cell.reason,
      lines: cell.lines,
      override,
    };
    return cell.tension ? { ...resolved, tension: cell.tension } : resolved;
  });
}
