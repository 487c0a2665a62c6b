import { FieldError, RadioGroup, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { domainExplanations, domainLabels, domains } from "~/lib/typology/vocabulary";

import { limitsTarget } from "./__target-limits";

type Defaults = {
  name?: string;
  title?: string;
  locus?: string;
  schoolId?: string | null;
  domains?: string[];
  email?: string;
  phone?: string;
  notes?: string;
};

export function TargetFields({
  failure,
  defaults,
  schools,
  suggestions = [],
}: {
  failure: FormFailure;
  defaults: Defaults;
  schools: Array<{ id: string; name: string }>;
  /** Titles the playbook says usually hold this work: offered as the browser's own suggestions (no script). */
  suggestions?: readonly string[];
}) {
  const { errors, values } = failure;
  const chosenDomains =
    values.domains !== undefined ? values.domains.split(",").filter(Boolean) : (defaults.domains ?? []);
  return (
    <>
      <TextField
        name="name"
        label="Name"
        hint="A person (Dr. Ana Ruiz) or a body (the school board)."
        required
        maxLength={limitsTarget.name}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <TextField
        name="title"
        label="Title or role (optional)"
        hint={suggestions.length ? `Usually: ${suggestions.join("; ")}.` : undefined}
        list={suggestions.length ? "title-suggestions" : undefined}
        maxLength={limitsTarget.title}
        defaultValue={values.title ?? defaults.title}
        error={errors.title}
      />
      {suggestions.length ? (
        <datalist id="title-suggestions">
          {suggestions.map((holder) => (
            <option key={holder} value={holder.slice(0, limitsTarget.title)} />
          ))}
        </datalist>
      ) : null}
      <RadioGroup
        name="locus"
        legend="Where do they work?"
        options={[
          { value: "central-office", label: "The district's central office (including the board)" },
          { value: "school", label: "A school" },
        ]}
        defaultValue={values.locus ?? defaults.locus}
        error={errors.locus}
      />
      <SelectField
        name="schoolId"
        label="Which school? (for school targets)"
        defaultValue={values.schoolId ?? defaults.schoolId ?? ""}
        error={errors.schoolId}
      >
        <option value="">Not at a school</option>
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
      </SelectField>
      <fieldset
        className={errors.domains ? "field field--invalid" : "field"}
        aria-describedby={errors.domains ? "domains-error" : undefined}
      >
        <legend>Which kinds of work do they hold?</legend>
        <FieldError id="domains" error={errors.domains} />
        {domains.map((domain) => (
          <label key={domain} className="choice">
            <input type="checkbox" name="domains" value={domain} defaultChecked={chosenDomains.includes(domain)} />
            <span>
              {domainLabels[domain]}
              <span className="choice__description">{domainExplanations[domain]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        name="email"
        label="Email (optional)"
        type="email"
        autoComplete="off"
        maxLength={254}
        defaultValue={values.email ?? defaults.email}
        error={errors.email}
      />
      <TextField
        name="phone"
        label="Phone (optional)"
        type="tel"
        autoComplete="off"
        maxLength={limitsTarget.phone}
        defaultValue={values.phone ?? defaults.phone}
        error={errors.phone}
      />
      <TextAreaField
        name="notes"
        label="Notes (optional)"
        maxLength={limitsTarget.notes}
        defaultValue={values.notes ?? defaults.notes}
        error={errors.notes}
      />
    </>
  );
}
