import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";

// The playbook's main and second levers, each with its controls beside it: add a target here, plan one of its
// suggested asks. The links are only there for people who may use them (the loader leaves them out otherwise).
// Their words are in "playbook-page", which the playbook route declares.

export type PointView = {
  anchor: string;
  headHtml: string;
  asks: Array<{ text: string; planHref: string | null }>;
  tailHtml: string;
  addTargetHref: string | null;
};

export type GapView = { anchor: string; text: string; addTargetHref: string | null };

export function PlaybookPoints({ points, emptyHtml }: { points: PointView[]; emptyHtml: string }) {
  const { t } = useTranslation("playbook-page");
  if (points.length === 0) return <div dangerouslySetInnerHTML={{ __html: emptyHtml }} />;
  return (
    <>
      {points.map((point) => (
        <div key={point.anchor} id={point.anchor} className="playbook__point">
          <div dangerouslySetInnerHTML={{ __html: point.headHtml }} />
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
                  <Link className="no-print playbook__plan" to={ask.planHref}>
                    <Trans
                      t={t}
                      i18nKey="points.planAsk"
                      values={{ ask: ask.text }}
                      components={{ hidden: <span className="visually-hidden" /> }}
                    />
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
          <div dangerouslySetInnerHTML={{ __html: point.tailHtml }} />
        </div>
      ))}
    </>
  );
}

export function PlaybookGaps({ gaps, emptyHtml }: { gaps: GapView[]; emptyHtml: string }) {
  const { t } = useTranslation("playbook-page");
  if (gaps.length === 0) return <div dangerouslySetInnerHTML={{ __html: emptyHtml }} />;
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
