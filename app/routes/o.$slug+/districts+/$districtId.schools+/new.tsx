import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { schoolSchema } from "~/lib/schemas.server";
import { createSchool, getSchool } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { SchoolFields } from "../__district-fields";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  // The school just added, by id, so the confirmation can only ever name a real school of this district.
  const addedId = new URL(request.url).searchParams.get("added");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("school.newMetaTitle"),
    added: addedId ? (getSchool(district.id, addedId)?.name ?? null) : null,
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    paste: href("/o/:slug/districts/:districtId/schools/paste", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const form = await readForm(request);
  const another = form.get("then") === "another";
  form.delete("then");
  const parsed = parseForm(form, schoolSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  return explainConflicts(parsed.values, () => {
    const school = createSchool(district.id, parsed.data);
    // "Add and add another" comes back to an empty form that says what was just added.
    if (another) {
      const ids = { slug: organization.slug, districtId: district.id };
      return redirect(href("/o/:slug/districts/:districtId/schools/new", ids, { added: school.id }));
    }
    return redirectWithConfirmation(
      href("/o/:slug/districts/:districtId/schools/:schoolId", {
        slug: organization.slug,
        districtId: district.id,
        schoolId: school.id,
      }),
      "school-added",
    );
  });
}

export default function NewSchool() {
  const { added, districtName, back, paste } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("districts");
  return (
    <FormSection
      id="new-school-title"
      title={t("district.addSchool")}
      failure={failure}
      submitLabel={t("school.submit")}
      busyLabel={t("adding")}
      back={{ to: back, label: districtName }}
      moreActions={
        <button type="submit" name="then" value="another" className="button button--secondary">
          {t("school.addAnother")}
        </button>
      }
    >
      {added && !failure.errors.name ? (
        <p className="notice notice--success" role="status">
          <Trans
            t={t}
            i18nKey="school.added"
            values={{ name: added, district: districtName }}
            components={{ linked: <Link to={back} /> }}
          />
        </p>
      ) : null}
      <p>
        <Trans t={t} i18nKey="school.haveList" components={{ linked: <Link to={paste} /> }} />
      </p>
      <SchoolFields key={added ?? ""} failure={failure} defaults={{}} />
    </FormSection>
  );
}
