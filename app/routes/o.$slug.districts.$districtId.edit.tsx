import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { DistrictFields } from "~/components/district-fields";
import { FormErrorSummary } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm } from "~/lib/forms.server";
import { requireDistrict } from "~/lib/permissions.server";
import { districtSchema } from "~/lib/schemas";
import { DuplicateError, updateDistrict } from "~/models/district.server";

export const meta: MetaFunction = () => [{ title: "Edit district · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  return {
    district: { id: district.id, name: district.name, state: district.state, ncesId: district.ncesId },
    back: `/o/${organization.slug}/districts/${district.id}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const parsed = parseForm(await request.formData(), districtSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  try {
    updateDistrict(organization.id, district.id, parsed.data);
    return redirect(`/o/${organization.slug}/districts/${district.id}`);
  } catch (error) {
    if (error instanceof DuplicateError) return fieldError(parsed.values, error.field, error.message);
    throw error;
  }
}

export default function EditDistrict() {
  const { district, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="edit-district-title">
      <h1 id="edit-district-title">Edit {district.name}</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <DistrictFields failure={failure} defaults={district} />
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
