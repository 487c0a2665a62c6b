import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RadioGroup, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { allCells, leverageLevels, systemTypes } from "~/lib/typology";
import { contextKindGuides, contextKindKeys, contextKinds, isContextKind } from "~/lib/typology/context-kinds";
import { typologyKeys } from "~/lib/typology/keys";
import { currentDeclaration, declareSystemType } from "~/models/typology.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import {
  declarationFormValues,
  inheritLevel,
  limitsTypology,
  overrideLevelField,
  overrideNoteField,
  wholeDistrict,
} from "./__typology-fields";
import { declarationFormSchema } from "./__typology-forms.server";

export const handle = { i18n: ["diagnostic", "contexts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "typology.declare");
  const search = new URL(request.url).searchParams;
  const context = (search.get("context") ?? "").trim().slice(0, limitsTypology.context);
  const current = currentDeclaration(district.id, context);
  const defaults = current ? declarationFormValues(current) : { context };
  const type = search.get("type");
  if (type && (systemTypes as readonly string[]).includes(type)) defaults.systemType = type;
  // A new context starts from the kind asked for, or the kind its name is ("Special education", in English, as
  // stored, or in the reader's language); otherwise the form asks which kind it is.
  const { t } = await requestTranslator(request, "contexts");
  const kind = search.get("kind");
  const sameName = (label: string) => label.toLocaleLowerCase() === context.toLocaleLowerCase();
  const named = contextKinds.find((k) => sameName(contextKindGuides[k].label) || sameName(t(contextKindKeys[k].label)));
  if (!current && isContextKind(kind)) defaults.contextKind = kind;
  else if (!current && named) defaults.contextKind = named;
  return {
    title: (await requestTranslator(request, "diagnostic")).t("declare.metaTitle"),
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    defaults,
    updating: Boolean(current),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, user } = await requireDistrict(request, params, "typology.declare");
  const parsed = parseForm(await readForm(request), declarationFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const declaration = declareSystemType(district.id, parsed.data, user);
  return redirectWithConfirmation(
    href(
      "/o/:slug/districts/:districtId/playbook",
      { slug: organization.slug, districtId: district.id },
      { context: declaration.context },
    ),
    "declaration-saved",
  );
}

export default function Declare() {
  const { districtName, back, defaults, updating } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("diagnostic");
  const typeOptions = systemTypes.map((type) => ({
    value: type,
    label: <strong>{t(typologyKeys.systemType[type].name)}</strong>,
    description: t(typologyKeys.systemType[type].theory),
  }));
  const value = (name: string) => failure.values[name] ?? defaults[name];
  const overrideErrors = allCells.some(
    ({ key }) => failure.errors[overrideLevelField(key)] || failure.errors[overrideNoteField(key)],
  );
  const overridden = allCells.some(({ key }) => (value(overrideLevelField(key)) ?? inheritLevel) !== inheritLevel);
  return (
    <FormSection
      id="declare-title"
      title={t(updating ? "declare.titleUpdate" : "declare.title", { district: districtName })}
      failure={failure}
      submitLabel={t("declare.submit")}
      busyLabel={t("declare.busy")}
      back={{ to: back, label: districtName }}
    >
      <p>{t("declare.intro")}</p>
      <SelectField
        name="contextKind"
        label={t("declare.contextKind.label")}
        hint={t("declare.contextKind.hint")}
        defaultValue={value("contextKind") ?? wholeDistrict}
        error={failure.errors.contextKind}
      >
        <option value={wholeDistrict}>{t("declare.contextKind.whole")}</option>
        {contextKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(contextKindKeys[kind].label)}
          </option>
        ))}
      </SelectField>
      <TextField
        name="context"
        label={t("declare.context.label")}
        hint={t("declare.context.hint")}
        maxLength={limitsTypology.context}
        defaultValue={value("context")}
        error={failure.errors.context}
      />
      <RadioGroup
        name="systemType"
        legend={t("declare.systemType.legend")}
        options={typeOptions}
        defaultValue={value("systemType")}
        error={failure.errors.systemType}
      />
      <TextAreaField
        name="note"
        label={t("declare.note.label")}
        hint={t("declare.note.hint")}
        maxLength={limitsTypology.note}
        defaultValue={value("note")}
        error={failure.errors.note}
      />
      <details className="field" open={overrideErrors || overridden}>
        <summary>{t("declare.overrides.summary")}</summary>
        <p className="field__hint">{t("declare.overrides.hint")}</p>
        <div className="override-grid">
          {allCells.map(({ key, domain, locus }) => (
            <fieldset key={key} className="override">
              <legend>
                {t("declare.overrides.cell", {
                  domain: t(typologyKeys.domain[domain].plain),
                  locus: t(typologyKeys.locus[locus]),
                })}
              </legend>
              <SelectField
                name={overrideLevelField(key)}
                id={overrideLevelField(key)}
                label={t("declare.overrides.level")}
                defaultValue={value(overrideLevelField(key)) ?? inheritLevel}
                error={failure.errors[overrideLevelField(key)]}
              >
                <option value={inheritLevel}>{t("declare.overrides.asType")}</option>
                {leverageLevels.map((level) => (
                  <option key={level} value={level}>
                    {t("declare.overrides.observedLevel", { level: t(typologyKeys.level[level].plain) })}
                  </option>
                ))}
              </SelectField>
              <TextField
                name={overrideNoteField(key)}
                label={t("declare.overrides.note")}
                maxLength={limitsTypology.overrideNote}
                defaultValue={value(overrideNoteField(key))}
                error={failure.errors[overrideNoteField(key)]}
              />
            </fieldset>
          ))}
        </div>
      </details>
    </FormSection>
  );
}
