import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { getSchool, listSchools } from "~/models/district.server";
import { updateTarget } from "~/models/target.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireTarget } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { TargetFields } from "./__target-fields";
import { targetFormSchema } from "./__target-form.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("target.editMetaTitle"),
    back: href("/o/:slug/districts/:districtId/targets/:targetId", {
      slug: organization.slug,
      districtId: district.id,
      targetId: target.id,
    }),
    schools: listSchools(district.id).map(({ id, name }) => ({ id, name })),
    target,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  const parsed = parseForm(await readForm(request), targetFormSchema, ["domains"]);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.schoolId && !getSchool(district.id, parsed.data.schoolId)) {
    return fieldError(parsed.values, "schoolId", "districts:targetForm.validation.schoolOfDistrict");
  }
  updateTarget(district.id, target.id, parsed.data);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId/targets/:targetId", {
      slug: organization.slug,
      districtId: district.id,
      targetId: target.id,
    }),
    "saved",
  );
}

export default function EditTarget() {
  const { back, schools, target } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  return (
    <FormSection
      id="edit-target-title"
      title={t("edit.title", { name: target.name })}
      failure={failure}
      submitLabel={t("saveChanges")}
      busyLabel={t("saving")}
      cancelTo={back}
    >
      <TargetFields failure={failure} defaults={target} schools={schools} />
    </FormSection>
  );
}
