import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { inSentence } from "~/lib/in-sentence";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import {
  currentAnswers,
  diagnose,
  minimumAnswered,
  type Evidence,
  type ToFindOut,
  type TypeScore,
} from "~/lib/typology/diagnostic";
import { v1AnswerList } from "~/lib/typology/diagnostic-v1";
import { typologyKeys } from "~/lib/typology/keys";
import { useLocale } from "~/lib/use-language";
import { requestTranslator } from "~/services/i18n.server";
import { requireDiagnostic } from "~/services/permissions.server";

export const handle = { i18n: ["diagnostic"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  const { t, language } = await requestTranslator(request, "diagnostic");
  const ids = { slug: organization.slug, districtId: district.id };
  const answers = currentAnswers(diagnostic.saved);
  const result = answers ? diagnose(answers) : null;
  return {
    title: t("results.metaTitle"),
    district: { name: district.name, href: href("/o/:slug/districts/:districtId", ids) },
    context: diagnostic.context,
    updatedAt: formatMoment(diagnostic.updatedAt, "date", organization.timeZone, localeFor(language)),
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
  const { t } = useTranslation("diagnostic");
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="score__evidence-title">{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.question}>
            {t(item.question)} <strong>{t(item.answer)}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

function FindOutList({ items }: { items: ToFindOut[] }) {
  const { t } = useTranslation("diagnostic");
  return (
    <>
      <p>{t("results.findOutIntro")}</p>
      <ul>
        {items.map((item) => (
          <li key={item.question}>
            <strong>{t(item.question)}</strong> {t(item.findOut)}
          </li>
        ))}
      </ul>
    </>
  );
}

function Score({ score, index, declare }: { score: TypeScore; index: number; declare: string | null }) {
  const { t } = useTranslation("diagnostic");
  const locale = useLocale();
  const label = t(typologyKeys.systemType[score.type].name);
  const lower = inSentence(label, locale);
  const toward = score.evidence.filter((item) => item.effect === "for");
  const away = score.evidence.filter((item) => item.effect === "against");
  const match = t("results.match", { type: label, closeness: formatCount(score.closeness, locale) });
  return (
    <li className="score">
      <h2 className="score__title">{t("results.numbered", { number: index + 1, text: match })}</h2>
      <meter min={0} max={100} value={score.closeness} aria-label={match} />
      <p>{t(typologyKeys.systemType[score.type].theory)}</p>
      {score.evidence.length ? (
        <details>
          <summary>
            {t("results.moved", { count: score.evidence.length, toward: toward.length, away: away.length })}
          </summary>
          <EvidenceList title={t("results.toward", { type: lower })} items={toward} />
          <EvidenceList title={t("results.away", { type: lower })} items={away} />
        </details>
      ) : (
        <p className="muted">{t("results.notMoved")}</p>
      )}
      {declare ? (
        <p>
          <Link to={declare}>{t("results.declare", { type: lower })}</Link>
        </p>
      ) : null}
    </li>
  );
}

export default function DiagnosticResults() {
  const { allowed } = useOrganization();
  const { t } = useTranslation("diagnostic");
  const { district, context, updatedAt, editHref, ids, earlier, result } = useLoaderData<typeof loader>();
  const scope = context ? t("results.scope", { district: district.name, context }) : district.name;
  const declareLink = (type: TypeScore["type"]) =>
    allowed.declareTypology
      ? href("/o/:slug/districts/:districtId/declare", ids, new URLSearchParams({ type, context }))
      : null;
  return (
    <section aria-labelledby="results-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <h1 id="results-title">{t("results.title", { scope })}</h1>
      <p className="muted">{t("results.saved", { date: updatedAt })}</p>
      {earlier ? (
        <div className="notice">
          <p>
            <Trans t={t} i18nKey="results.earlier" components={{ linked: <Link to={editHref} /> }} />
          </p>
          <details>
            <summary>{t("results.earlierAsGiven")}</summary>
            <ol>
              {earlier.map((item) => (
                <li key={item.question}>
                  {t(item.question)} <strong>{t(item.answer)}</strong>
                </li>
              ))}
            </ol>
          </details>
        </div>
      ) : null}
      {result === null ? (
        <p className="notice notice--error" role="alert">
          <Trans t={t} i18nKey="results.unreadable" components={{ linked: <Link to={editHref} /> }} />
        </p>
      ) : result.enough ? (
        <>
          <p>{t("results.ranking")}</p>
          <ol className="score-list">
            {result.scores.map((score, index) => (
              <Score key={score.type} score={score} index={index} declare={declareLink(score.type)} />
            ))}
          </ol>
          {allowed.declareTypology ? null : <p>{t("results.askOrganizer")}</p>}
        </>
      ) : (
        <div className="notice" role="status">
          <h2>{t("results.notEnoughTitle")}</h2>
          <p>{t("results.notEnough", { answered: result.answered, total: result.total, minimum: minimumAnswered })}</p>
        </div>
      )}
      {result && result.toFindOut.length ? (
        result.enough ? (
          <details className="find-out">
            <summary>{t("results.sharpen", { count: result.toFindOut.length })}</summary>
            <FindOutList items={result.toFindOut} />
          </details>
        ) : (
          <section className="find-out" aria-labelledby="find-out-title">
            <h2 id="find-out-title">{t("results.findOutTitle")}</h2>
            <FindOutList items={result.toFindOut} />
          </section>
        )
      ) : null}
      <p>
        <Link to={editHref}>{t("results.revise")}</Link>
      </p>
    </section>
  );
}
