import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { OperatorNav } from "~/components/operator-nav";
import { formatMoment } from "~/lib/format-dates";
import { href } from "~/lib/paths";
import { reportStatusLabels, reportSubjectLabels } from "~/lib/reports";
import { closedReportsShown, listReports } from "~/models/report.server";
import { requireOperator } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Reports · Fulcrum operators" }];

type Row = ReturnType<typeof listReports>["open"][number];

const summary = (row: Row) => ({
  id: row.report.id,
  subject: reportSubjectLabels[row.report.subject],
  status: row.report.status,
  coalitionName: row.coalitionName,
  reporterName: row.report.reporterName,
  agencyName: row.agencyName,
  agencySuspended: row.agencySuspendedAt !== null,
  guidanceTitle: row.guidanceTitle ?? "(guidance since deleted)",
  reason: row.report.reason,
  at: row.report.createdAt.toISOString(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOperator(request);
  const { open, closed } = listReports();
  return {
    open: open.map(summary),
    closed: closed.map(summary),
    closedShown: closedReportsShown,
  };
}

function ReportTable({ caption, rows }: { caption: string; rows: ReturnType<typeof summary>[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who reported</th>
          <th scope="col">What</th>
          <th scope="col">Reason</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td data-label="When (UTC)">{formatMoment(row.at, "short", "UTC")}</td>
            <td data-label="Who reported">
              {row.reporterName}
              <span className="choice__description">{row.coalitionName}</span>
            </td>
            <td data-label="What">
              <Link to={href("/operator/reports/:reportId", { reportId: row.id })}>
                {row.subject}: {row.subject === reportSubjectLabels.agency ? row.agencyName : row.guidanceTitle}
              </Link>
              <span className="choice__description">
                {row.agencyName}
                {row.agencySuspended ? " (suspended)" : ""} · guidance “{row.guidanceTitle}”
              </span>
            </td>
            <td className="prewrap" data-label="Reason">
              {row.reason}
            </td>
            <td data-label="Status">{reportStatusLabels[row.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function OperatorReports() {
  const { open, closed, closedShown } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="reports-title">
      <OperatorNav />
      <h1 id="reports-title">Reports</h1>
      <p>What coalitions reported about guidance and agencies. Open reports come first, the longest waiting on top.</p>
      <h2>Open ({open.length})</h2>
      {open.length === 0 ? (
        <p className="muted">No open reports.</p>
      ) : (
        <ReportTable caption="Open reports, oldest first" rows={open} />
      )}
      <h2>Closed</h2>
      {closed.length === 0 ? (
        <p className="muted">No closed reports yet.</p>
      ) : (
        <>
          <ReportTable caption="Closed reports, most recently closed first" rows={closed} />
          {closed.length === closedShown ? (
            <p className="muted">The {closedShown} most recently closed are shown.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
