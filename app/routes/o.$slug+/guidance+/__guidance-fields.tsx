import { FieldError, TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { systemTypeLabels, systemTypes } from "~/lib/typology/vocabulary";

import { guidanceLimits } from "./__guidance-form";

type Defaults = { title: string; summary: string; body: string; audienceTypes: readonly string[] };

export function GuidanceFields({ failure, defaults }: { failure: FormFailure; defaults: Defaults }) {
  const { errors, values } = failure;
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
            <span>{systemTypeLabels[type]}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
