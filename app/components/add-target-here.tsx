import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";
import { gapAnchor } from "~/lib/playbook-points";
import type { Domain, Locus } from "~/lib/typology";

/** "Add a target here" for a main lever with nobody mapped: the form comes filled in, and saving returns to the
 * gap in the playbook. Its words are in "playbook-page": a route that renders it declares that namespace. */
export function AddTargetHere({
  slug,
  districtId,
  cell,
}: {
  slug: string;
  districtId: string;
  cell: { domain: Domain; locus: Locus };
}) {
  const { t } = useTranslation("playbook-page");
  const ids = { slug, districtId };
  const { domain, locus } = cell;
  const returnTo = `${href("/o/:slug/districts/:districtId/playbook", ids)}#${gapAnchor({ domain, locus })}`;
  return (
    <Link to={href("/o/:slug/districts/:districtId/targets/new", ids, { domain, locus, returnTo })}>
      {t("points.addTarget")}
    </Link>
  );
}
