import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { RecordHeading } from "~/components/record-page";
import { schoolLevelLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { requireSchool } from "~/services/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.school.name ?? "School"} · Fulcrum` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.view");
  const ids = { slug: organization.slug, districtId: district.id, schoolId: school.id };
  return {
    school: { id: school.id, name: school.name, level: school.level, ncesId: school.ncesId },
    district: {
      name: district.name,
      href: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    },
    editHref: href("/o/:slug/districts/:districtId/schools/:schoolId/edit", ids),
    deleteHref: href("/o/:slug/districts/:districtId/schools/:schoolId/delete", ids),
  };
}

export default function SchoolPage() {
  const { allowed } = useOrganization();
  const { school, district, editHref, deleteHref } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="school-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <RecordHeading
        id="school-title"
        title={school.name}
        editHref={editHref}
        deleteHref={deleteHref}
        editable={allowed.editDistricts}
      />
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
