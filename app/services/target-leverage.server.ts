import type { Language } from "~/lib/i18n";
import { buildPlaybookModel, type PlaybookModel } from "~/lib/playbook";
import { playbookContent } from "~/lib/playbook-content.server";
import { resolveLeverageMap, type LeverageMap } from "~/lib/typology";
import { listTargets, type Target } from "~/models/target.server";
import { currentDeclaration, type Declaration } from "~/models/typology.server";

/**
 * The district-wide declaration and the playbook model it gives with the district's targets placed on it
 * (leverage map, points, gaps) in the reader's language, or null when nothing is declared yet.
 */
export function districtPlaybookModel(
  districtId: string,
  language: Language,
  targets: Target[] = listTargets(districtId),
): { declaration: Declaration; model: PlaybookModel } | null {
  const declaration = currentDeclaration(districtId, "");
  if (!declaration) return null;
  return { declaration, model: playbookModelFor(declaration, targets, language) };
}

/**
 * The playbook model of a declaration with these targets placed on it, its holders and asks in `language`: the
 * reader's, so what a page offers (and what an action saves from it) reads as the playbook they were shown.
 */
export function playbookModelFor(declaration: Declaration, targets: Target[], language: Language): PlaybookModel {
  const input = { type: declaration.systemType, overrides: declaration.overrides, targets };
  return buildPlaybookModel(input, playbookContent(language));
}

/** The district-wide leverage map, for badges; null when nothing is declared yet. */
export function districtLeverageMap(districtId: string): LeverageMap | null {
  const declaration = currentDeclaration(districtId, "");
  return declaration ? resolveLeverageMap(declaration.systemType, declaration.overrides) : null;
}
