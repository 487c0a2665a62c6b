import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useNavigation } from "@remix-run/react";
import { DistrictFields } from "~/components/district-fields";
import { FormErrorSummary } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm } from "~/lib/forms.server";
import { requireMembership } from "~/lib/permissions.server";
import { districtSchema } from "~/lib/schemas";
import { createDistrict, DuplicateError } from "~/models/district.server";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction = () => [{ title: "Add a district · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.slug, "districts.edit");
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "districts.edit");
  const parsed = parseForm(await request.formData(), districtSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  try {
    const district = createDistrict(organization.id, parsed.data);
    return redirect(`/o/${organization.slug}/districts/${district.id}`);
  } catch (error) {
    if (error instanceof DuplicateError) return fieldError(parsed.values, error.field, error.message);
    throw error;
  }
}

export default function NewDistrict() {
  const { organization } = useOrganization();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="new-district-title">
      <h1 id="new-district-title">Add a district</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <DistrictFields failure={failure} defaults={{ state: organization.state }} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Adding…" : "Add district"}
        </button>
      </Form>
    </section>
  );
}
