import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { DeleteActions } from "~/components/record-page";
import { formValues, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { countCampaignsInDistrict } from "~/models/campaign.server";
import {
  deleteDistrict,
  DependentRecordsError,
  DistrictHasCampaignsError,
  districtDependents,
  listSchools,
} from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { confirmationSchema } from "./__district-delete-form.server";
import { dependentsText } from "./__district-dependents";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("delete.metaTitle"),
    district: { id: district.id, name: district.name },
    schools: listSchools(district.id).map(({ id, name }) => ({ id, name })),
    dependents: districtDependents(district.id),
    campaigns: countCampaignsInDistrict(district.id),
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const { t } = await requestTranslator(request, "districts");
  const parsed = confirmationSchema.safeParse(formValues(await readForm(request)));
  if (!parsed.success) return data({ message: t("delete.incomplete") }, { status: 400 });
  const { alsoDeleteDependents, ...confirmed } = parsed.data;
  const hasDependents = Object.values(confirmed).some((n) => n > 0);
  if (hasDependents && !alsoDeleteDependents) {
    return data({ message: t("delete.tickTheBox", { dependents: dependentsText(t, confirmed) }) }, { status: 400 });
  }
  try {
    deleteDistrict(organization.id, district.id, confirmed);
  } catch (error) {
    if (error instanceof DependentRecordsError) {
      const message = t("delete.changed", { dependents: dependentsText(t, error.dependents) });
      return data({ message }, { status: 409 });
    }
    if (error instanceof DistrictHasCampaignsError)
      return data({ message: t("delete.hasCampaigns", { count: error.campaigns }) }, { status: 409 });
    throw error;
  }
  return redirectWithConfirmation(href("/o/:slug/districts", { slug: organization.slug }), "deleted");
}

export default function DeleteDistrict() {
  const { district, schools, dependents, back, campaigns } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("districts");
  const listed = dependentsText(t, dependents);
  const hasDependents = listed !== "";
  if (campaigns > 0) {
    return (
      <section className="narrow" aria-labelledby="delete-district-title">
        <h1 id="delete-district-title">{t("delete.cannotTitle", { name: district.name })}</h1>
        <p>{t("delete.cannotText", { count: campaigns })}</p>
        <p>
          <Link to={back}>{t("backTo", { name: district.name })}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow" aria-labelledby="delete-district-title">
      <h1 id="delete-district-title">{t("delete.title", { name: district.name })}</h1>
      {actionData?.message ? (
        <p className="notice notice--error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {hasDependents ? (
        <>
          <p>{t("delete.alsoDeletes", { dependents: listed })}</p>
          {schools.length ? (
            <>
              <h2>{t("district.schools")}</h2>
              <ul>
                {schools.map((school) => (
                  <li key={school.id}>{school.name}</li>
                ))}
              </ul>
            </>
          ) : null}
          {dependents.declarations ? <p>{t("delete.declarationsGo")}</p> : null}
        </>
      ) : (
        <p>{t("delete.nothingElse")}</p>
      )}
      <Form method="post" className="stack">
        <input type="hidden" name="schools" value={dependents.schools} />
        <input type="hidden" name="targets" value={dependents.targets} />
        <input type="hidden" name="declarations" value={dependents.declarations} />
        <input type="hidden" name="diagnostics" value={dependents.diagnostics} />
        {hasDependents ? (
          <label className="choice">
            <input type="checkbox" name="alsoDeleteDependents" value="yes" />
            <span>{t("delete.confirm", { dependents: listed })}</span>
          </label>
        ) : null}
        <DeleteActions label={t("delete.submit")} back={back} />
      </Form>
    </section>
  );
}
