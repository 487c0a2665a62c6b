import { useTranslation } from "react-i18next";

import {
  domains,
  evidenceGrades,
  levelShapes,
  leverageLevels,
  loci,
  type EvidenceGrade,
  type LeverageLevel,
  type ResolvedCell,
} from "~/lib/typology";
import { typologyKeys } from "~/lib/typology/keys";

// Every page that renders these declares the "districts" namespace (its leverage words) beside the layout's
// "typology".

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
  const { t } = useTranslation("districts");
  return (
    <span className="leverage">
      <span className={`badge badge--${level}`}>
        <span className="badge__shape" aria-hidden="true">
          {levelShapes[level]}
        </span>{" "}
        {t(typologyKeys.level[level].plain)}
      </span>{" "}
      <span className="leverage__grade">{observed ? t("leverage.observed") : t(typologyKeys.grade[grade].plain)}</span>
    </span>
  );
}

/** What the shapes, colours and grades mean, with the research terms once. */
export function LeverageLegend() {
  const { t } = useTranslation("districts");
  return (
    <dl className="leverage-legend">
      {leverageLevels.map((level) => (
        <div key={level}>
          <dt>
            <span className={`badge badge--${level}`}>
              <span className="badge__shape" aria-hidden="true">
                {levelShapes[level]}
              </span>{" "}
              {t(typologyKeys.level[level].plain)}
            </span>{" "}
            ({t(typologyKeys.level[level].term)})
          </dt>
          <dd>{t(typologyKeys.level[level].meaning)}</dd>
        </div>
      ))}
      {evidenceGrades.map((grade) => (
        <div key={grade}>
          <dt>
            <span className="leverage__grade">{t(typologyKeys.grade[grade].plain)}</span> (
            {t(typologyKeys.grade[grade].term)})
          </dt>
          <dd>{t(typologyKeys.grade[grade].meaning)}</dd>
        </div>
      ))}
      <div>
        <dt>
          <span className="leverage__grade">{t("leverage.observed")}</span>
        </dt>
        <dd>{t("leverage.observedMeaning")}</dd>
      </div>
    </dl>
  );
}

/** The five kinds of work × two loci as a table of badges; on a phone each row stacks its two cells. */
export function LeverageMapTable({ cells, caption }: { cells: ResolvedCell[]; caption: string }) {
  const { t } = useTranslation("districts");
  const find = (domain: string, locus: string) => cells.find((cell) => cell.domain === domain && cell.locus === locus)!;
  return (
    <table className="table leverage-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("leverage.kindOfWork")}</th>
          {loci.map((locus) => (
            <th scope="col" key={locus}>
              {t(typologyKeys.locus[locus])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {domains.map((domain) => (
          <tr key={domain}>
            <th scope="row">
              {t(typologyKeys.domain[domain].plain)}{" "}
              <span className="leverage-table__term">({t(typologyKeys.domain[domain].term)})</span>
            </th>
            {loci.map((locus) => {
              const cell = find(domain, locus);
              return (
                <td key={locus} data-cell={cell.key}>
                  <span className="leverage-table__locus" aria-hidden="true">
                    {t("leverage.locusPrefix", { locus: t(typologyKeys.locus[locus]) })}{" "}
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
