import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { SchoolFields } from "~/components/district-fields";
import { FormErrorSummary } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm } from "~/lib/forms.server";
import { requireDistrict } from "~/lib/permissions.server";
import { schoolSchema } from "~/lib/schemas";
import { createSchool, DuplicateError } from "~/models/district.server";
import type { SchoolLevel } from "~/lib/domain";

export const meta: MetaFunction = () => [{ title: "Add a school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  return { districtName: district.name, back: `/o/${organization.slug}/districts/${district.id}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const parsed = parseForm(await request.formData(), schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  try {
    const school = createSchool(district.id, { ...parsed.data, level: parsed.data.level as SchoolLevel });
    return redirect(`/o/${organization.slug}/districts/${district.id}/schools/${school.id}`);
  } catch (error) {
    if (error instanceof DuplicateError) return fieldError(parsed.values, error.field, error.message);
    throw error;
  }
}

export default function NewSchool() {
  const { districtName, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="new-school-title">
      <p className="breadcrumb">
        <Link to={back}>{districtName}</Link>
      </p>
      <h1 id="new-school-title">Add a school</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <SchoolFields failure={failure} defaults={{}} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Adding…" : "Add school"}
        </button>
      </Form>
    </section>
  );
}
