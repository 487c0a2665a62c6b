import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { SchoolFields } from "~/components/district-fields";
import { FormErrorSummary } from "~/components/form-fields";
import type { SchoolLevel } from "~/lib/domain";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm } from "~/lib/forms.server";
import { requireSchool } from "~/lib/permissions.server";
import { schoolSchema } from "~/lib/schemas";
import { DuplicateError, updateSchool } from "~/models/district.server";

export const meta: MetaFunction = () => [{ title: "Edit school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  return {
    school: { name: school.name, level: school.level, ncesId: school.ncesId },
    back: `/o/${organization.slug}/districts/${district.id}/schools/${school.id}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const parsed = parseForm(await request.formData(), schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  try {
    updateSchool(district.id, school.id, { ...parsed.data, level: parsed.data.level as SchoolLevel });
    return redirect(`/o/${organization.slug}/districts/${district.id}/schools/${school.id}`);
  } catch (error) {
    if (error instanceof DuplicateError) return fieldError(parsed.values, error.field, error.message);
    throw error;
  }
}

export default function EditSchool() {
  const { school, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="edit-school-title">
      <h1 id="edit-school-title">Edit {school.name}</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <SchoolFields failure={failure} defaults={school} />
        <p className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Saving…" : "Save changes"}
          </button>
          <Link to={back}>Cancel</Link>
        </p>
      </Form>
    </section>
  );
}
