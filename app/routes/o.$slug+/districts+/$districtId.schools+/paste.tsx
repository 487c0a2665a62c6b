import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { TextAreaField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { createSchools, listSchools } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";

import { SchoolLevelField } from "../__district-fields";
import { schoolListLimits, type LineProblem } from "./__school-list";
import { readSchoolList, schoolListSchema } from "./__school-list-form.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("paste.metaTitle"),
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const parsed = parseForm(await readForm(request), schoolListSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const { values } = parsed;
  const list = readSchoolList(
    parsed.data.names,
    listSchools(district.id).map((school) => school.name),
  );
  const problems = list.problems;
  // The message is a catalog key, translated on the page with the numbers it names.
  const namesError: [string, Record<string, number>] | null =
    list.names.length === 0
      ? ["districts:paste.validation.empty", {}]
      : list.tooMany
        ? ["districts:paste.validation.tooMany", { count: list.names.length, maximum: schoolListLimits.lines }]
        : problems.length
          ? ["districts:paste.validation.linesToFix", { count: problems.length }]
          : null;
  if (namesError) {
    const [message, messageValues] = namesError;
    return data(
      { errors: { names: message }, values, messageValues: { names: messageValues }, problems },
      { status: 400 },
    );
  }
  return explainConflicts(values, () => {
    const added = createSchools(district.id, list.names, parsed.data.level);
    const districtPage = href(
      "/o/:slug/districts/:districtId",
      { slug: organization.slug, districtId: district.id },
      { added },
    );
    return redirect(`${districtPage}#schools-title`);
  });
}

export default function PasteSchools() {
  const { districtName, back } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  const problems: LineProblem[] = actionData && "problems" in actionData ? actionData.problems : [];
  const { errors, values } = failure;
  return (
    <FormSection
      id="paste-schools-title"
      title={t("paste.title")}
      failure={failure}
      submitLabel={t("paste.submit")}
      busyLabel={t("adding")}
      back={{ to: back, label: districtName }}
    >
      <p>{t("paste.intro")}</p>
      <TextAreaField
        name="names"
        label={t("paste.names.label")}
        rows={10}
        required
        maxLength={schoolListLimits.characters}
        hint={t("paste.names.hint", { maximum: schoolListLimits.lines })}
        defaultValue={values.names ?? ""}
        error={errors.names}
      />
      {problems.length ? (
        <ul className="line-problems" aria-label={t("paste.linesToFix")}>
          {problems.map((problem) => (
            <li key={problem.line}>
              <strong>{t("paste.line.label", { line: problem.line, name: shorten(problem.name) })}</strong>{" "}
              {t(problem.message, problem.values)}
            </li>
          ))}
        </ul>
      ) : null}
      <SchoolLevelField label={t("paste.level")} defaultValue={values.level ?? ""} error={errors.level} />
    </FormSection>
  );
}

/** A very long pasted line is named by its start, so the list of problems stays readable on a phone. */
function shorten(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}
