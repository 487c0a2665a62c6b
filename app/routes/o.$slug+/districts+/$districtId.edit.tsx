import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { districtSchema } from "~/lib/schemas.server";
import { updateDistrict } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { DistrictFields } from "./__district-fields";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("edit.metaTitle"),
    district: { id: district.id, name: district.name, state: district.state, ncesId: district.ncesId },
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const parsed = parseForm(await readForm(request), districtSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    updateDistrict(organization.id, district.id, parsed.data);
    return redirectWithConfirmation(
      href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
      "saved",
    );
  });
}

export default function EditDistrict() {
  const { district, back } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  return (
    <FormSection
      id="edit-district-title"
      title={t("edit.title", { name: district.name })}
      failure={failure}
      submitLabel={t("saveChanges")}
      busyLabel={t("saving")}
      cancelTo={back}
    >
      <DistrictFields failure={failure} defaults={district} />
    </FormSection>
  );
}
