import { SelectField, TextField } from "~/components/form-fields";
import { StateField } from "~/components/place-fields";
import type { FormFailure } from "~/lib/form-failure";
import { schoolLevelLabels } from "~/lib/labels";
import { limits } from "~/lib/limits";

type DistrictDefaults = { name?: string; state?: string; ncesId?: string | null };
type SchoolDefaults = { name?: string; level?: string; ncesId?: string | null };

export function DistrictFields({ failure, defaults }: { failure: FormFailure; defaults: DistrictDefaults }) {
  const { errors, values } = failure;
  return (
    <>
      <TextField
        name="name"
        label="District name"
        required
        maxLength={limits.districtName}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <StateField defaultValue={values.state ?? defaults.state} error={errors.state} />
      <TextField
        name="ncesId"
        label="NCES district id (optional)"
        inputMode="numeric"
        maxLength={7}
        hint="The 7-digit id from the National Center for Education Statistics, if you know it."
        defaultValue={values.ncesId ?? defaults.ncesId ?? ""}
        error={errors.ncesId}
      />
    </>
  );
}

export function SchoolFields({ failure, defaults }: { failure: FormFailure; defaults: SchoolDefaults }) {
  const { errors, values } = failure;
  return (
    <>
      <TextField
        name="name"
        label="School name"
        required
        maxLength={limits.schoolName}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <SchoolLevelField label="Level" defaultValue={values.level ?? defaults.level ?? ""} error={errors.level} />
      <TextField
        name="ncesId"
        label="NCES school id (optional)"
        inputMode="numeric"
        maxLength={12}
        hint="The 12-digit id from the National Center for Education Statistics, if you know it."
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
  return (
    <SelectField name="level" label={label} defaultValue={defaultValue} error={error} required>
      <option value="" disabled>
        Choose a level…
      </option>
      {Object.entries(schoolLevelLabels).map(([level, levelLabel]) => (
        <option key={level} value={level}>
          {levelLabel}
        </option>
      ))}
    </SelectField>
  );
}
