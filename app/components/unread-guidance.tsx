import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";

/** On the overview, a line that new or updated guidance from the state is waiting; nothing when all is read. */
export function UnreadGuidanceNotice() {
  const { organization, unreadGuidance } = useOrganization();
  const { t } = useTranslation("coalition");
  if (!unreadGuidance) return null;
  return (
    <p className="notice notice--info">
      <span className="count-badge" aria-hidden="true">
        {unreadGuidance}
      </span>{" "}
      <Link to={href("/o/:slug/inbox", { slug: organization.slug })}>
        {t("unreadGuidance", { count: unreadGuidance })}
      </Link>
    </p>
  );
}
