import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { FormFailure } from "~/lib/form-failure";
import { limits } from "~/lib/limits";
import { slugFromName } from "~/lib/slug";

import { TextField } from "./form-fields";
import { StateField, TimeZoneField } from "./place-fields";

type Defaults = { name?: string; slug?: string; state?: string; timeZone?: string };

/**
 * Name, web address, state and time zone: the fields an organization is created and edited with. With
 * `suggestSlug` (a new organization) the address follows the name as it is typed until someone edits it, and
 * may be left empty: the server then makes it from the name the same way.
 */
export function OrganizationFields({
  failure,
  defaults,
  suggestSlug = false,
}: {
  failure: FormFailure;
  defaults: Defaults;
  suggestSlug?: boolean;
}) {
  const { errors, values } = failure;
  const { t } = useTranslation();
  const initialSlug = values.slug ?? defaults.slug ?? "";
  const [slug, setSlug] = useState(initialSlug);
  // Once someone types their own address, the name no longer changes it (clearing it hands it back to the name).
  const [slugEdited, setSlugEdited] = useState(initialSlug !== "");
  return (
    <>
      <TextField
        name="name"
        label={t("forms.organization.name")}
        required
        maxLength={limits.orgName}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
        onChange={suggestSlug ? (event) => slugEdited || setSlug(slugFromName(event.target.value)) : undefined}
      />
      <TextField
        name="slug"
        label={t("forms.organization.slug")}
        required={!suggestSlug}
        minLength={limits.slugMin}
        maxLength={limits.slugMax}
        autoCapitalize="none"
        spellCheck={false}
        hint={suggestSlug ? t("forms.organization.slugHintNew") : t("forms.organization.slugHint")}
        value={slug}
        onChange={(event) => {
          setSlug(event.target.value);
          setSlugEdited(event.target.value !== "");
        }}
        error={errors.slug}
      />
      <StateField defaultValue={values.state ?? defaults.state} error={errors.state} />
      <TimeZoneField defaultValue={values.timeZone ?? defaults.timeZone} error={errors.timeZone} />
    </>
  );
}
