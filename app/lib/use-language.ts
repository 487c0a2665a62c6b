import { useTranslation } from "react-i18next";

import { localeFor, type Locale } from "./format-dates";
import { languageOrFallback, type Language } from "./i18n";

/** The language the page is shown in (the server chose it; the browser keeps it). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return languageOrFallback(i18n.language);
}

/** The locale for formatting dates and numbers on this page: pass it to format-dates' functions. */
export const useLocale = (): Locale => localeFor(useLanguage());
