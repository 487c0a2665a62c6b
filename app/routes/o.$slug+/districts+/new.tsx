import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { districtSchema } from "~/lib/schemas.server";
import { createDistrict } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { DistrictFields } from "./__district-fields";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.slug, "districts.edit");
  const { t } = await requestTranslator(request, "districts");
  return { title: t("new.metaTitle") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "districts.edit");
  const parsed = parseForm(await readForm(request), districtSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const district = createDistrict(organization.id, parsed.data);
    return redirectWithConfirmation(
      href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
      "district-added",
    );
  });
}

export default function NewDistrict() {
  const { organization } = useOrganization();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  return (
    <FormSection
      id="new-district-title"
      title={t("new.title")}
      failure={failure}
      submitLabel={t("new.submit")}
      busyLabel={t("adding")}
    >
      <DistrictFields failure={failure} defaults={{ state: organization.state }} />
    </FormSection>
  );
}
