import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { languageNames, type Language } from "~/lib/i18n";

/**
 * "Also available in Español": beside one version of a piece of guidance, the other language's version, one link
 * away. The language's name is written in that language and marked so, for screen readers.
 */
export function AlsoAvailableIn({ to, language }: { to: string; language: Language }) {
  const { t } = useTranslation("guidance-pairs");
  return (
    <p className="guidance-pair__other">
      <Trans
        t={t}
        i18nKey="guidance-pairs:alsoAvailable"
        values={{ language: languageNames[language] }}
        components={{ linked: <Link to={to} lang={language} hrefLang={language} /> }}
      />
    </p>
  );
}
