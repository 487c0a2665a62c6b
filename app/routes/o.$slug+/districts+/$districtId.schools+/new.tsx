import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { schoolSchema } from "~/lib/schemas.server";
import { createSchool, getSchool } from "~/models/district.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { SchoolFields } from "../__district-fields";

export const meta: MetaFunction = () => [{ title: "Add a school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  // The school just added, by id, so the confirmation can only ever name a real school of this district.
  const addedId = new URL(request.url).searchParams.get("added");
  return {
    added: addedId ? (getSchool(district.id, addedId)?.name ?? null) : null,
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    paste: href("/o/:slug/districts/:districtId/schools/paste", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const form = await readForm(request);
  const another = form.get("then") === "another";
  form.delete("then");
  const parsed = parseForm(form, schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const school = createSchool(district.id, parsed.data);
    // "Add and add another" comes back to an empty form that says what was just added.
    if (another) {
      const ids = { slug: organization.slug, districtId: district.id };
      return redirect(href("/o/:slug/districts/:districtId/schools/new", ids, { added: school.id }));
    }
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
  const { added, districtName, back, paste } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="new-school-title"
      title="Add a school"
      failure={failure}
      submitLabel="Add school"
      busyLabel="Adding…"
      back={{ to: back, label: districtName }}
      moreActions={
        <button type="submit" name="then" value="another" className="button button--secondary">
          Add and add another
        </button>
      }
    >
      {added && !failure.errors.name ? (
        <p className="notice notice--success" role="status">
          Added {added}. Add the next one below, or go back to <Link to={back}>{districtName}</Link>.
        </p>
      ) : null}
      <p>
        Have a list? <Link to={paste}>Paste all the names at once</Link>.
      </p>
      <SchoolFields key={added ?? ""} failure={failure} defaults={{}} />
    </FormSection>
  );
}
