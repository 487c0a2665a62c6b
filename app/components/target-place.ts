import { useTranslation } from "react-i18next";

import { typologyKeys } from "~/lib/typology/keys";
import type { Locus } from "~/lib/typology/vocabulary";

export type TargetPlace = { title: string | null; locus: Locus; schoolName: string | null };

/**
 * Where a target works, as one line in the reader's language: "Chief academic officer · Central office", or the
 * title and the school's name. The typology namespace every coalition page loads holds the word for the office.
 */
export function useTargetPlace() {
  const { t } = useTranslation("typology");
  return (target: TargetPlace) =>
    [target.title, target.locus === "school" ? target.schoolName : t(typologyKeys.locus["central-office"])]
      .filter(Boolean)
      .join(" · ");
}
