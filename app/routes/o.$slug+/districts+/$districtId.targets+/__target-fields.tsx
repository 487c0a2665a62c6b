import { useTranslation } from "react-i18next";

import { FieldError, RadioGroup, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import type { FormFailure } from "~/lib/form-failure";
import { typologyKeys } from "~/lib/typology/keys";
import { domains, loci, type Locus } from "~/lib/typology/vocabulary";

import { limitsTarget } from "./__target-limits";

const locusKeys = {
  "central-office": "districts:targetForm.locus.centralOffice",
  school: "districts:targetForm.locus.school",
} as const satisfies Record<Locus, string>;

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
  const { t } = useTranslation("districts");
  const chosenDomains =
    values.domains !== undefined ? values.domains.split(",").filter(Boolean) : (defaults.domains ?? []);
  return (
    <>
      <TextField
        name="name"
        label={t("targetForm.name.label")}
        hint={t("targetForm.name.hint")}
        required
        maxLength={limitsTarget.name}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <TextField
        name="title"
        label={t("targetForm.title.label")}
        hint={suggestions.length ? t("targetForm.title.usually", { holders: suggestions.join("; ") }) : undefined}
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
        legend={t("targetForm.locus.legend")}
        options={loci.map((locus) => ({ value: locus, label: t(locusKeys[locus]) }))}
        defaultValue={values.locus ?? defaults.locus}
        error={errors.locus}
      />
      <SelectField
        name="schoolId"
        label={t("targetForm.school.label")}
        defaultValue={values.schoolId ?? defaults.schoolId ?? ""}
        error={errors.schoolId}
      >
        <option value="">{t("targetForm.school.none")}</option>
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
        <legend>{t("targetForm.domains.legend")}</legend>
        <FieldError id="domains" error={errors.domains} />
        {domains.map((domain) => (
          <label key={domain} className="choice">
            <input type="checkbox" name="domains" value={domain} defaultChecked={chosenDomains.includes(domain)} />
            <span>
              {t(typologyKeys.domain[domain].plain)}
              <span className="choice__description">{t(typologyKeys.domain[domain].explanation)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        name="email"
        label={t("targetForm.email")}
        type="email"
        autoComplete="off"
        maxLength={254}
        defaultValue={values.email ?? defaults.email}
        error={errors.email}
      />
      <TextField
        name="phone"
        label={t("targetForm.phone")}
        type="tel"
        autoComplete="off"
        maxLength={limitsTarget.phone}
        defaultValue={values.phone ?? defaults.phone}
        error={errors.phone}
      />
      <TextAreaField
        name="notes"
        label={t("targetForm.notes")}
        maxLength={limitsTarget.notes}
        defaultValue={values.notes ?? defaults.notes}
        error={errors.notes}
      />
    </>
  );
}
