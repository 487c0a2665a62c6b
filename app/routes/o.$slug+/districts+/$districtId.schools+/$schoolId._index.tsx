import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { schoolLevelLabels } from "~/lib/labels";
import { requireSchool } from "~/services/permissions.server";
import { useOrganization } from "~/lib/organization-context";
import { RecordHeading } from "~/components/record-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.school.name ?? "School"} · Fulcrum` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.view");
  return {
    school: { id: school.id, name: school.name, level: school.level, ncesId: school.ncesId },
    district: { name: district.name, href: `/o/${organization.slug}/districts/${district.id}` },
  };
}

export default function SchoolPage() {
  const { allowed } = useOrganization();
  const { school, district } = useLoaderData<typeof loader>();
  const base = `${district.href}/schools/${school.id}`;
  return (
    <section aria-labelledby="school-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <RecordHeading id="school-title" title={school.name} base={base} editable={allowed.editDistricts} />
      <dl className="facts">
        <div>
          <dt>Level</dt>
          <dd>{schoolLevelLabels[school.level]}</dd>
        </div>
        <div>
          <dt>District</dt>
          <dd>{district.name}</dd>
        </div>
        <div>
          <dt>NCES school id</dt>
          <dd>{school.ncesId ?? "Not recorded"}</dd>
        </div>
      </dl>
    </section>
  );
}
