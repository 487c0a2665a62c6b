import type { TFunction } from "i18next";

import type { DistrictDependents } from "~/models/district.server";

const dependentKeys = {
  schools: "districts:delete.dependents.schools",
  targets: "districts:delete.dependents.targets",
  declarations: "districts:delete.dependents.declarations",
  diagnostics: "districts:delete.dependents.diagnostics",
} as const satisfies Record<keyof DistrictDependents, string>;

/** "2 schools, 1 target and 3 declarations": what hangs from a district, in the reader's language ("" for none). */
export function dependentsText(t: TFunction, dependents: DistrictDependents): string {
  const parts = (Object.keys(dependentKeys) as Array<keyof DistrictDependents>)
    .filter((kind) => dependents[kind] > 0)
    .map((kind) => t(dependentKeys[kind], { count: dependents[kind] }));
  if (parts.length <= 1) return parts[0] ?? "";
  return t("districts:delete.dependents.list", { items: parts.slice(0, -1).join(", "), last: parts.at(-1) });
}
