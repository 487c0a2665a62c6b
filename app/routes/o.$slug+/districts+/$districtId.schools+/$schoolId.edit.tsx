import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { schoolSchema } from "~/lib/schemas.server";
import { updateSchool } from "~/models/district.server";
import { requireSchool } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { SchoolFields } from "../__district-fields";

export const meta: MetaFunction = () => [{ title: "Edit school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  return {
    school: { name: school.name, level: school.level, ncesId: school.ncesId },
    back: href("/o/:slug/districts/:districtId/schools/:schoolId", {
      slug: organization.slug,
      districtId: district.id,
      schoolId: school.id,
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const parsed = parseForm(await readForm(request), schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    updateSchool(district.id, school.id, parsed.data);
    return redirectWithConfirmation(
      href("/o/:slug/districts/:districtId/schools/:schoolId", {
        slug: organization.slug,
        districtId: district.id,
        schoolId: school.id,
      }),
      "saved",
    );
  });
}

export default function EditSchool() {
  const { school, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="edit-school-title"
      title={`Edit ${school.name}`}
      failure={failure}
      submitLabel="Save changes"
      busyLabel="Saving…"
      cancelTo={back}
    >
      <SchoolFields failure={failure} defaults={school} />
    </FormSection>
  );
}
