import type { FormFailure } from "~/lib/form-failure";
import { limits } from "~/lib/limits";

import { TextField } from "./form-fields";
import { StateField, TimeZoneField } from "./place-fields";

type Defaults = { name?: string; slug?: string; state?: string; timeZone?: string };

/** Name, web address, state and time zone: the fields an organization is created and edited with. */
export function OrganizationFields({ failure, defaults }: { failure: FormFailure; defaults: Defaults }) {
  const { errors, values } = failure;
  return (
    <>
      <TextField
        name="name"
        label="Name"
        required
        maxLength={limits.orgName}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <TextField
        name="slug"
        label="Web address"
        required
        minLength={limits.slugMin}
        maxLength={limits.slugMax}
        autoCapitalize="none"
        spellCheck={false}
        hint="Your pages will live at /o/your-address. Lower-case letters, digits and hyphens."
        defaultValue={values.slug ?? defaults.slug}
        error={errors.slug}
      />
      <StateField defaultValue={values.state ?? defaults.state} error={errors.state} />
      <TimeZoneField defaultValue={values.timeZone ?? defaults.timeZone} error={errors.timeZone} />
    </>
  );
}
