import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatMoment } from "~/lib/format-dates";
import { href } from "~/lib/paths";
import { requireDiagnostic } from "~/services/permissions.server";
import { systemTypeLabels, systemTypeTheories } from "~/lib/typology";
import { diagnosticAnswersSchema, scoreDiagnostic } from "~/lib/typology/diagnostic";
import { useOrganization } from "~/lib/organization-context";

export const meta: MetaFunction = () => [{ title: "Diagnostic results · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  const answers = diagnosticAnswersSchema.safeParse(diagnostic.answers);
  const ids = { slug: organization.slug, districtId: district.id };
  return {
    district: { name: district.name, href: href("/o/:slug/districts/:districtId", ids) },
    context: diagnostic.context,
    updatedAt: formatMoment(diagnostic.updatedAt, "date", organization.timeZone),
    editHref: href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId/edit", {
      ...ids,
      diagnosticId: diagnostic.id,
    }),
    ids,
    // Answers saved before the questions changed cannot be scored fairly; the page asks for a revision instead.
    scores: answers.success ? scoreDiagnostic(answers.data) : null,
  };
}

export default function DiagnosticResults() {
  const { allowed } = useOrganization();
  const { district, context, updatedAt, editHref, ids, scores } = useLoaderData<typeof loader>();
  const scope = context ? `${district.name}: ${context}` : district.name;
  return (
    <section aria-labelledby="results-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <h1 id="results-title">Which kind of system is {scope}?</h1>
      <p className="muted">Answers saved {updatedAt}.</p>
      {scores === null ? (
        <p className="notice notice--error" role="alert">
          The questions changed since these answers were saved. <Link to={editHref}>Revise the answers</Link> to see
          results.
        </p>
      ) : (
        <>
          <p>
            Real districts rarely match one type exactly. Here is how close your answers come to each, nearest first,
            with the answers that pointed there. Use it to talk it through with your coalition, then declare the type
            you recognise.
          </p>
          <ol className="score-list">
            {scores.map((score, index) => (
              <li key={score.type} className="score">
                <h2 className="score__title">
                  {index + 1}. {systemTypeLabels[score.type]}: {score.closeness}% match
                </h2>
                <meter
                  min={0}
                  max={100}
                  value={score.closeness}
                  aria-label={`${systemTypeLabels[score.type]}: ${score.closeness}% match`}
                />
                <p>{systemTypeTheories[score.type]}</p>
                {score.pointedHere.length ? (
                  <details>
                    <summary>
                      {score.pointedHere.length} answer{score.pointedHere.length === 1 ? "" : "s"} pointed here
                    </summary>
                    <ul>
                      {score.pointedHere.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <p className="muted">None of your answers pointed here.</p>
                )}
                {allowed.declareTypology ? (
                  <p>
                    <Link
                      to={href(
                        "/o/:slug/districts/:districtId/declare",
                        ids,
                        new URLSearchParams({ type: score.type, context }),
                      )}
                    >
                      Declare {systemTypeLabels[score.type].toLowerCase()}
                      {context ? ` for ${context}` : ""}
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {allowed.declareTypology ? null : (
            <p>An organizer of your coalition can declare the type from these results.</p>
          )}
        </>
      )}
      <p>
        <Link to={editHref}>Revise the answers</Link>
      </p>
    </section>
  );
}
