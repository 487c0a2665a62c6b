import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { questionSet } from "~/lib/typology/diagnostic";
import { saveDiagnostic } from "~/models/typology.server";
import { requireDiagnostic } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { DiagnosticFields } from "./__diagnostic-form";
import { diagnosticFormValues, savedFormAnswers } from "./__typology-fields";
import { diagnosticFormSchema } from "./__typology-forms.server";

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
    // Answers to older questions come back only where the question is the same; the rest are left to answer.
    defaults: diagnosticFormValues(diagnostic.context, savedFormAnswers(diagnostic.saved)),
    earlierQuestions: diagnostic.saved.questionSet !== questionSet,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, user, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  const parsed = parseForm(await readForm(request), diagnosticFormSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  saveDiagnostic(district.id, parsed.data, user.id, diagnostic.id);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId", {
      slug: organization.slug,
      districtId: district.id,
      diagnosticId: diagnostic.id,
    }),
    "diagnostic-saved",
  );
}

export default function EditDiagnostic() {
  const { districtName, back, defaults, earlierQuestions } = useLoaderData<typeof loader>();
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
      {earlierQuestions ? (
        <p className="notice">
          These answers were given to an earlier set of questions. Answers to questions that are still the same are
          filled in; the new ones are left for you.
        </p>
      ) : null}
      <DiagnosticFields failure={failure} defaults={defaults} />
    </FormSection>
  );
}
