import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { DeleteActions } from "~/components/record-page";
import { href } from "~/lib/paths";
import { deleteSchool } from "~/models/district.server";
import { targetsAtSchool } from "~/models/target.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireSchool } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const ids = { slug: organization.slug, districtId: district.id };
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("school.deleteMetaTitle"),
    school: { name: school.name },
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId/schools/:schoolId", { ...ids, schoolId: school.id }),
    targets: targetsAtSchool(school.id).map((target) => ({
      ...target,
      href: href("/o/:slug/districts/:districtId/targets/:targetId", { ...ids, targetId: target.id }),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const targets = targetsAtSchool(school.id);
  if (targets.length) {
    const { t } = await requestTranslator(request, "districts");
    return data({ message: t("school.targetsFirst", { count: targets.length }) }, { status: 409 });
  }
  deleteSchool(district.id, school.id);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    "deleted",
  );
}

export default function DeleteSchool() {
  const { school, districtName, back, targets } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("districts");
  return (
    <section className="narrow" aria-labelledby="delete-school-title">
      <h1 id="delete-school-title">{t("delete.title", { name: school.name })}</h1>
      {actionData?.message ? (
        <p className="notice notice--error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {targets.length ? (
        <>
          <p>{t("school.targetsHere", { name: school.name })}</p>
          <ul>
            {targets.map((target) => (
              <li key={target.id}>
                <Link to={target.href}>{target.name}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to={back}>{t("backTo", { name: school.name })}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("school.willBeRemoved", { name: school.name, district: districtName })}</p>
          <Form method="post">
            <DeleteActions label={t("school.deleteSubmit")} back={back} />
          </Form>
        </>
      )}
    </section>
  );
}
