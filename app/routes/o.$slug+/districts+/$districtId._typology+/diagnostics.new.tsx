import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { saveDiagnostic } from "~/models/typology.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { DiagnosticFields } from "./__diagnostic-form";
import { diagnosticFormSchema } from "./__typology-forms.server";

export const meta: MetaFunction = () => [{ title: "District diagnostic · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "typology.diagnose");
  const context = new URL(request.url).searchParams.get("context")?.slice(0, 120) ?? "";
  return {
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    context,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, user } = await requireDistrict(request, params, "typology.diagnose");
  const parsed = parseForm(await readForm(request), diagnosticFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const id = saveDiagnostic(district.id, parsed.data, user.id);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId", {
      slug: organization.slug,
      districtId: district.id,
      diagnosticId: id,
    }),
    "diagnostic-saved",
  );
}

export default function NewDiagnostic() {
  const { districtName, back, context } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="diagnostic-title"
      title={`What kind of system is ${districtName}?`}
      failure={failure}
      submitLabel="See the results"
      busyLabel="Scoring…"
      back={{ to: back, label: districtName }}
    >
      <DiagnosticFields failure={failure} defaults={{ context }} />
    </FormSection>
  );
}
