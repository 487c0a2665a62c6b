import type { i18n } from "i18next";

import { localeFor } from "./format-dates";
import { formatCount } from "./format-numbers";
import { languageOrFallback } from "./i18n";

// Intl settings a message may give (`{{share, number(style: percent)}}`); without any, a count is grouped by
// formatCount, which needs no Intl in the browser.
const numberStyles = ["style", "notation", "minimumFractionDigits", "maximumFractionDigits", "useGrouping"];

/**
 * `{{maximum, number}}` in a message, written as the page writes numbers: i18next would format Spanish as Spain
 * does ("10.000"), where Fulcrum's readers are in the US ("10,000", es-US).
 */
export function formatNumbersForLocale(instance: i18n) {
  instance.services.formatter?.add("number", (value: unknown, language: string | undefined, options) => {
    if (typeof value !== "number") return String(value);
    const locale = localeFor(languageOrFallback(language));
    return numberStyles.some((name) => options?.[name] !== undefined)
      ? new Intl.NumberFormat(locale, options).format(value)
      : formatCount(value, locale);
  });
}
