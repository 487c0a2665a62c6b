import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { schoolLevelLabels } from "~/lib/labels";
import { requireDistrict } from "~/lib/permissions.server";
import { stateName } from "~/lib/us-states";
import { listSchools } from "~/models/district.server";
import { useOrganization } from "./o.$slug";
import { RecordHeading } from "~/components/record-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.district.name ?? "District"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district } = await requireDistrict(request, params, "districts.view");
  const schools = listSchools(district.id).map(({ id, name, level, ncesId }) => ({ id, name, level, ncesId }));
  return { district: { id: district.id, name: district.name, state: district.state, ncesId: district.ncesId }, schools };
}

export default function DistrictPage() {
  const { organization, allowed } = useOrganization();
  const { district, schools } = useLoaderData<typeof loader>();
  const base = `/o/${organization.slug}/districts/${district.id}`;
  return (
    <section aria-labelledby="district-title">
      <p className="breadcrumb">
        <Link to={`/o/${organization.slug}/districts`}>Districts</Link>
      </p>
      <RecordHeading id="district-title" title={district.name} base={base} editable={allowed.editDistricts} />
      <dl className="facts">
        <div>
          <dt>State</dt>
          <dd>{stateName(district.state)}</dd>
        </div>
        <div>
          <dt>NCES district id</dt>
          <dd>{district.ncesId ?? "Not recorded"}</dd>
        </div>
      </dl>

      <div className="page-heading">
        <h2>Schools</h2>
        {allowed.editDistricts ? (
          <Link className="button" to={`${base}/schools/new`}>
            Add a school
          </Link>
        ) : null}
      </div>
      {schools.length === 0 ? (
        <p className="empty">No schools recorded for this district yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Schools of {district.name}</caption>
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">Level</th>
              <th scope="col">NCES id</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.id}>
                <th scope="row">
                  <Link to={`${base}/schools/${school.id}`}>{school.name}</Link>
                </th>
                <td>{schoolLevelLabels[school.level]}</td>
                <td>{school.ncesId ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
