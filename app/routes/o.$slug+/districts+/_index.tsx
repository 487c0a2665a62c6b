import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { stateName } from "~/lib/us-states";
import { listDistricts } from "~/models/district.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Districts · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "districts.view");
  return { districts: listDistricts(organization.id) };
}

export default function Districts() {
  const { organization, allowed } = useOrganization();
  const { districts } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug };
  return (
    <section aria-labelledby="districts-title">
      <div className="page-heading">
        <h1 id="districts-title">Districts</h1>
        {allowed.editDistricts ? (
          <Link className="button" to={href("/o/:slug/districts/new", params)}>
            Add a district
          </Link>
        ) : null}
      </div>
      {districts.length === 0 ? (
        <p className="empty">No districts yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Districts of {organization.name}</caption>
          <thead>
            <tr>
              <th scope="col">District</th>
              <th scope="col">State</th>
              <th scope="col">NCES id</th>
              <th scope="col">Schools</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((district) => (
              <tr key={district.id}>
                <th scope="row">
                  <Link to={href("/o/:slug/districts/:districtId", { ...params, districtId: district.id })}>
                    {district.name}
                  </Link>
                </th>
                <td data-label="State">{stateName(district.state)}</td>
                <td data-label="NCES id">{district.ncesId ?? "—"}</td>
                <td data-label="Schools">{district.schoolCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
