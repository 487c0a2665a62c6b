import { useTranslation } from "react-i18next";

import type { FormFailure } from "~/lib/form-failure";
import type { Language } from "~/lib/i18n";

import { GuidanceWordsFields } from "./__guidance-fields";

export const pairLanguageKeys = {
  en: "guidance-pairs:languages.en",
  es: "guidance-pairs:languages.es",
} as const satisfies Record<Language, string>;

/** `language`: the version's; `wordsIn`: the language the starting words are in (the original's, on a new one). */
type Defaults = { title: string; summary: string; body: string; language: Language; wordsIn: Language };

/**
 * The fields of the other language's version: its own words only. Its language is the one the original is not
 * written in, and its audience is the original's, so neither is asked.
 */
export function TranslationFields({ failure, defaults }: { failure: FormFailure; defaults: Defaults }) {
  const { t } = useTranslation("guidance-pairs");
  return (
    <>
      <p className="field__hint">{t("fields.fixed", { language: t(pairLanguageKeys[defaults.language]) })}</p>
      <GuidanceWordsFields failure={failure} defaults={defaults} lang={defaults.wordsIn} />
    </>
  );
}
