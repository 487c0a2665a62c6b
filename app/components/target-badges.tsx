import type { Domain, LeverageMap, Locus } from "~/lib/typology";
import { domainLabels } from "~/lib/typology/vocabulary";

import { LeverageBadge } from "./leverage";

/** A target's leverage for each kind of work it holds, under the district's current declaration. */
export function TargetBadges({ domains, locus, map }: { domains: Domain[]; locus: Locus; map: LeverageMap | null }) {
  return (
    <ul className="badge-list">
      {domains.map((domain) => {
        const cell = map?.find((c) => c.domain === domain && c.locus === locus);
        return (
          <li key={domain}>
            {domainLabels[domain]}:{" "}
            {cell ? (
              <LeverageBadge level={cell.level} grade={cell.grade} observed={Boolean(cell.override)} />
            ) : (
              <span className="muted">no type declared</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
