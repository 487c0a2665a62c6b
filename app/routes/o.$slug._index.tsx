import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { kindHas } from "~/lib/permissions";
import { requireMembership } from "~/lib/permissions.server";
import { stateName } from "~/lib/us-states";
import { listDistricts } from "~/models/district.server";
import { countMembers } from "~/models/membership.server";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Organization"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.view");
  const districts = kindHas(organization.kind, "districts.view") ? listDistricts(organization.id) : [];
  return {
    name: organization.name,
    memberCount: countMembers(organization.id),
    districts: districts.map(({ id, name, state, schoolCount }) => ({ id, name, state, schoolCount })),
  };
}

export default function OrganizationOverview() {
  const { organization, allowed } = useOrganization();
  const { memberCount, districts } = useLoaderData<typeof loader>();
  const base = `/o/${organization.slug}`;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{organization.name}</h1>
      <div className="summary-grid">
        <Link className="summary" to={`${base}/members`}>
          <span className="summary__number">{memberCount}</span> {memberCount === 1 ? "member" : "members"}
        </Link>
        {allowed.viewDistricts ? (
          <Link className="summary" to={`${base}/districts`}>
            <span className="summary__number">{districts.length}</span> {districts.length === 1 ? "district" : "districts"}
          </Link>
        ) : null}
      </div>

      {allowed.viewDistricts ? (
        <>
          <h2>Districts you work in</h2>
          {districts.length === 0 ? (
            <div className="empty">
              <p>No district recorded yet. Start with the district your coalition wants to influence.</p>
              {allowed.editDistricts ? (
                <Link className="button" to={`${base}/districts/new`}>
                  Add a district
                </Link>
              ) : null}
            </div>
          ) : (
            <ul className="card-list">
              {districts.map((district) => (
                <li key={district.id} className="card">
                  <h3>
                    <Link to={`${base}/districts/${district.id}`}>{district.name}</Link>
                  </h3>
                  <p className="muted">
                    {stateName(district.state)} · {district.schoolCount} {district.schoolCount === 1 ? "school" : "schools"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p>
          Guidance publishing and the state overview arrive in a coming release. For now you can gather your team on
          the <Link to={`${base}/members`}>members page</Link>.
        </p>
      )}
    </section>
  );
}
