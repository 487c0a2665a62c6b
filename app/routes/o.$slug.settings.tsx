import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useNavigation } from "@remix-run/react";
import { FormErrorSummary } from "~/components/form-fields";
import { OrganizationFields } from "~/components/organization-fields";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm } from "~/lib/forms.server";
import { requireMembership } from "~/lib/permissions.server";
import { organizationSettingsSchema } from "~/lib/schemas";
import { SlugTakenError, updateOrganization } from "~/models/organization.server";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction = () => [{ title: "Settings · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.slug, "organization.edit");
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.edit");
  const parsed = parseForm(await request.formData(), organizationSettingsSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  try {
    const updated = updateOrganization(organization.id, parsed.data);
    return redirect(`/o/${updated.slug}`);
  } catch (error) {
    if (error instanceof SlugTakenError) return fieldError(parsed.values, "slug", error.message);
    throw error;
  }
}

export default function OrganizationSettings() {
  const { organization } = useOrganization();
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <OrganizationFields failure={failure} defaults={organization} />
        <p className="muted">Changing the web address breaks links people saved to the old one.</p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Saving…" : "Save changes"}
        </button>
      </Form>
    </section>
  );
}
