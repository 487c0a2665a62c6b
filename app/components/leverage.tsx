import {
  domainGlossary,
  domains,
  gradeGlossary,
  levelGlossary,
  locusLabels,
  loci,
  type EvidenceGrade,
  type LeverageLevel,
  type ResolvedCell,
} from "~/lib/typology";

/**
 * A level by shape (filled dots, like the brief's cogs), words and colour, with how sure the research is of it
 * ("Said outright", "Our reading", "Our inference") or "observed" for the coalition's own correction.
 */
export function LeverageBadge({
  level,
  grade,
  observed = false,
}: {
  level: LeverageLevel;
  grade: EvidenceGrade;
  observed?: boolean;
}) {
  const entry = levelGlossary[level];
  return (
    <span className="leverage">
      <span className={`badge badge--${level}`}>
        <span className="badge__shape" aria-hidden="true">
          {entry.shape}
        </span>{" "}
        {entry.plain}
      </span>{" "}
      <span className="leverage__grade">{observed ? "observed" : gradeGlossary[grade].plain}</span>
    </span>
  );
}

/** What the shapes, colours and grades mean, with the research terms once. */
export function LeverageLegend() {
  return (
    <dl className="leverage-legend">
      {Object.entries(levelGlossary).map(([level, entry]) => (
        <div key={level}>
          <dt>
            <span className={`badge badge--${level}`}>
              <span className="badge__shape" aria-hidden="true">
                {entry.shape}
              </span>{" "}
              {entry.plain}
            </span>{" "}
            ({entry.term})
          </dt>
          <dd>{entry.meaning}</dd>
        </div>
      ))}
      {Object.entries(gradeGlossary).map(([grade, entry]) => (
        <div key={grade}>
          <dt>
            <span className="leverage__grade">{entry.plain}</span> ({entry.term})
          </dt>
          <dd>{entry.meaning}</dd>
        </div>
      ))}
      <div>
        <dt>
          <span className="leverage__grade">observed</span>
        </dt>
        <dd>Your coalition&apos;s own correction, with its note.</dd>
      </div>
    </dl>
  );
}

/** The five kinds of work × two loci as a table of badges; on a phone each row stacks its two cells. */
export function LeverageMapTable({ cells, caption }: { cells: ResolvedCell[]; caption: string }) {
  const find = (domain: string, locus: string) => cells.find((cell) => cell.domain === domain && cell.locus === locus)!;
  return (
    <table className="table leverage-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Kind of work</th>
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
            <th scope="row">
              {domainGlossary[domain].plain}{" "}
              <span className="leverage-table__term">({domainGlossary[domain].term})</span>
            </th>
            {loci.map((locus) => {
              const cell = find(domain, locus);
              return (
                <td key={locus} data-cell={cell.key}>
                  <span className="leverage-table__locus" aria-hidden="true">
                    {locusLabels[locus]}:{" "}
                  </span>
                  <LeverageBadge level={cell.level} grade={cell.grade} observed={Boolean(cell.override)} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
