import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FilterSelect } from "~/components/form-fields";
import { Pager } from "~/components/pager";
import { askStatuses, openAskStatuses } from "~/lib/domain";
import { formatDay } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { idParam, pageParam } from "~/lib/schemas.server";
import { useLocale } from "~/lib/use-language";
import { askPageSize, listAsks } from "~/models/ask.server";
import { targetOptions } from "~/models/campaign.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireCampaign } from "~/services/permissions.server";

export const handle = { i18n: ["asks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, campaign } = await requireCampaign(request, params, "campaigns.view");
  const search = new URL(request.url).searchParams;
  const status = askStatuses.find((s) => s === search.get("status"));
  const target = idParam.safeParse(search.get("target"));
  const page = pageParam(search);
  const { rows, total } = listAsks(campaign.id, { status, targetId: target.success ? target.data : undefined, page });
  const { t } = await requestTranslator(request, "asks");
  return {
    title: t("list.metaTitle"),
    campaign: {
      id: campaign.id,
      title: campaign.title,
      href: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: campaign.id }),
    },
    asks: rows.map(({ id, targetName, text, status, followUpOn }) => ({ id, targetName, text, status, followUpOn })),
    targets: targetOptions(campaign.districtId),
    filter: { status: status ?? "", target: target.success ? target.data : "" },
    page,
    pages: Math.max(1, Math.ceil(total / askPageSize)),
    total,
  };
}

export default function Asks() {
  const { organization, allowed } = useOrganization();
  const { campaign, asks, targets, filter, page, pages, total } = useLoaderData<typeof loader>();
  const { t } = useTranslation("asks");
  const locale = useLocale();
  const params = { slug: organization.slug, campaignId: campaign.id };
  return (
    <section aria-labelledby="asks-title">
      <p className="breadcrumb">
        <Link to={campaign.href}>{campaign.title}</Link>
      </p>
      <div className="page-heading">
        <h1 id="asks-title">{t("list.title")}</h1>
        {allowed.editAsks ? (
          <Link className="button" to={href("/o/:slug/campaigns/:campaignId/asks/new", params)}>
            {t("list.plan")}
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters">
        <FilterSelect
          id="ask-status"
          name="status"
          label={t("list.status")}
          value={filter.status}
          options={askStatuses.map((s) => [s, t(labelKeys.askStatus[s])] as const)}
        />
        <FilterSelect
          id="ask-target"
          name="target"
          label={t("list.target")}
          value={filter.target}
          options={targets.map((t) => [t.id, t.name] as const)}
        />
        <button type="submit" className="button button--small button--secondary">
          {t("list.show")}
        </button>
      </Form>
      <p className="muted">{t("list.count", { count: total, formatted: formatCount(total, locale) })}</p>
      {asks.length === 0 ? (
        <p className="empty">{t("list.none")}</p>
      ) : (
        <ul className="card-list">
          {asks.map((ask) => (
            <li key={ask.id} className="card">
              <p>
                <Link to={href("/o/:slug/campaigns/:campaignId/asks/:askId", { ...params, askId: ask.id })}>
                  {ask.text}
                </Link>
              </p>
              <p className="muted">
                {ask.targetName} ·{" "}
                <span className={`status status--${ask.status}`}>{t(labelKeys.askStatus[ask.status])}</span>
                {ask.followUpOn && openAskStatuses.includes(ask.status)
                  ? ` · ${t("list.followUp", { date: formatDay(ask.followUpOn, "date", locale) })}`
                  : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager
        label={t("list.pages")}
        page={page}
        pages={pages}
        query={{ status: filter.status, target: filter.target }}
      />
    </section>
  );
}
