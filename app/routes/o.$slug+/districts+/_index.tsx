import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { formatCount } from "~/lib/format-numbers";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { stateName } from "~/lib/us-states";
import { useLanguage, useLocale } from "~/lib/use-language";
import { listDistricts } from "~/models/district.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "districts.view");
  const { t } = await requestTranslator(request, "districts");
  return { title: t("list.metaTitle"), districts: listDistricts(organization.id) };
}

export default function Districts() {
  const { organization, allowed } = useOrganization();
  const { districts } = useLoaderData<typeof loader>();
  const { t } = useTranslation("districts");
  const language = useLanguage();
  const locale = useLocale();
  const params = { slug: organization.slug };
  return (
    <section aria-labelledby="districts-title">
      <div className="page-heading">
        <h1 id="districts-title">{t("list.title")}</h1>
        {allowed.editDistricts ? (
          <Link className="button" to={href("/o/:slug/districts/new", params)}>
            {t("list.add")}
          </Link>
        ) : null}
      </div>
      {districts.length === 0 ? (
        <p className="empty">{t("list.empty")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("list.caption", { organization: organization.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("list.district")}</th>
              <th scope="col">{t("list.state")}</th>
              <th scope="col">{t("list.ncesId")}</th>
              <th scope="col">{t("list.schools")}</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((district) => (
              <tr key={district.id}>
                <th scope="row">
                  <Link to={href("/o/:slug/districts/:districtId", { ...params, districtId: district.id })}>
                    {district.name}
                  </Link>
                </th>
                <td data-label={t("list.state")}>{stateName(district.state, language)}</td>
                <td data-label={t("list.ncesId")}>{district.ncesId ?? "—"}</td>
                <td data-label={t("list.schools")}>{formatCount(district.schoolCount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
