import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { FieldError, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { languageNames, languages } from "~/lib/i18n";
import { systemTypes } from "~/lib/typology";
import { typologyKeys } from "~/lib/typology/keys";

import { guidanceLimits } from "./__guidance-limits";

type Words = { title: string; summary: string; body: string };
type Defaults = Words & { audienceTypes: readonly string[]; language?: string };

/**
 * A piece's own words: its title, summary and body, in the language `lang` names (for the browser's spelling
 * and a reader's voice). `children` stand between the summary and the body, where a new piece asks its language.
 */
export function GuidanceWordsFields({
  failure,
  defaults,
  lang,
  children,
}: {
  failure: FormFailure;
  defaults: Words;
  lang?: string;
  children?: ReactNode;
}) {
  const { errors, values } = failure;
  const { t } = useTranslation("guidance-editor");
  return (
    <>
      <TextField
        name="title"
        label={t("fields.title.label")}
        required
        lang={lang}
        maxLength={guidanceLimits.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="summary"
        label={t("fields.summary.label")}
        hint={t("fields.summary.hint")}
        lang={lang}
        maxLength={guidanceLimits.summary}
        defaultValue={values.summary ?? defaults.summary}
        error={errors.summary}
      />
      {children}
      <TextAreaField
        name="body"
        label={t("fields.body.label")}
        rows={18}
        hint={t("fields.body.hint")}
        lang={lang}
        maxLength={guidanceLimits.body}
        defaultValue={values.body ?? defaults.body}
        error={errors.body}
      />
    </>
  );
}

export function GuidanceFields({ failure, defaults }: { failure: FormFailure; defaults: Defaults }) {
  const { errors, values } = failure;
  const { t, i18n } = useTranslation(["guidance-editor", "guidance"]);
  const chosen =
    values.audienceTypes !== undefined ? values.audienceTypes.split(",").filter(Boolean) : defaults.audienceTypes;
  return (
    <>
      <GuidanceWordsFields failure={failure} defaults={defaults}>
        <SelectField
          name="language"
          label={t("guidance:language.label")}
          hint={t("guidance:language.hint")}
          defaultValue={values.language ?? defaults.language ?? i18n.language}
          error={errors.language}
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {languageNames[language]}
            </option>
          ))}
        </SelectField>
      </GuidanceWordsFields>
      <fieldset
        className={errors.audienceTypes ? "field field--invalid" : "field"}
        aria-describedby={errors.audienceTypes ? "audienceTypes-error" : undefined}
      >
        <legend>{t("fields.audience.legend")}</legend>
        <p className="field__hint">{t("fields.audience.hint")}</p>
        <FieldError id="audienceTypes" error={errors.audienceTypes} />
        {systemTypes.map((type) => (
          <label key={type} className="choice">
            <input type="checkbox" name="audienceTypes" value={type} defaultChecked={chosen.includes(type)} />
            <span>{t(typologyKeys.systemType[type].name)}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}

/**
 * The shape engagement guidance usually takes (why it matters, first steps, pitfalls, questions to ask), written
 * for Fulcrum: the starting text of a new piece, in the author's language, for the author to replace.
 */
export function useGuidanceTemplate() {
  const { t } = useTranslation("guidance-editor");
  return { title: "", summary: "", body: t("template.body"), audienceTypes: [] };
}
