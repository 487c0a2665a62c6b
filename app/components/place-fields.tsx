import { moreUsTimeZones, otherTimeZones, usTimeZones } from "~/lib/time-zones";
import { usStates } from "~/lib/us-states";

import { SelectField } from "./form-fields";

export function StateField({
  defaultValue,
  error,
  name = "state",
  label = "State",
}: {
  defaultValue?: string;
  error?: string;
  name?: string;
  label?: string;
}) {
  return (
    <SelectField name={name} label={label} defaultValue={defaultValue ?? ""} error={error} required>
      <option value="" disabled>
        Choose a state…
      </option>
      {Object.entries(usStates).map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}

export function TimeZoneField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  return (
    <SelectField
      name="timeZone"
      label="Time zone"
      hint="Meeting times and reminders use this zone."
      defaultValue={defaultValue ?? "America/New_York"}
      error={error}
      required
    >
      <optgroup label="United States">
        {usTimeZones.map(([zone, label]) => (
          <option key={zone} value={zone}>
            {label}
          </option>
        ))}
      </optgroup>
      <optgroup label="More U.S. zones">
        {moreUsTimeZones.map(([zone, label]) => (
          <option key={zone} value={zone}>
            {label}
          </option>
        ))}
      </optgroup>
      <optgroup label="Other zones">
        {otherTimeZones().map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
