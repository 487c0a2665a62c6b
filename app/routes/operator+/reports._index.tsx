import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { OperatorNav } from "~/components/operator-nav";
import { formatMoment, type Locale } from "~/lib/format-dates";
import { href } from "~/lib/paths";
import { useLocale } from "~/lib/use-language";
import { closedReportsShown, listReports } from "~/models/report.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireOperator } from "~/services/permissions.server";

import { statusKeys, subjectKeys } from "./__report-keys";

export const handle = { i18n: ["operator"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

type Row = ReturnType<typeof listReports>["open"][number];

const summary = (row: Row) => ({
  id: row.report.id,
  subject: row.report.subject,
  status: row.report.status,
  coalitionName: row.coalitionName,
  reporterName: row.report.reporterName,
  agencyName: row.agencyName,
  agencySuspended: row.agencySuspendedAt !== null,
  guidanceTitle: row.guidanceTitle,
  reason: row.report.reason,
  at: row.report.createdAt.toISOString(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOperator(request);
  const { t } = await requestTranslator(request, "operator");
  const { open, closed } = listReports();
  return {
    title: t("reports.metaTitle"),
    open: open.map(summary),
    closed: closed.map(summary),
    closedShown: closedReportsShown,
  };
}

const agencyLineKey = (suspended: boolean) => (suspended ? "reports.agencyLineSuspended" : "reports.agencyLine");
// Operators serve every state: the column names the zone once.
const when = (iso: string, locale: Locale) => formatMoment(iso, "short", "UTC", locale);

function ReportTable({ caption, rows }: { caption: string; rows: ReturnType<typeof summary>[] }) {
  const { t } = useTranslation("operator");
  const locale = useLocale();
  const columns = {
    when: t("reports.columns.when"),
    who: t("reports.columns.who"),
    what: t("reports.columns.what"),
    reason: t("reports.columns.reason"),
    status: t("reports.columns.status"),
  };
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.when}</th>
          <th scope="col">{columns.who}</th>
          <th scope="col">{columns.what}</th>
          <th scope="col">{columns.reason}</th>
          <th scope="col">{columns.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const title = row.guidanceTitle ?? t("reports.guidanceDeleted");
          const agencyLine = agencyLineKey(row.agencySuspended);
          return (
            <tr key={row.id}>
              <td data-label={columns.when}>{when(row.at, locale)}</td>
              <td data-label={columns.who}>
                {row.reporterName}
                <span className="choice__description">{row.coalitionName}</span>
              </td>
              <td data-label={columns.what}>
                <Link to={href("/operator/reports/:reportId", { reportId: row.id })}>
                  {t(subjectKeys[row.subject], { agency: row.agencyName, title })}
                </Link>
                <span className="choice__description">{t(agencyLine, { agency: row.agencyName, title })}</span>
              </td>
              <td className="prewrap" data-label={columns.reason}>
                {row.reason}
              </td>
              <td data-label={columns.status}>{t(statusKeys[row.status])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export default function OperatorReports() {
  const { open, closed, closedShown } = useLoaderData<typeof loader>();
  const { t } = useTranslation("operator");
  return (
    <section aria-labelledby="reports-title">
      <OperatorNav />
      <h1 id="reports-title">{t("reports.title")}</h1>
      <p>{t("reports.intro")}</p>
      <h2>{t("reports.open", { count: open.length })}</h2>
      {open.length === 0 ? (
        <p className="muted">{t("reports.noneOpen")}</p>
      ) : (
        <ReportTable caption={t("reports.openCaption")} rows={open} />
      )}
      <h2>{t("reports.closed")}</h2>
      {closed.length === 0 ? (
        <p className="muted">{t("reports.noneClosed")}</p>
      ) : (
        <>
          <ReportTable caption={t("reports.closedCaption")} rows={closed} />
          {closed.length === closedShown ? (
            <p className="muted">{t("reports.closedShown", { count: closedShown })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
