import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BarChart } from "~/components/bar-chart";
import { requireMembership } from "~/lib/permissions.server";
import { systemTypes } from "~/lib/typology";
import { systemTypeLabels } from "~/lib/typology/vocabulary";
import { shownCount, smallestShown } from "~/lib/small-counts";
import { stateOverview } from "~/models/state-overview.server";
import { stateName } from "~/lib/us-states";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction = () => [{ title: "State overview · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "overview.view");
  // Counts of coalitions' declarations are for verified agencies only.
  if (!organization.verifiedAt) return { pending: true as const, state: stateName(organization.state) };
  const overview = stateOverview(organization);
  // Only the shown form of each number leaves the server.
  const shown = (counts: Record<string, number>) => systemTypes.map((type) => ({ type, label: systemTypeLabels[type], shown: shownCount(counts[type]!), value: shownCount(counts[type]!).startsWith("<") ? 0 : counts[type]! }));
  return {
    pending: false as const,
    state: stateName(organization.state),
    current: shown(overview.current),
    history: overview.history.map((month) => ({ label: month.label, counts: shown(month.counts) })),
    guidance: overview.guidance.map((item) => ({ id: item.id, title: item.title, read: shownCount(item.read), readLatest: shownCount(item.readLatest), acknowledged: shownCount(item.acknowledged) })),
  };
}

export default function StateOverview() {
  const data = useLoaderData<typeof loader>();
  if (data.pending) {
    return (
      <section aria-labelledby="overview-title">
        <h1 id="overview-title">State overview</h1>
        <p className="notice">
          The overview is waiting for your agency to be verified. Once the operators of this server verify your
          agency, this page shows how {data.state}'s districts are organized, counted from the coalitions that choose to share.
        </p>
      </section>
    );
  }
  return <VerifiedOverview {...data} />;
}

type Overview = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { pending: false }>;

function VerifiedOverview({ state, current, history, guidance }: Overview) {
  const { organization } = useOrganization();
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">How {state}'s districts are organized</h1>
      <p>
        Counted from the coalitions in {state} that chose to share their district's declared system type with you (sharing is off
        unless a coalition turns it on). Counts of 1 or 2 show as “&lt;{smallestShown}” so that no single coalition can be picked out.
        You never see which coalition declared what, nor anything else they record.
      </p>
      <h2>Districts by declared system type, today</h2>
      <BarChart title={`Districts in ${state} by declared system type`} bars={current} />
      <table className="table">
        <caption className="visually-hidden">Districts by declared system type, today</caption>
        <thead>
          <tr>
            <th scope="col">System type</th>
            <th scope="col">Districts</th>
          </tr>
        </thead>
        <tbody>
          {current.map((row) => (
            <tr key={row.type}>
              <th scope="row">{row.label}</th>
              <td>{row.shown}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>How declarations shifted, month by month</h2>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Districts by declared system type at the end of each month</caption>
          <thead>
            <tr>
              <th scope="col">System type</th>
              {history.map((month) => (
                <th scope="col" key={month.label}>
                  {month.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {systemTypes.map((type, index) => (
              <tr key={type}>
                <th scope="row">{current[index]!.label}</th>
                {history.map((month) => (
                  <td key={month.label}>{month.counts[index]!.shown}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>How your guidance was received</h2>
      {guidance.length === 0 ? (
        <p className="muted">
          Nothing published yet. <Link to={`/o/${organization.slug}/guidance`}>Write guidance</Link>.
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
                <td>{item.read}</td>
                <td>{item.readLatest}</td>
                <td>{item.acknowledged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
