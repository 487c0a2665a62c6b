import { buildPlaybookModel, type PlaybookModel } from "~/lib/playbook";
import { resolveLeverageMap, type LeverageMap } from "~/lib/typology";
import { listTargets, type Target } from "~/models/target.server";
import { currentDeclaration, type Declaration } from "~/models/typology.server";

/**
 * The district-wide declaration and the playbook model it gives with the district's targets placed on it
 * (leverage map, points, gaps), or null when nothing is declared yet.
 */
export function districtPlaybookModel(
  districtId: string,
  targets: Target[] = listTargets(districtId),
): { declaration: Declaration; model: PlaybookModel } | null {
  const declaration = currentDeclaration(districtId, "");
  if (!declaration) return null;
  return { declaration, model: playbookModelFor(declaration, targets) };
}

/** The playbook model of a declaration with these targets placed on it. */
export function playbookModelFor(declaration: Declaration, targets: Target[]): PlaybookModel {
  return buildPlaybookModel({ type: declaration.systemType, overrides: declaration.overrides, targets });
}

/** The district-wide leverage map, for badges; null when nothing is declared yet. */
export function districtLeverageMap(districtId: string): LeverageMap | null {
  const declaration = currentDeclaration(districtId, "");
  return declaration ? resolveLeverageMap(declaration.systemType, declaration.overrides) : null;
}
