import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { questionSet } from "~/lib/typology/diagnostic";
import { saveDiagnostic } from "~/models/typology.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDiagnostic } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { DiagnosticFields } from "./__diagnostic-form";
import { diagnosticFormValues, savedFormAnswers } from "./__typology-fields";
import { diagnosticFormSchema } from "./__typology-forms.server";

export const handle = { i18n: ["diagnostic"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, diagnostic } = await requireDiagnostic(request, params, "typology.diagnose");
  const { t } = await requestTranslator(request, "diagnostic");
  return {
    title: t("edit.metaTitle"),
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
  const { t } = useTranslation("diagnostic");
  return (
    <FormSection
      id="diagnostic-title"
      title={t("edit.title", { district: districtName })}
      failure={failure}
      submitLabel={t("edit.submit")}
      busyLabel={t("form.busy")}
      cancelTo={back}
    >
      {earlierQuestions ? <p className="notice">{t("edit.earlierQuestions")}</p> : null}
      <DiagnosticFields failure={failure} defaults={defaults} />
    </FormSection>
  );
}
