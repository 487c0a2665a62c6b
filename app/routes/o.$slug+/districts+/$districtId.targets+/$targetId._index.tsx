import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { RecordHeading } from "~/components/record-page";
import { TargetBadges } from "~/components/target-badges";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { requireTarget } from "~/services/permissions.server";
import { districtLeverageMap } from "~/services/target-leverage.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.target.name ?? "Target"} · Fulcrum` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "districts.view");
  const ids = { slug: organization.slug, districtId: district.id, targetId: target.id };
  return {
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
  return (
    <section aria-labelledby="target-title">
      <p className="breadcrumb">
        <Link to={targetsHref}>Targets</Link>
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
          <dt>Title or role</dt>
          <dd>{target.title || "Not recorded"}</dd>
        </div>
        <div>
          <dt>Works at</dt>
          <dd>{target.locus === "school" ? target.schoolName : "The central office"}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{target.email ? <a href={`mailto:${target.email}`}>{target.email}</a> : "Not recorded"}</dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>
            {target.phone ? <a href={`tel:${target.phone.replace(/[^0-9+]/g, "")}`}>{target.phone}</a> : "Not recorded"}
          </dd>
        </div>
      </dl>
      <h2>Leverage</h2>
      <TargetBadges domains={target.domains} locus={target.locus} map={map} />
      {target.notes ? (
        <>
          <h2>Notes</h2>
          <p className="prewrap">{target.notes}</p>
        </>
      ) : null}
    </section>
  );
}
