import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { schoolSchema } from "~/lib/schemas.server";
import { createSchool } from "~/models/district.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { SchoolFields } from "../__district-fields";

export const meta: MetaFunction = () => [{ title: "Add a school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  return {
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const parsed = parseForm(await readForm(request), schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const school = createSchool(district.id, parsed.data);
    return redirectWithConfirmation(
      href("/o/:slug/districts/:districtId/schools/:schoolId", {
        slug: organization.slug,
        districtId: district.id,
        schoolId: school.id,
      }),
      "school-added",
    );
  });
}

export default function NewSchool() {
  const { districtName, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="new-school-title"
      title="Add a school"
      failure={failure}
      submitLabel="Add school"
      busyLabel="Adding…"
      back={{ to: back, label: districtName }}
    >
      <SchoolFields failure={failure} defaults={{}} />
    </FormSection>
  );
}
