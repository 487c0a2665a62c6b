import type { i18n } from "i18next";

import { localeFor } from "./format-dates";
import { fallbackLanguage, isLanguage } from "./i18n";

/**
 * `{{maximum, number}}` in a message, written as the page writes numbers: i18next would format Spanish as Spain
 * does ("10.000"), where Fulcrum's readers are in the US ("10,000", es-US).
 */
export function formatNumbersForLocale(instance: i18n) {
  instance.services.formatter?.add("number", (value: unknown, language: string | undefined, options) =>
    typeof value === "number"
      ? new Intl.NumberFormat(localeFor(isLanguage(language) ? language : fallbackLanguage), options).format(value)
      : String(value),
  );
}
