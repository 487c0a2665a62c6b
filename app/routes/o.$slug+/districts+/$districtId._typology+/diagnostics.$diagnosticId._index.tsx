import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { formatMoment } from "~/lib/format-dates";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { systemTypeLabels, systemTypeTheories } from "~/lib/typology";
import { currentAnswers, diagnose, minimumAnswered, type Evidence, type TypeScore } from "~/lib/typology/diagnostic";
import { v1AnswerList } from "~/lib/typology/diagnostic-v1";
import { requireDiagnostic } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Diagnostic results · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  const ids = { slug: organization.slug, districtId: district.id };
  const answers = currentAnswers(diagnostic.saved);
  const result = answers ? diagnose(answers) : null;
  return {
    district: { name: district.name, href: href("/o/:slug/districts/:districtId", ids) },
    context: diagnostic.context,
    updatedAt: formatMoment(diagnostic.updatedAt, "date", organization.timeZone),
    editHref: href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId/edit", {
      ...ids,
      diagnosticId: diagnostic.id,
    }),
    ids,
    // Answers given to the first question set are shown as they were given, beside the current reading of them.
    earlier: "carried" in diagnostic.saved ? v1AnswerList(diagnostic.saved.answers) : null,
    result: result && {
      answered: result.answered,
      total: result.total,
      enough: result.enough,
      // No ranking leaves the server when the answers say too little: nothing can then show as a match.
      scores: result.enough ? result.scores : [],
      toFindOut: result.toFindOut,
    },
  };
}

function EvidenceList({ title, items }: { title: string; items: Evidence[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="score__evidence-title">{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.question}>
            {item.question} <strong>{item.answer}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

function FindOutList({ items }: { items: Array<{ question: string; findOut: string }> }) {
  return (
    <>
      <p>For each question you were not sure about, here is who to ask or what to look at.</p>
      <ul>
        {items.map((item) => (
          <li key={item.question}>
            <strong>{item.question}</strong> {item.findOut}
          </li>
        ))}
      </ul>
    </>
  );
}

function Score({ score, index, declare }: { score: TypeScore; index: number; declare: string | null }) {
  const label = systemTypeLabels[score.type];
  const toward = score.evidence.filter((item) => item.effect === "for");
  const away = score.evidence.filter((item) => item.effect === "against");
  return (
    <li className="score">
      <h2 className="score__title">
        {index + 1}. {label}: {score.closeness}% match
      </h2>
      <meter min={0} max={100} value={score.closeness} aria-label={`${label}: ${score.closeness}% match`} />
      <p>{systemTypeTheories[score.type]}</p>
      {score.evidence.length ? (
        <details>
          <summary>
            {score.evidence.length} answer{score.evidence.length === 1 ? "" : "s"} moved this score ({toward.length}{" "}
            toward, {away.length} away)
          </summary>
          <EvidenceList title={`Toward ${label.toLowerCase()}`} items={toward} />
          <EvidenceList title={`Away from ${label.toLowerCase()}`} items={away} />
        </details>
      ) : (
        <p className="muted">None of your answers moved this score.</p>
      )}
      {declare ? (
        <p>
          <Link to={declare}>Declare {label.toLowerCase()}</Link>
        </p>
      ) : null}
    </li>
  );
}

export default function DiagnosticResults() {
  const { allowed } = useOrganization();
  const { district, context, updatedAt, editHref, ids, earlier, result } = useLoaderData<typeof loader>();
  const scope = context ? `${district.name}: ${context}` : district.name;
  const declareLink = (type: TypeScore["type"]) =>
    allowed.declareTypology
      ? href("/o/:slug/districts/:districtId/declare", ids, new URLSearchParams({ type, context }))
      : null;
  return (
    <section aria-labelledby="results-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <h1 id="results-title">Which kind of system is {scope}?</h1>
      <p className="muted">Answers saved {updatedAt}.</p>
      {earlier ? (
        <div className="notice">
          <p>
            These answers were given to an earlier set of questions. The results below read them against today's
            questions where a question is the same; the new questions count as "Not sure" until you{" "}
            <Link to={editHref}>revise the answers</Link>.
          </p>
          <details>
            <summary>The questions and answers as given</summary>
            <ol>
              {earlier.map((item) => (
                <li key={item.question}>
                  {item.question} <strong>{item.answer}</strong>
                </li>
              ))}
            </ol>
          </details>
        </div>
      ) : null}
      {result === null ? (
        <p className="notice notice--error" role="alert">
          These answers cannot be read any more. <Link to={editHref}>Answer the questions again</Link> to see results.
        </p>
      ) : result.enough ? (
        <>
          <p>
            Real districts rarely match one type exactly. Here is how close your answers come to each, nearest first,
            with the answers that moved each score. Use it to talk it through with your coalition, then declare the type
            you recognise.
          </p>
          <ol className="score-list">
            {result.scores.map((score, index) => (
              <Score key={score.type} score={score} index={index} declare={declareLink(score.type)} />
            ))}
          </ol>
          {allowed.declareTypology ? null : (
            <p>An organizer of your coalition can declare the type from these results.</p>
          )}
        </>
      ) : (
        <div className="notice" role="status">
          <h2>Not enough to go on yet</h2>
          <p>
            {result.answered} of {result.total} questions have an answer other than "Not sure". Fulcrum shows how close
            each type comes once at least {minimumAnswered} do, so that a handful of answers cannot decide it. No type
            is a match yet.
          </p>
        </div>
      )}
      {result && result.toFindOut.length ? (
        result.enough ? (
          <details className="find-out">
            <summary>To sharpen this, find out more ({result.toFindOut.length})</summary>
            <FindOutList items={result.toFindOut} />
          </details>
        ) : (
          <section className="find-out" aria-labelledby="find-out-title">
            <h2 id="find-out-title">What to find out</h2>
            <FindOutList items={result.toFindOut} />
          </section>
        )
      ) : null}
      <p>
        <Link to={editHref}>Revise the answers</Link>
      </p>
    </section>
  );
}
