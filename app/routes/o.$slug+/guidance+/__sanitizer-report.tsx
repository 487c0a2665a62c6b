import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import type { RemovedItem } from "~/lib/markdown.server";

const removedKeys = {
  element: "guidance-editor:sanitizer.element",
  attribute: "guidance-editor:sanitizer.attribute",
  schemeLink: "guidance-editor:sanitizer.schemeLink",
  protocolRelativeLink: "guidance-editor:sanitizer.protocolRelativeLink",
  otherLink: "guidance-editor:sanitizer.otherLink",
} as const satisfies Record<RemovedItem["kind"], string>;

/**
 * Tells an agency's author what the sanitizer took out of their guidance, so a missing script, picture or link
 * in the preview is explained rather than a surprise (coalitions see the same cleaned text).
 */
export function SanitizerReport({ removed }: { removed: RemovedItem[] }) {
  const { t } = useTranslation("guidance-editor");
  if (removed.length === 0) return null;
  const items = removed.map(({ kind, name, count }) => t(removedKeys[kind], { count, name })).join(", ");
  return (
    <div className="notice" role="status">
      <p>
        <strong>{t("sanitizer.removed", { items })}</strong>
      </p>
      <p>
        <Trans t={t} i18nKey="sanitizer.explanation" components={{ linked: <Link to="edit" /> }} />
      </p>
    </div>
  );
}
