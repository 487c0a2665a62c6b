import { resolveLeverageMap, type LeverageMap } from "./typology";
import { currentDeclaration } from "~/models/typology.server";

/** The district-wide leverage map under the current declaration, or null when nothing is declared yet. */
export function districtLeverageMap(districtId: string): { map: LeverageMap; type: string; declaration: NonNullable<ReturnType<typeof currentDeclaration>> } | null {
  const declaration = currentDeclaration(districtId, "");
  if (!declaration) return null;
  return { map: resolveLeverageMap(declaration.systemType, declaration.overrides), type: declaration.systemType, declaration };
}
