import { useTranslation } from "react-i18next";

import { FieldError, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { languageNames, languages } from "~/lib/i18n";
import { typologyKeys } from "~/lib/typology/keys";
import { systemTypes } from "~/lib/typology/vocabulary";

import { guidanceLimits } from "./__guidance-limits";

type Defaults = { title: string; summary: string; body: string; audienceTypes: readonly string[]; language?: string };

export function GuidanceFields({ failure, defaults }: { failure: FormFailure; defaults: Defaults }) {
  const { errors, values } = failure;
  const { t, i18n } = useTranslation("guidance");
  const chosen =
    values.audienceTypes !== undefined ? values.audienceTypes.split(",").filter(Boolean) : defaults.audienceTypes;
  return (
    <>
      <TextField
        name="title"
        label="Title"
        required
        maxLength={guidanceLimits.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      <TextField
        name="summary"
        label="Summary (optional)"
        hint="One or two sentences shown in coalitions' inboxes."
        maxLength={guidanceLimits.summary}
        defaultValue={values.summary ?? defaults.summary}
        error={errors.summary}
      />
      <SelectField
        name="language"
        label={t("language.label")}
        hint={t("language.hint")}
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
        label="Guidance"
        rows={18}
        hint="Markdown: ## for headings, - for lists, [text](https://…) for links. Pictures, scripts and embedded pages are removed."
        maxLength={guidanceLimits.body}
        defaultValue={values.body ?? defaults.body}
        error={errors.body}
      />
      <fieldset
        className={errors.audienceTypes ? "field field--invalid" : "field"}
        aria-describedby={errors.audienceTypes ? "audienceTypes-error" : undefined}
      >
        <legend>Who is it for?</legend>
        <p className="field__hint">
          Leave every box empty for all coalitions in the state, or choose the system types their district must be
          declared.
        </p>
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

/** The shape engagement guidance usually takes: first steps, pitfalls, questions to ask. Written for Fulcrum. */
export const guidanceTemplate = {
  title: "",
  summary: "",
  body: `## Why this matters

Say in two or three sentences what families and community groups can change here, and why the state cares.

## First steps

- Find out who in your district decides this, and whether it is decided at the central office or in each school.
- Gather what is already public: board minutes, improvement plans, the state's report card for your district.
- Ask for a first meeting with one clear request, and bring families who are affected.

## Pitfalls to avoid

- Pressing a school leader on something the central office decides (or the other way round).
- Arriving with many requests and no priority among them.
- Letting a commitment go without a date and a name attached to it.

## Questions to ask your district

1. Who approves this, and when is the next decision due?
2. What information will families see before the decision is made?
3. How will the district tell whether it worked, and when will it report back?

## State contacts and requirements

Name the office to contact, what state rules apply, and where to find them.
`,
};
