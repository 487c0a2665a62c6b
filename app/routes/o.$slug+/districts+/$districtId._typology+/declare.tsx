import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { RadioGroup, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import {
  allCells,
  domainLabels,
  leverageLabels,
  leverageLevels,
  locusLabels,
  systemTypeLabels,
  systemTypes,
  systemTypeTheories,
} from "~/lib/typology";
import { contextKindGuides, contextKinds, isContextKind } from "~/lib/typology/context-kinds";
import { currentDeclaration, declareSystemType } from "~/models/typology.server";
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

export const meta: MetaFunction = () => [{ title: "Declare the system type · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "typology.declare");
  const search = new URL(request.url).searchParams;
  const context = (search.get("context") ?? "").trim().slice(0, limitsTypology.context);
  const current = currentDeclaration(district.id, context);
  const defaults = current ? declarationFormValues(current) : { context };
  const type = search.get("type");
  if (type && (systemTypes as readonly string[]).includes(type)) defaults.systemType = type;
  // A new context starts from the kind asked for, or the kind its name is ("Special education"); otherwise the
  // form asks which kind it is.
  const kind = search.get("kind");
  const named = contextKinds.find((k) => contextKindGuides[k].label.toLowerCase() === context.toLowerCase());
  if (!current && isContextKind(kind)) defaults.contextKind = kind;
  else if (!current && named) defaults.contextKind = named;
  return {
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

const typeOptions = systemTypes.map((type) => ({
  value: type,
  label: <strong>{systemTypeLabels[type]}</strong>,
  description: systemTypeTheories[type],
}));

export default function Declare() {
  const { districtName, back, defaults, updating } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const value = (name: string) => failure.values[name] ?? defaults[name];
  const overrideErrors = allCells.some(
    ({ key }) => failure.errors[overrideLevelField(key)] || failure.errors[overrideNoteField(key)],
  );
  const overridden = allCells.some(({ key }) => (value(overrideLevelField(key)) ?? inheritLevel) !== inheritLevel);
  return (
    <FormSection
      id="declare-title"
      title={updating ? `Update the declaration for ${districtName}` : `Declare how ${districtName} runs instruction`}
      failure={failure}
      submitLabel="Save declaration and see the playbook"
      busyLabel="Saving…"
      back={{ to: back, label: districtName }}
    >
      <p>Every declaration is kept, so you can see later who changed what and when.</p>
      <SelectField
        name="contextKind"
        label="Which part of the district does this cover?"
        hint="A district can run one part differently from the rest: a subject, special education, the magnet schools."
        defaultValue={value("contextKind") ?? wholeDistrict}
        error={failure.errors.contextKind}
      >
        <option value={wholeDistrict}>The whole district</option>
        {contextKinds.map((kind) => (
          <option key={kind} value={kind}>
            {contextKindGuides[kind].label}
          </option>
        ))}
      </SelectField>
      <TextField
        name="context"
        label="What your coalition calls it"
        hint="Your own words for this part, such as high school math or the STEM magnets. Leave it empty for the whole district, or to use the name of the kind chosen above."
        maxLength={limitsTypology.context}
        defaultValue={value("context")}
        error={failure.errors.context}
      />
      <RadioGroup
        name="systemType"
        legend="Which type fits best?"
        options={typeOptions}
        defaultValue={value("systemType")}
        error={failure.errors.systemType}
      />
      <TextAreaField
        name="note"
        label="Why this type? (optional)"
        hint="What you saw that makes you say so. Your coalition will read it later."
        maxLength={limitsTypology.note}
        defaultValue={value("note")}
        error={failure.errors.note}
      />
      <details className="field" open={overrideErrors || overridden}>
        <summary>Adjust the leverage map for what you have observed (optional)</summary>
        <p className="field__hint">
          Each type predicts who holds each kind of work. If your district differs, say what you saw: the playbook will
          use your level and mark it as observed.
        </p>
        <div className="override-grid">
          {allCells.map(({ key, domain, locus }) => (
            <fieldset key={key} className="override">
              <legend>
                {domainLabels[domain]} · {locusLabels[locus]}
              </legend>
              <SelectField
                name={overrideLevelField(key)}
                id={overrideLevelField(key)}
                label="Level"
                defaultValue={value(overrideLevelField(key)) ?? inheritLevel}
                error={failure.errors[overrideLevelField(key)]}
              >
                <option value={inheritLevel}>As the type says</option>
                {leverageLevels.map((level) => (
                  <option key={level} value={level}>
                    {leverageLabels[level]} (observed)
                  </option>
                ))}
              </SelectField>
              <TextField
                name={overrideNoteField(key)}
                label="What you observed"
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
