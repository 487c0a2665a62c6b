import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { OrganizationFields } from "~/components/organization-fields";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { requireMembership } from "~/lib/permissions.server";
import { organizationSettingsSchema } from "~/lib/schemas";
import { updateOrganization } from "~/models/organization.server";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction = () => [{ title: "Settings · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.slug, "organization.edit");
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "organization.edit");
  const parsed = parseForm(await readForm(request), organizationSettingsSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const updated = updateOrganization(organization.id, parsed.data);
    return redirect(`/o/${updated.slug}`);
  });
}

export default function OrganizationSettings() {
  const { organization } = useOrganization();
  const failure = useFormFailure();
  return (
    <FormSection id="settings-title" title="Settings" failure={failure} submitLabel="Save changes" busyLabel="Saving…">
      <OrganizationFields failure={failure} defaults={organization} />
      <p className="muted">Changing the web address breaks links people saved to the old one.</p>
    </FormSection>
  );
}
