import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { languageNames, languages, type Language } from "~/lib/i18n";
import { href } from "~/lib/paths";

/**
 * A plain form on every page (it works without JavaScript): the page reloads in the chosen language, and the
 * choice is kept in a cookie and, for someone signed in, in their account.
 */
export function LanguageSwitcher({ current }: { current: Language }) {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  return (
    <form method="post" action={href("/language")} className="language-switcher">
      <input type="hidden" name="returnTo" value={pathname + search + hash} />
      <span id="language-switcher-label">{t("languageSwitcher.label")}:</span>{" "}
      {languages.map((language) =>
        language === current ? (
          <span key={language} lang={language} className="language-switcher__current" aria-current="true">
            {t("languageSwitcher.current", { language: languageNames[language] })}
          </span>
        ) : (
          <button
            key={language}
            type="submit"
            name="language"
            value={language}
            lang={language}
            className="link-button"
            aria-describedby="language-switcher-label"
          >
            {languageNames[language]}
          </button>
        ),
      )}
    </form>
  );
}
