import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RecordHeading } from "~/components/record-page";
import { TargetBadges } from "~/components/target-badges";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { requestTranslator } from "~/services/i18n.server";
import { requireTarget } from "~/services/permissions.server";
import { districtLeverageMap } from "~/services/target-leverage.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "districts.view");
  const ids = { slug: organization.slug, districtId: district.id, targetId: target.id };
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("target.metaTitle", { name: target.name }),
    target,
    map: districtLeverageMap(district.id),
    targetsHref: href("/o/:slug/districts/:districtId/targets", { slug: organization.slug, districtId: district.id }),
    editHref: href("/o/:slug/districts/:districtId/targets/:targetId/edit", ids),
    deleteHref: href("/o/:slug/districts/:districtId/targets/:targetId/delete", ids),
  };
}

export default function TargetPage() {
  const { allowed } = useOrganization();
  const { target, map, targetsHref, editHref, deleteHref } = useLoaderData<typeof loader>();
  const { t } = useTranslation("districts");
  return (
    <section aria-labelledby="target-title">
      <p className="breadcrumb">
        <Link to={targetsHref}>{t("targets.breadcrumb")}</Link>
      </p>
      <RecordHeading
        id="target-title"
        title={target.name}
        editHref={editHref}
        deleteHref={deleteHref}
        editable={allowed.editTargets}
      />
      <dl className="facts">
        <div>
          <dt>{t("target.title")}</dt>
          <dd>{target.title || t("notRecorded")}</dd>
        </div>
        <div>
          <dt>{t("target.worksAt")}</dt>
          <dd>{target.locus === "school" ? target.schoolName : t("target.theCentralOffice")}</dd>
        </div>
        <div>
          <dt>{t("target.email")}</dt>
          <dd>{target.email ? <a href={`mailto:${target.email}`}>{target.email}</a> : t("notRecorded")}</dd>
        </div>
        <div>
          <dt>{t("target.phone")}</dt>
          <dd>
            {target.phone ? (
              <a href={`tel:${target.phone.replace(/[^0-9+]/g, "")}`}>{target.phone}</a>
            ) : (
              t("notRecorded")
            )}
          </dd>
        </div>
      </dl>
      <h2>{t("target.leverage")}</h2>
      <TargetBadges domains={target.domains} locus={target.locus} map={map} />
      {target.notes ? (
        <>
          <h2>{t("target.notes")}</h2>
          <p className="prewrap">{target.notes}</p>
        </>
      ) : null}
    </section>
  );
}
