import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FilterSelect } from "~/components/form-fields";
import { campaignStatuses } from "~/lib/domain";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { listCampaigns } from "~/models/campaign.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const handle = { i18n: ["campaigns"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "campaigns.view");
  const requested = new URL(request.url).searchParams.get("status");
  const status = campaignStatuses.find((s) => s === requested);
  const { t } = await requestTranslator(request, "campaigns");
  return { campaigns: listCampaigns(organization.id, status), status: status ?? "", title: t("list.metaTitle") };
}

export default function Campaigns() {
  const { organization, allowed } = useOrganization();
  const { campaigns, status } = useLoaderData<typeof loader>();
  const { t } = useTranslation("campaigns");
  const params = { slug: organization.slug };
  return (
    <section aria-labelledby="campaigns-title">
      <div className="page-heading">
        <h1 id="campaigns-title">{t("list.title")}</h1>
        {allowed.editCampaigns ? (
          <Link className="button" to={href("/o/:slug/campaigns/new", params)}>
            {t("list.start")}
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters">
        <FilterSelect
          id="status-filter"
          name="status"
          label={t("list.status")}
          value={status}
          options={campaignStatuses.map((s) => [s, t(labelKeys.campaignStatus[s])] as const)}
        />
        <button type="submit" className="button button--small button--secondary">
          {t("list.show")}
        </button>
      </Form>
      {campaigns.length === 0 ? (
        <p className="empty">{status ? t("list.noneWithStatus") : t("list.none")}</p>
      ) : (
        <ul className="card-list">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="card">
              <h2 className="card__title">
                <Link to={href("/o/:slug/campaigns/:campaignId", { ...params, campaignId: campaign.id })}>
                  {campaign.title}
                </Link>
              </h2>
              <p>{campaign.win}</p>
              <p className="muted">
                {t(labelKeys.campaignStatus[campaign.status])} · {campaign.districtName}
                {campaign.leadName ? ` · ${t("list.ledBy", { name: campaign.leadName })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
