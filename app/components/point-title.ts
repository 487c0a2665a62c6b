import { useTranslation } from "react-i18next";

import { typologyKeys } from "~/lib/typology/keys";
import type { Domain, Locus } from "~/lib/typology/vocabulary";

/** A point of the playbook by its kind of work and place, "Choosing what is taught and with what — Schools". */
export function usePointTitle() {
  const { t } = useTranslation("typology");
  return (point: { domain: Domain; locus: Locus }) =>
    `${t(typologyKeys.domain[point.domain].plain)} — ${t(typologyKeys.locus[point.locus])}`;
}
