import { allCells, type Domain, type LeverageLevel, type Locus, type SystemType } from "~/lib/typology";
import type { ContextKind } from "~/lib/typology/context-kinds";
import type { Declaration } from "~/models/typology.server";

/** One thing a declaration changed from the one before it in the same context; the page puts it in words. */
export type DeclarationChange =
  | { change: "first"; type: SystemType }
  | { change: "contextKind"; from: ContextKind | null; to: ContextKind }
  | { change: "type"; from: SystemType; to: SystemType }
  | { change: "observed"; domain: Domain; locus: Locus; level: LeverageLevel }
  | { change: "reverted"; domain: Domain; locus: Locus }
  | { change: "level"; domain: Domain; locus: Locus; from: LeverageLevel; to: LeverageLevel }
  | { change: "cellNote"; domain: Domain; locus: Locus }
  | { change: "note" }
  | { change: "none" };

/** What a declaration changed compared with the one before it in the same context. */
export function declarationChanges(declaration: Declaration, previous: Declaration | undefined): DeclarationChange[] {
  if (!previous) return [{ change: "first", type: declaration.systemType }];
  const changes: DeclarationChange[] = [];
  if (previous.contextKind !== declaration.contextKind && declaration.contextKind) {
    changes.push({ change: "contextKind", from: previous.contextKind, to: declaration.contextKind });
  }
  if (previous.systemType !== declaration.systemType) {
    changes.push({ change: "type", from: previous.systemType, to: declaration.systemType });
  }
  for (const { key, domain, locus } of allCells) {
    const before = previous.overrides[key];
    const after = declaration.overrides[key];
    if (before?.level === after?.level && before?.note === after?.note) continue;
    if (!before && after) changes.push({ change: "observed", domain, locus, level: after.level });
    else if (before && !after) changes.push({ change: "reverted", domain, locus });
    else if (before && after && before.level !== after.level)
      changes.push({ change: "level", domain, locus, from: before.level, to: after.level });
    else changes.push({ change: "cellNote", domain, locus });
  }
  if (previous.note !== declaration.note) changes.push({ change: "note" });
  return changes.length ? changes : [{ change: "none" }];
}
