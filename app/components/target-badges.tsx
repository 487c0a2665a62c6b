import { useTranslation } from "react-i18next";

import type { Domain, LeverageMap, Locus } from "~/lib/typology";
import { typologyKeys } from "~/lib/typology/keys";

import { LeverageBadge } from "./leverage";

/** A target's leverage for each kind of work it holds, under the district's current declaration. */
export function TargetBadges({ domains, locus, map }: { domains: Domain[]; locus: Locus; map: LeverageMap | null }) {
  const { t } = useTranslation("districts");
  return (
    <ul className="badge-list">
      {domains.map((domain) => {
        const cell = map?.find((c) => c.domain === domain && c.locus === locus);
        return (
          <li key={domain}>
            {t("leverage.domainPrefix", { domain: t(typologyKeys.domain[domain].plain) })}{" "}
            {cell ? (
              <LeverageBadge level={cell.level} grade={cell.grade} observed={Boolean(cell.override)} />
            ) : (
              <span className="muted">{t("leverage.noType")}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
