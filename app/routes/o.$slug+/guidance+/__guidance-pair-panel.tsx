import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import type { GuidanceStatus } from "~/lib/domain";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";

import type { PairPanelData } from "./__guidance-pair.server";
import { pairLanguageKeys } from "./__translation-fields";

const statusKeys = {
  draft: "guidance-pairs:status.draft",
  published: "guidance-pairs:status.published",
  withdrawn: "guidance-pairs:status.withdrawn",
} as const satisfies Record<GuidanceStatus, string>;

/** On the agency's guidance page: its other language's version, or a link to write it. */
export function GuidancePairPanel({ pair }: { pair: PairPanelData }) {
  const { organization } = useOrganization();
  const { t } = useTranslation("guidance-pairs");
  const language = t(pairLanguageKeys[pair.otherLanguage]);
  const other = pair.other;
  const otherLink = other ? (
    <Link
      to={href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: other.id })}
      lang={other.language}
    />
  ) : null;
  return (
    <aside className="guidance-pair" aria-labelledby="guidance-pair-title">
      <h2 id="guidance-pair-title">{t("panel.heading")}</h2>
      {other && otherLink ? (
        <p>
          <Trans
            t={t}
            i18nKey={pair.isTranslation ? "guidance-pairs:panel.original" : "guidance-pairs:panel.translation"}
            values={{
              language: t(pairLanguageKeys[pair.isTranslation ? pair.language : pair.otherLanguage]),
              title: other.title,
              status: t(statusKeys[other.status]),
            }}
            components={{ linked: otherLink }}
          />
        </p>
      ) : (
        <>
          <p>{t("panel.none", { language })}</p>
          <p>
            <Link
              className="button button--secondary"
              to={href("/o/:slug/guidance/:guidanceId/translation", {
                slug: organization.slug,
                guidanceId: pair.id,
              })}
            >
              {t("panel.write", { language })}
            </Link>
          </p>
        </>
      )}
      <p className="field__hint">{t("panel.howShown")}</p>
      {other && !pair.isTranslation ? <p className="field__hint">{t("panel.withdrawBoth", { language })}</p> : null}
    </aside>
  );
}
