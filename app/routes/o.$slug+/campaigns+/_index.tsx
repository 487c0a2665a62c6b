import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FilterSelect } from "~/components/form-fields";
import { campaignStatuses } from "~/lib/domain";
import { campaignStatusLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { listCampaigns } from "~/models/campaign.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Campaigns · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "campaigns.view");
  const requested = new URL(request.url).searchParams.get("status");
  const status = campaignStatuses.find((s) => s === requested);
  return { campaigns: listCampaigns(organization.id, status), status: status ?? "" };
}

export default function Campaigns() {
  const { organization, allowed } = useOrganization();
  const { campaigns, status } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug };
  return (
    <section aria-labelledby="campaigns-title">
      <div className="page-heading">
        <h1 id="campaigns-title">Campaigns</h1>
        {allowed.editCampaigns ? (
          <Link className="button" to={href("/o/:slug/campaigns/new", params)}>
            Start a campaign
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters">
        <FilterSelect
          id="status-filter"
          name="status"
          label="Status"
          value={status}
          options={campaignStatuses.map((s) => [s, campaignStatusLabels[s]] as const)}
        />
        <button type="submit" className="button button--small button--secondary">
          Show
        </button>
      </Form>
      {campaigns.length === 0 ? (
        <p className="empty">{status ? "No campaigns with this status." : "No campaigns yet."}</p>
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
                {campaignStatusLabels[campaign.status]} · {campaign.districtName}
                {campaign.leadName ? ` · led by ${campaign.leadName}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
