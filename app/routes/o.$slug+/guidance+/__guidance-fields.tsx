import { useTranslation } from "react-i18next";

import { FieldError, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { languageNames, languages } from "~/lib/i18n";
import { systemTypes } from "~/lib/typology";
import { typologyKeys } from "~/lib/typology/keys";

import { guidanceLimits } from "./__guidance-limits";

type Defaults = { title: string; summary: string; body: string; audienceTypes: readonly string[]; language?: string };

export function GuidanceFields({ failure, defaults }: { failure: FormFailure; defaults: Defaults }) {
  const { errors, values } = failure;
  const { t, i18n } = useTranslation(["guidance-editor", "guidance"]);
  const chosen =
    values.audienceTypes !== undefined ? values.audienceTypes.split(",").filter(Boolean) : defaults.audienceTypes;
  return (
    <>
      <TextField
        name="title"
        label={t("fields.title.label")}
        required
        maxLength={guidanceLimits.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="summary"
        label={t("fields.summary.label")}
        hint={t("fields.summary.hint")}
        maxLength={guidanceLimits.summary}
        defaultValue={values.summary ?? defaults.summary}
        error={errors.summary}
      />
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
      <TextAreaField
        name="body"
        label={t("fields.body.label")}
        rows={18}
        hint={t("fields.body.hint")}
        maxLength={guidanceLimits.body}
        defaultValue={values.body ?? defaults.body}
        error={errors.body}
      />
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
