import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { BarChart } from "~/components/bar-chart";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { cellText, fewestSharing, smallestShown, type Cell } from "~/lib/small-counts";
import { typologyKeys } from "~/lib/typology/keys";
import { stateName } from "~/lib/us-states";
import { stateOverview } from "~/models/state-overview.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "State overview · Fulcrum" }];

const shown = (cell: Cell) => ({ value: cell, shown: cellText(cell) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "overview.view");
  // Counts of coalitions' declarations are for verified agencies only.
  if (!organization.verifiedAt) return { pending: true as const, state: stateName(organization.state) };
  // The model has already hidden every small number; only snapshots recorded at month ends reach this page.
  const { months, latest, guidance } = stateOverview(organization);
  // The page is still English; the types are named in the reader's language, as on every coalition page.
  const { t } = await requestTranslator(request, "typology");
  const rows = (counts: (typeof months)[number]["counts"]) =>
    counts.map(({ type, count }) => ({ type, label: t(typologyKeys.systemType[type].name), ...shown(count) }));
  return {
    pending: false as const,
    state: stateName(organization.state),
    latest: latest && { label: latest.label, enough: latest.enough, rows: rows(latest.counts) },
    history: months.map((month) => ({
      month: month.month,
      label: month.label,
      enough: month.enough,
      rows: rows(month.counts),
    })),
    guidance: guidance.map((item) => ({
      id: item.id,
      title: item.title,
      counted: item.counted,
      read: cellText(item.read),
      readLatest: cellText(item.readLatest),
      acknowledged: cellText(item.acknowledged),
    })),
  };
}

export default function StateOverview() {
  const data = useLoaderData<typeof loader>();
  if (data.pending) {
    return (
      <section aria-labelledby="overview-title">
        <h1 id="overview-title">State overview</h1>
        <p className="notice">
          The overview is waiting for your agency to be verified. Once the operators of this server verify your agency,
          this page shows how {data.state}'s districts are organized, counted from the coalitions that choose to share.
        </p>
      </section>
    );
  }
  return <VerifiedOverview {...data} />;
}

type Overview = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { pending: false }>;

function VerifiedOverview({ state, latest, history, guidance }: Overview) {
  const { organization } = useOrganization();
  const shownHistory = history.filter((month) => month.enough);
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">How {state}'s coalitions see their districts</h1>
      <section aria-labelledby="overview-rules" className="narrow">
        <h2 id="overview-rules">What you can see here, and what you never see</h2>
        <ul>
          <li>
            Only coalitions in {state} that chose to share are counted. Sharing is off unless a coalition turns it on. A
            coalition with a member who also belongs to a state agency in {state} is never counted.
          </li>
          <li>
            Every number counts coalitions, not districts: a coalition counts once for each system type that one of its
            districts is declared as a whole.
          </li>
          <li>
            Any number below {smallestShown}, zero included, shows as “fewer than {smallestShown}”. Nothing at all is
            shown for a month until at least {fewestSharing} coalitions in {state} were counted in it.
          </li>
          <li>
            The numbers are recorded once, just after each month ends, and never change afterwards. This month appears
            once it is over.
          </li>
          <li>Reads of your guidance are counted the same way: only from coalitions that share, once a month.</li>
          <li>
            You never see which coalition declared what, nor a coalition's name, targets, campaigns, meetings, asks,
            tasks, members or notes.
          </li>
        </ul>
      </section>

      <h2>Declared system types{latest ? `, end of ${latest.label}` : ""}</h2>
      {!latest ? (
        <p className="muted">Nothing has been recorded yet. The first numbers appear after this month ends.</p>
      ) : !latest.enough ? (
        <p className="muted">
          Fewer than {fewestSharing} coalitions in {state} shared at the end of {latest.label}, so there is nothing to
          show yet.
        </p>
      ) : (
        <>
          <BarChart
            title={`Coalitions in ${state} by declared system type, end of ${latest.label}`}
            bars={latest.rows}
          />
          <table className="table">
            <caption className="visually-hidden">Coalitions by declared system type, end of {latest.label}</caption>
            <thead>
              <tr>
                <th scope="col">System type</th>
                <th scope="col">Coalitions</th>
              </tr>
            </thead>
            <tbody>
              {latest.rows.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{row.label}</th>
                  <td data-label="Coalitions">{row.shown}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {shownHistory.length > 1 ? (
        <>
          <h2>Month by month</h2>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">Coalitions by declared system type at the end of each month</caption>
              <thead>
                <tr>
                  <th scope="col">System type</th>
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
                    <th scope="row">{row.label}</th>
                    {shownHistory.map((month) => (
                      <td key={month.month} data-label={month.label}>
                        {month.rows[index]!.shown}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <h2>How your guidance was received{latest ? `, end of ${latest.label}` : ""}</h2>
      {guidance.length === 0 ? (
        <p className="muted">
          Nothing published yet. <Link to={href("/o/:slug/guidance", { slug: organization.slug })}>Write guidance</Link>
          .
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Coalitions that read and acknowledged each piece of guidance</caption>
          <thead>
            <tr>
              <th scope="col">Guidance</th>
              <th scope="col">Read</th>
              <th scope="col">Read the latest version</th>
              <th scope="col">Acknowledged</th>
            </tr>
          </thead>
          <tbody>
            {guidance.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                {item.counted ? (
                  <>
                    <td data-label="Read">{item.read}</td>
                    <td data-label="Read the latest version">{item.readLatest}</td>
                    <td data-label="Acknowledged">{item.acknowledged}</td>
                  </>
                ) : (
                  <td colSpan={3}>Counted after this month ends</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
