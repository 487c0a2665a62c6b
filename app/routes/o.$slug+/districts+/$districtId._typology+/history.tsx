import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { formatMoment } from "~/lib/format-dates";
import { href } from "~/lib/paths";
import { systemTypeLabels } from "~/lib/typology";
import { declarationHistory, describeChanges } from "~/models/typology.server";
import { requireDistrict } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Declaration history · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const history = declarationHistory(district.id);
  const entries = history.map((declaration, index) => {
    const previous = history.slice(index + 1).find((older) => older.context === declaration.context);
    return {
      id: declaration.id,
      context: declaration.context,
      type: systemTypeLabels[declaration.systemType],
      by: declaration.declaredByName,
      at: formatMoment(declaration.createdAt, "dateTime", organization.timeZone),
      note: declaration.note,
      changes: describeChanges(declaration, previous),
    };
  });
  return {
    district: {
      name: district.name,
      href: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    },
    entries,
  };
}

export default function DeclarationHistory() {
  const { district, entries } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="history-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <h1 id="history-title">Declaration history</h1>
      {entries.length === 0 ? (
        <p className="empty">No declarations yet.</p>
      ) : (
        <ol className="history" reversed>
          {entries.map((entry) => (
            <li key={entry.id} className="declaration">
              <h2 className="declaration__title">
                {entry.type} · {entry.context || "District-wide"}
              </h2>
              <p className="muted">
                {entry.by}, {entry.at}
              </p>
              <ul>
                {entry.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
              {entry.note ? <p>Note: {entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
