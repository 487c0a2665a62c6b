import { Link } from "@remix-run/react";

import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";

/** On the overview, a line that new or updated guidance from the state is waiting; nothing when all is read. */
export function UnreadGuidanceNotice() {
  const { organization, unreadGuidance } = useOrganization();
  if (!unreadGuidance) return null;
  return (
    <p className="notice notice--info">
      <span className="count-badge" aria-hidden="true">
        {unreadGuidance}
      </span>{" "}
      <Link to={href("/o/:slug/inbox", { slug: organization.slug })}>
        {unreadGuidance === 1
          ? "1 piece of guidance from your state is unread"
          : `${unreadGuidance} pieces of guidance from your state are unread`}
      </Link>
    </p>
  );
}
