import { useTranslation } from "react-i18next";

import { chartFieldKeys } from "~/lib/labels";

/**
 * A chart part's text as the lines people typed: a leading "-", "*" or "•" is the person's own bullet and is
 * dropped, since the list draws one.
 */
export function chartLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]\s+|\d+[.)]\s+)?/, "").trim())
    .filter(Boolean);
}

function ChartText({ text }: { text: string }) {
  const lines = chartLines(text);
  if (lines.length === 1) return <p>{lines[0]}</p>;
  return (
    <ul>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * The campaign's strategy chart: filled parts as cards, each line a list item; the parts not filled in yet are
 * named in one line instead of standing as empty boxes.
 */
export function StrategyChart({ chart }: { chart: Partial<Record<string, string>> }) {
  const { t } = useTranslation("campaigns");
  const text = (name: string) => chart[name] ?? "";
  const filled = chartFieldKeys.filter(([name]) => chartLines(text(name)).length > 0);
  const empty = chartFieldKeys.filter(([name]) => chartLines(text(name)).length === 0);
  if (!filled.length) return <p className="muted">{t("chart.empty")}</p>;
  return (
    <>
      <dl className="chart">
        {filled.map(([name, label]) => (
          <div key={name}>
            <dt>{t(label)}</dt>
            <dd>
              <ChartText text={text(name)} />
            </dd>
          </div>
        ))}
      </dl>
      {empty.length ? (
        <p className="muted chart__empty">
          {t("chart.notFilled", { parts: empty.map(([, label]) => t(label).toLowerCase()).join(", ") })}
        </p>
      ) : null}
    </>
  );
}
