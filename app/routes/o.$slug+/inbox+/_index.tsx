import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { formatMoment } from "~/lib/format-dates";
import { inboxStateText } from "~/lib/labels";
import { coalitionInbox } from "~/models/guidance.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Guidance inbox · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.read");
  return {
    items: coalitionInbox(organization).map((item) => ({
      id: item.id,
      title: item.version.title,
      summary: item.version.summary,
      agencyName: item.agencyName,
      verifiedBy: item.verifiedBy,
      state: item.state,
      publishedAt: formatMoment(item.version.publishedAt, "date", organization.timeZone),
    })),
  };
}

export default function GuidanceInbox() {
  const { items } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">Guidance from your state</h1>
      <p>Guidance your state education agency published for coalitions like yours. New and updated items come first.</p>
      {items.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ul className="card-list">
          {[...items]
            .sort(
              (a, b) =>
                Number(b.state === "new" || b.state === "updated") - Number(a.state === "new" || a.state === "updated"),
            )
            .map((item) => (
              <li key={item.id} className="card">
                <h2>
                  <Link to={item.id}>{item.title}</Link>
                </h2>
                <p className="muted">
                  <strong>{inboxStateText[item.state]}</strong> · {item.agencyName} (
                  <span className="verified-mark">{item.verifiedBy}</span>) · {item.publishedAt}
                </p>
                {item.summary ? <p>{item.summary}</p> : null}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
