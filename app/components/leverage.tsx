import {
  domainLabels,
  domains,
  leverageLabels,
  locusLabels,
  loci,
  type LeverageLevel,
  type ResolvedCell,
} from "~/lib/typology";

/** Primary / secondary / weak, with "inferred" or "observed" where the map says so. Colour is never the only cue. */
export function LeverageBadge({
  level,
  inferred = false,
  observed = false,
}: {
  level: LeverageLevel;
  inferred?: boolean;
  observed?: boolean;
}) {
  return (
    <span className={`badge badge--${level}`}>
      {leverageLabels[level]}
      {observed ? (
        <span className="badge__note"> · observed</span>
      ) : inferred ? (
        <span className="badge__note"> · inferred</span>
      ) : null}
    </span>
  );
}

/** The five domains × two loci as a table of badges. */
export function LeverageMapTable({ cells, caption }: { cells: ResolvedCell[]; caption: string }) {
  const find = (domain: string, locus: string) => cells.find((cell) => cell.domain === domain && cell.locus === locus)!;
  return (
    <table className="table leverage-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Domain of work</th>
          {loci.map((locus) => (
            <th scope="col" key={locus}>
              {locusLabels[locus]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {domains.map((domain) => (
          <tr key={domain}>
            <th scope="row">{domainLabels[domain]}</th>
            {loci.map((locus) => {
              const cell = find(domain, locus);
              return (
                <td key={locus}>
                  <span className="leverage-table__locus" aria-hidden="true">
                    {locusLabels[locus]}:{" "}
                  </span>
                  <LeverageBadge level={cell.level} inferred={cell.inferred} observed={Boolean(cell.override)} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
