import { useTranslation } from "react-i18next";

import { moreUsTimeZones, otherTimeZones, usTimeZones } from "~/lib/time-zones";
import { stateOptions } from "~/lib/us-states";
import { useLanguage } from "~/lib/use-language";

import { SelectField } from "./form-fields";

type NamedZone = (typeof usTimeZones)[number][0] | (typeof moreUsTimeZones)[number][0];

// The names people use for the zones offered first; every other zone goes by its IANA name in any language.
const zoneKeys = {
  "America/New_York": "forms.timeZones.eastern",
  "America/Chicago": "forms.timeZones.central",
  "America/Denver": "forms.timeZones.mountain",
  "America/Phoenix": "forms.timeZones.arizona",
  "America/Los_Angeles": "forms.timeZones.pacific",
  "America/Anchorage": "forms.timeZones.alaska",
  "Pacific/Honolulu": "forms.timeZones.hawaii",
  "America/Puerto_Rico": "forms.timeZones.puertoRico",
  "America/Indiana/Indianapolis": "forms.timeZones.indiana",
  "America/Detroit": "forms.timeZones.michigan",
  "America/Boise": "forms.timeZones.idaho",
  "Pacific/Guam": "forms.timeZones.guam",
  "Pacific/Pago_Pago": "forms.timeZones.samoa",
} as const satisfies Record<NamedZone, string>;

export function StateField({
  defaultValue,
  error,
  name = "state",
  label,
}: {
  defaultValue?: string;
  error?: string;
  name?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      name={name}
      label={label ?? t("forms.state.label")}
      defaultValue={defaultValue ?? ""}
      error={error}
      required
    >
      <option value="" disabled>
        {t("forms.state.choose")}
      </option>
      <StateOptions />
    </SelectField>
  );
}

/** The states as a select's options: names in the reader's language and in its alphabetical order, codes as values. */
export function StateOptions() {
  const language = useLanguage();
  return (
    <>
      {stateOptions(language).map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </>
  );
}

export function TimeZoneField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="timeZone"
      label={t("forms.timeZone.label")}
      hint={t("forms.timeZone.hint")}
      defaultValue={defaultValue ?? "America/New_York"}
      error={error}
      required
    >
      <optgroup label={t("forms.timeZone.us")}>
        {usTimeZones.map(([zone]) => (
          <option key={zone} value={zone}>
            {t(zoneKeys[zone])}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("forms.timeZone.moreUs")}>
        {moreUsTimeZones.map(([zone]) => (
          <option key={zone} value={zone}>
            {t(zoneKeys[zone])}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("forms.timeZone.other")}>
        {otherTimeZones().map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
