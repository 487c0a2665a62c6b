import { Link } from "@remix-run/react";

import { href } from "~/lib/paths";
import { gapAnchor } from "~/lib/playbook-points";
import type { Domain, Locus } from "~/lib/typology";

/** "Add a target here" for a main lever with nobody mapped: the form comes filled in, and saving returns to the
 * gap in the playbook. */
export function AddTargetHere({
  slug,
  districtId,
  cell,
}: {
  slug: string;
  districtId: string;
  cell: { domain: Domain; locus: Locus };
}) {
  const ids = { slug, districtId };
  const returnTo = `${href("/o/:slug/districts/:districtId/playbook", ids)}#${gapAnchor(cell)}`;
  return (
    <Link to={href("/o/:slug/districts/:districtId/targets/new", ids, { ...cell, returnTo })}>Add a target here</Link>
  );
}
