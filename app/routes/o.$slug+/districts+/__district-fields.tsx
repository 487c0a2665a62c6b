import { useTranslation } from "react-i18next";

import { SelectField, TextField } from "~/components/form-fields";
import { StateField } from "~/components/place-fields";
import { schoolLevels } from "~/lib/domain";
import type { FormFailure } from "~/lib/form-failure";
import { labelKeys } from "~/lib/labels";
import { limits } from "~/lib/limits";

type DistrictDefaults = { name?: string; state?: string; ncesId?: string | null };
type SchoolDefaults = { name?: string; level?: string; ncesId?: string | null };

export function DistrictFields({ failure, defaults }: { failure: FormFailure; defaults: DistrictDefaults }) {
  const { errors, values } = failure;
  const { t } = useTranslation("districts");
  return (
    <>
      <TextField
        name="name"
        label={t("fields.districtName")}
        required
        maxLength={limits.districtName}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <StateField defaultValue={values.state ?? defaults.state} error={errors.state} />
      <TextField
        name="ncesId"
        label={t("fields.districtNcesId.label")}
        inputMode="numeric"
        maxLength={7}
        hint={t("fields.districtNcesId.hint")}
        defaultValue={values.ncesId ?? defaults.ncesId ?? ""}
        error={errors.ncesId}
      />
    </>
  );
}

export function SchoolFields({ failure, defaults }: { failure: FormFailure; defaults: SchoolDefaults }) {
  const { errors, values } = failure;
  const { t } = useTranslation("districts");
  return (
    <>
      <TextField
        name="name"
        label={t("fields.schoolName")}
        required
        maxLength={limits.schoolName}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <SchoolLevelField
        label={t("fields.level")}
        defaultValue={values.level ?? defaults.level ?? ""}
        error={errors.level}
      />
      <TextField
        name="ncesId"
        label={t("fields.schoolNcesId.label")}
        inputMode="numeric"
        maxLength={12}
        hint={t("fields.schoolNcesId.hint")}
        defaultValue={values.ncesId ?? defaults.ncesId ?? ""}
        error={errors.ncesId}
      />
    </>
  );
}

/** A school's level (elementary, middle, high or other), chosen from a list that starts unchosen. */
export function SchoolLevelField({
  label,
  defaultValue,
  error,
}: {
  label: string;
  defaultValue: string;
  error?: string;
}) {
  const { t } = useTranslation("districts");
  return (
    <SelectField name="level" label={label} defaultValue={defaultValue} error={error} required>
      <option value="" disabled>
        {t("fields.chooseLevel")}
      </option>
      {schoolLevels.map((level) => (
        <option key={level} value={level}>
          {t(labelKeys.schoolLevel[level])}
        </option>
      ))}
    </SelectField>
  );
}
