import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { HtmlBlock } from "~/components/page-html";
import type { PageHtml } from "~/lib/page-html";

// The playbook's main and second levers, each with its controls beside it: add a target here, plan one of its
// suggested asks. The links are only there for people who may use them (the loader leaves them out otherwise).
// Their words are in "playbook-page", which the playbook route declares.

export type PointView = {
  anchor: string;
  headHtml: PageHtml;
  asks: Array<{ text: string; planHref: string | null }>;
  tailHtml: PageHtml;
  addTargetHref: string | null;
};

export type GapView = { anchor: string; text: string; addTargetHref: string | null };

export function PlaybookPoints({ points, emptyHtml }: { points: PointView[]; emptyHtml: PageHtml }) {
  const { t } = useTranslation("playbook-page");
  if (points.length === 0) return <HtmlBlock value={emptyHtml} />;
  return (
    <>
      {points.map((point) => (
        <div key={point.anchor} id={point.anchor} className="playbook__point">
          <HtmlBlock value={point.headHtml} />
          {point.addTargetHref ? (
            <p className="no-print">
              <Link className="button button--small button--secondary" to={point.addTargetHref}>
                {t("points.addTarget")}
              </Link>
            </p>
          ) : null}
          <p>
            <strong>{point.asks.length === 1 ? t("points.ask") : t("points.asks")}</strong>
          </p>
          <ul className="playbook__asks">
            {point.asks.map((ask) => (
              <li key={ask.text}>
                {ask.text}{" "}
                {ask.planHref ? (
                  // Words and a text value, no markup: t() and React's escaping, not <Trans>, which parsed the
                  // message again for each of a playbook's asks (about 5 % of the page's CPU).
                  <Link className="no-print playbook__plan" to={ask.planHref}>
                    {t("points.planAsk")}
                    <span className="visually-hidden">{t("points.planAskWhich", { ask: ask.text })}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
          <HtmlBlock value={point.tailHtml} />
        </div>
      ))}
    </>
  );
}

export function PlaybookGaps({ gaps, emptyHtml }: { gaps: GapView[]; emptyHtml: PageHtml }) {
  const { t } = useTranslation("playbook-page");
  if (gaps.length === 0) return <HtmlBlock value={emptyHtml} />;
  return (
    <ul>
      {gaps.map((gap) => (
        <li key={gap.anchor} id={gap.anchor}>
          {gap.text}{" "}
          {gap.addTargetHref ? (
            <Link className="no-print" to={gap.addTargetHref}>
              {t("points.addTarget")}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
