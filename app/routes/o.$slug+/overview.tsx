import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { BarChart } from "~/components/bar-chart";
import { Trans } from "~/components/trans";
import { localeFor } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { fewestSharing, smallestShown, type Cell } from "~/lib/small-counts";
import { typologyKeys } from "~/lib/typology/keys";
import { stateName } from "~/lib/us-states";
import { useLocale } from "~/lib/use-language";
import { stateOverview } from "~/models/state-overview.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const handle = { i18n: ["agency"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "overview.view");
  const { t, language } = await requestTranslator(request, "agency");
  const title = t("overview.metaTitle");
  const state = stateName(organization.state, language);
  // Counts of coalitions' declarations are for verified agencies only.
  if (!organization.verifiedAt) return { pending: true as const, title, state };
  // The model has already hidden every small number; only snapshots recorded at month ends reach this page.
  const { months, latest, guidance } = stateOverview(organization, localeFor(language));
  return {
    pending: false as const,
    title,
    state,
    latest: latest && { label: latest.label, enough: latest.enough, rows: latest.counts },
    history: months.map((month) => ({
      month: month.month,
      label: month.label,
      enough: month.enough,
      rows: month.counts,
    })),
    guidance,
  };
}

export default function StateOverview() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("agency");
  if (data.pending) {
    return (
      <section aria-labelledby="overview-title">
        <h1 id="overview-title">{t("overview.pendingTitle")}</h1>
        <p className="notice">{t("overview.pending", { state: data.state })}</p>
      </section>
    );
  }
  return <VerifiedOverview {...data} />;
}

type Overview = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { pending: false }>;

function VerifiedOverview({ state, latest, history, guidance }: Overview) {
  const { organization } = useOrganization();
  const { t } = useTranslation("agency");
  const locale = useLocale();
  // A hidden cell reads as words rather than a symbol, for people reading on a phone.
  const cell = (value: Cell) =>
    value === null ? t("overview.fewerThan", { smallest: smallestShown }) : formatCount(value, locale);
  const typeName = (type: Overview["history"][number]["rows"][number]["type"]) => t(typologyKeys.systemType[type].name);
  const shownHistory = history.filter((month) => month.enough);
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t("overview.title", { state })}</h1>
      <section aria-labelledby="overview-rules" className="narrow">
        <h2 id="overview-rules">{t("overview.rules.title")}</h2>
        <ul>
          <li>{t("overview.rules.sharing", { state })}</li>
          <li>{t("overview.rules.distinct")}</li>
          <li>{t("overview.rules.small", { smallest: smallestShown, fewest: fewestSharing, state })}</li>
          <li>{t("overview.rules.monthly")}</li>
          <li>{t("overview.rules.reads")}</li>
          <li>{t("overview.rules.never")}</li>
        </ul>
      </section>

      <h2>{latest ? t("overview.types.titleAt", { month: latest.label }) : t("overview.types.title")}</h2>
      {!latest ? (
        <p className="muted">{t("overview.types.none")}</p>
      ) : !latest.enough ? (
        <p className="muted">{t("overview.types.notEnough", { fewest: fewestSharing, state, month: latest.label })}</p>
      ) : (
        <>
          <BarChart
            title={t("overview.types.chart", { state, month: latest.label })}
            bars={latest.rows.map((row) => ({ label: typeName(row.type), value: row.count, shown: cell(row.count) }))}
          />
          <table className="table">
            <caption className="visually-hidden">{t("overview.types.caption", { month: latest.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("overview.columns.type")}</th>
                <th scope="col">{t("overview.columns.coalitions")}</th>
              </tr>
            </thead>
            <tbody>
              {latest.rows.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{typeName(row.type)}</th>
                  <td data-label={t("overview.columns.coalitions")}>{cell(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {shownHistory.length > 1 ? (
        <>
          <h2>{t("overview.history.title")}</h2>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t("overview.history.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("overview.columns.type")}</th>
                  {shownHistory.map((month) => (
                    <th scope="col" key={month.month}>
                      {month.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shownHistory[0]!.rows.map((row, index) => (
                  <tr key={row.type}>
                    <th scope="row">{typeName(row.type)}</th>
                    {shownHistory.map((month) => (
                      <td key={month.month} data-label={month.label}>
                        {cell(month.rows[index]!.count)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <h2>{latest ? t("overview.reception.titleAt", { month: latest.label }) : t("overview.reception.title")}</h2>
      {guidance.length === 0 ? (
        <p className="muted">
          <Trans
            t={t}
            i18nKey="overview.reception.none"
            components={{ linked: <Link to={href("/o/:slug/guidance", { slug: organization.slug })} /> }}
          />
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("overview.reception.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("overview.reception.guidance")}</th>
              <th scope="col">{t("overview.reception.read")}</th>
              <th scope="col">{t("overview.reception.readLatest")}</th>
              <th scope="col">{t("overview.reception.acknowledged")}</th>
            </tr>
          </thead>
          <tbody>
            {guidance.map((item) => (
              <tr key={item.id}>
                <th scope="row" lang={item.language}>
                  {item.title}
                </th>
                {item.counted ? (
                  <>
                    <td data-label={t("overview.reception.read")}>{cell(item.read)}</td>
                    <td data-label={t("overview.reception.readLatest")}>{cell(item.readLatest)}</td>
                    <td data-label={t("overview.reception.acknowledged")}>{cell(item.acknowledged)}</td>
                  </>
                ) : (
                  <td colSpan={3}>{t("overview.reception.later")}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
