import { useTranslation } from "react-i18next";

import { TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import type { Language } from "~/lib/i18n";

import { guidanceLimits } from "./__guidance-limits";

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
  const { errors, values } = failure;
  const { t } = useTranslation("guidance-pairs");
  return (
    <>
      <p className="field__hint">{t("fields.fixed", { language: t(pairLanguageKeys[defaults.language]) })}</p>
      <TextField
        name="title"
        label={t("fields.title")}
        required
        lang={defaults.wordsIn}
        maxLength={guidanceLimits.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="summary"
        label={t("fields.summary")}
        hint={t("fields.summaryHint")}
        lang={defaults.wordsIn}
        maxLength={guidanceLimits.summary}
        defaultValue={values.summary ?? defaults.summary}
        error={errors.summary}
      />
      <TextAreaField
        name="body"
        label={t("fields.body")}
        rows={18}
        hint={t("fields.bodyHint")}
        lang={defaults.wordsIn}
        maxLength={guidanceLimits.body}
        defaultValue={values.body ?? defaults.body}
        error={errors.body}
      />
    </>
  );
}
