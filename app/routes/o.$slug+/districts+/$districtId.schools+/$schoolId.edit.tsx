import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { schoolSchema } from "~/lib/schemas.server";
import { updateSchool } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireSchool } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { SchoolFields } from "../__district-fields";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("school.editMetaTitle"),
    school: { name: school.name, level: school.level, ncesId: school.ncesId },
    back: href("/o/:slug/districts/:districtId/schools/:schoolId", {
      slug: organization.slug,
      districtId: district.id,
      schoolId: school.id,
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const parsed = parseForm(await readForm(request), schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    updateSchool(district.id, school.id, parsed.data);
    return redirectWithConfirmation(
      href("/o/:slug/districts/:districtId/schools/:schoolId", {
        slug: organization.slug,
        districtId: district.id,
        schoolId: school.id,
      }),
      "saved",
    );
  });
}

export default function EditSchool() {
  const { school, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  return (
    <FormSection
      id="edit-school-title"
      title={t("edit.title", { name: school.name })}
      failure={failure}
      submitLabel={t("saveChanges")}
      busyLabel={t("saving")}
      cancelTo={back}
    >
      <SchoolFields failure={failure} defaults={school} />
    </FormSection>
  );
}
