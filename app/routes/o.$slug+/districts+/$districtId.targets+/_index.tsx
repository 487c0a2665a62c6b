import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { TargetBadges } from "~/components/target-badges";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { domainLabels, locusLabels, systemTypeLabels } from "~/lib/typology";
import { listTargets } from "~/models/target.server";
import { requireDistrict } from "~/services/permissions.server";
import { districtPlaybookModel } from "~/services/target-leverage.server";

export const meta: MetaFunction = () => [{ title: "Targets · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const targets = listTargets(district.id);
  const leverage = districtPlaybookModel(district.id, targets);
  const gaps = (leverage?.model.gaps ?? []).map(({ key, domain, locus, holders }) => ({ key, domain, locus, holders }));
  return {
    district: {
      id: district.id,
      name: district.name,
      href: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    },
    targets,
    map: leverage?.model.leverageMap ?? null,
    type: leverage?.declaration.systemType ?? null,
    gaps,
  };
}

export default function Targets() {
  const { organization, allowed } = useOrganization();
  const { district, targets, map, type, gaps } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug, districtId: district.id };
  return (
    <section aria-labelledby="targets-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <div className="page-heading">
        <h1 id="targets-title">Targets in {district.name}</h1>
        {allowed.editTargets ? (
          <Link className="button" to={href("/o/:slug/districts/:districtId/targets/new", params)}>
            Add a target
          </Link>
        ) : null}
      </div>
      <p>
        The people and bodies your coalition seeks to influence.{" "}
        {type
          ? `Leverage follows the district-wide declaration: ${systemTypeLabels[type].toLowerCase()}.`
          : "Declare the district's type to see each target's leverage."}
      </p>

      {gaps.length ? (
        <>
          <h2>Main levers with no one mapped yet</h2>
          <p className="muted">
            The kinds of work where your district's type gives you the most pull (its primary leverage points).
          </p>
          <ul className="suggestions">
            {gaps.map((gap) => (
              <li key={gap.key} className="suggestion">
                <p>
                  <strong>
                    {domainLabels[gap.domain]} — {locusLabels[gap.locus]}
                  </strong>
                </p>
                <p className="muted">Usually held by: {gap.holders.join(", ")}.</p>
                {allowed.editTargets ? (
                  <p>
                    <Link
                      to={href("/o/:slug/districts/:districtId/targets/new", params, {
                        locus: gap.locus,
                        domain: gap.domain,
                      })}
                    >
                      Add a target here
                      <span className="visually-hidden">
                        {" "}
                        for {domainLabels[gap.domain]}, {locusLabels[gap.locus]}
                      </span>
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Mapped targets</h2>
      {targets.length === 0 ? (
        <p className="empty">No targets yet.</p>
      ) : (
        <ul className="card-list">
          {targets.map((target) => (
            <li key={target.id} className="card">
              <h3>
                <Link to={href("/o/:slug/districts/:districtId/targets/:targetId", { ...params, targetId: target.id })}>
                  {target.name}
                </Link>
              </h3>
              <p className="muted">
                {[target.title, target.locus === "school" ? target.schoolName : "Central office"]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <TargetBadges domains={target.domains} locus={target.locus} map={map} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
