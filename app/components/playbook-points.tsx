import { Link } from "@remix-run/react";

// The playbook's main and second levers, each with its controls beside it: add a target here, plan one of its
// suggested asks. The links are only there for people who may use them (the loader leaves them out otherwise).

export type PointView = {
  anchor: string;
  headHtml: string;
  asks: Array<{ text: string; planHref: string | null }>;
  tailHtml: string;
  addTargetHref: string | null;
};

export type GapView = { anchor: string; text: string; addTargetHref: string | null };

export function PlaybookPoints({ points, emptyHtml }: { points: PointView[]; emptyHtml: string }) {
  if (points.length === 0) return <div dangerouslySetInnerHTML={{ __html: emptyHtml }} />;
  return (
    <>
      {points.map((point) => (
        <div key={point.anchor} id={point.anchor} className="playbook__point">
          <div dangerouslySetInnerHTML={{ __html: point.headHtml }} />
          {point.addTargetHref ? (
            <p className="no-print">
              <Link className="button button--small button--secondary" to={point.addTargetHref}>
                Add a target here
              </Link>
            </p>
          ) : null}
          <p>
            <strong>{point.asks.length === 1 ? "Ask:" : "What to ask"}</strong>
          </p>
          <ul className="playbook__asks">
            {point.asks.map((ask) => (
              <li key={ask.text}>
                {ask.text}{" "}
                {ask.planHref ? (
                  <Link className="no-print playbook__plan" to={ask.planHref}>
                    Plan this ask<span className="visually-hidden">: {ask.text}</span>
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
  if (gaps.length === 0) return <div dangerouslySetInnerHTML={{ __html: emptyHtml }} />;
  return (
    <ul>
      {gaps.map((gap) => (
        <li key={gap.anchor} id={gap.anchor}>
          {gap.text}{" "}
          {gap.addTargetHref ? (
            <Link className="no-print" to={gap.addTargetHref}>
              Add a target here
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
