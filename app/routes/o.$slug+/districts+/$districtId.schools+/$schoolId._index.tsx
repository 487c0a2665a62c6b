import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RecordHeading } from "~/components/record-page";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { requestTranslator } from "~/services/i18n.server";
import { requireSchool } from "~/services/permissions.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.view");
  const ids = { slug: organization.slug, districtId: district.id, schoolId: school.id };
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("school.metaTitle", { name: school.name }),
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
  const { t } = useTranslation("districts");
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
          <dt>{t("fields.level")}</dt>
          <dd>{t(labelKeys.schoolLevel[school.level])}</dd>
        </div>
        <div>
          <dt>{t("list.district")}</dt>
          <dd>{district.name}</dd>
        </div>
        <div>
          <dt>{t("school.ncesId")}</dt>
          <dd>{school.ncesId ?? t("notRecorded")}</dd>
        </div>
      </dl>
    </section>
  );
}
