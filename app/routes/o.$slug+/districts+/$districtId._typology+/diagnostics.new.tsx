import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { saveDiagnostic } from "~/models/typology.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { DiagnosticFields } from "./__diagnostic-form";
import { diagnosticFormSchema } from "./__typology-forms.server";

export const handle = { i18n: ["diagnostic"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "typology.diagnose");
  const context = new URL(request.url).searchParams.get("context")?.slice(0, 120) ?? "";
  const { t } = await requestTranslator(request, "diagnostic");
  return {
    title: t("new.metaTitle"),
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
  const { t } = useTranslation("diagnostic");
  return (
    <FormSection
      id="diagnostic-title"
      title={t("new.title", { district: districtName })}
      failure={failure}
      submitLabel={t("new.submit")}
      busyLabel={t("form.busy")}
      back={{ to: back, label: districtName }}
    >
      <DiagnosticFields failure={failure} defaults={{ context }} />
    </FormSection>
  );
}
