import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DiagnosticFields } from "./__diagnostic-form";
import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { requireDiagnostic } from "~/services/permissions.server";
import { diagnosticFormSchema, diagnosticFormValues } from "./__typology-forms";
import { saveDiagnostic } from "~/models/typology.server";

export const meta: MetaFunction = () => [{ title: "Revise the diagnostic · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  return {
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId", {
      slug: organization.slug,
      districtId: district.id,
      diagnosticId: diagnostic.id,
    }),
    defaults: diagnosticFormValues(diagnostic.context, diagnostic.answers),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, user, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  const parsed = parseForm(await readForm(request), diagnosticFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  saveDiagnostic(district.id, parsed.data, user.id, diagnostic.id);
  return redirect(
    href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId", {
      slug: organization.slug,
      districtId: district.id,
      diagnosticId: diagnostic.id,
    }),
  );
}

export default function EditDiagnostic() {
  const { districtName, back, defaults } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="diagnostic-title"
      title={`Revise the answers for ${districtName}`}
      failure={failure}
      submitLabel="Save and see the results"
      busyLabel="Scoring…"
      cancelTo={back}
    >
      <DiagnosticFields failure={failure} defaults={defaults} />
    </FormSection>
  );
}
