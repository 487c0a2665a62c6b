import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { TextAreaField } from "~/components/form-fields";
import { FormSection } from "~/components/record-page";
import { isFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { createSchools, listSchools } from "~/models/district.server";
import { requireDistrict } from "~/services/permissions.server";

import { SchoolLevelField } from "../__district-fields";
import { schoolListLimits, type LineProblem } from "./__school-list";
import { readSchoolList, schoolListSchema } from "./__school-list-form.server";

export const meta: MetaFunction = () => [{ title: "Add a list of schools · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  return {
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
  const namesError =
    list.names.length === 0
      ? "Paste or type the schools' names, one a line."
      : list.tooMany
        ? `That is ${list.names.length} schools: add up to ${schoolListLimits.lines} at a time.`
        : problems.length
          ? `${problems.length === 1 ? "One line needs" : `${problems.length} lines need`} fixing before ` +
            "any school is added (listed below the box)."
          : null;
  if (namesError) return data({ errors: { names: namesError }, values, problems }, { status: 400 });
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
  const failure = isFormFailure(actionData) ? actionData : { errors: {}, values: {} };
  const problems: LineProblem[] = actionData && "problems" in actionData ? actionData.problems : [];
  const { errors, values } = failure;
  return (
    <FormSection
      id="paste-schools-title"
      title="Add a list of schools"
      failure={failure}
      submitLabel="Add these schools"
      busyLabel="Adding…"
      back={{ to: back, label: districtName }}
    >
      <p>
        Copy the list from the district&apos;s website or a spreadsheet: one school a line. They all get the level you
        choose here; you can change each school (its level, its NCES id) afterwards from its page.
      </p>
      <TextAreaField
        name="names"
        label="School names, one a line"
        rows={10}
        required
        maxLength={schoolListLimits.characters}
        hint={`Up to ${schoolListLimits.lines} schools. Blank lines are skipped.`}
        defaultValue={values.names ?? ""}
        error={errors.names}
      />
      {problems.length ? (
        <ul className="line-problems" aria-label="Lines to fix">
          {problems.map((problem) => (
            <li key={problem.line}>
              <strong>
                Line {problem.line}, &ldquo;{shorten(problem.name)}&rdquo;:
              </strong>{" "}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      <SchoolLevelField label="Level of all these schools" defaultValue={values.level ?? ""} error={errors.level} />
    </FormSection>
  );
}

/** A very long pasted line is named by its start, so the list of problems stays readable on a phone. */
function shorten(name: string): string {
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}
