import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FilterSelect } from "~/components/form-fields";
import { Pager } from "~/components/pager";
import { TaskList } from "~/components/task-list";
import { Trans } from "~/components/trans";
import { taskStatuses } from "~/lib/domain";
import { localeFor } from "~/lib/format-dates";
import { formatCount } from "~/lib/format-numbers";
import { notFound } from "~/lib/http.server";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { pageParam } from "~/lib/schemas.server";
import { todayIn } from "~/lib/zoned-time";
import { getCampaign } from "~/models/campaign.server";
import { listTasks, taskListItems, taskPageSize } from "~/models/task.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const handle = { i18n: ["tasks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "campaigns.view");
  const { t, language } = await requestTranslator(request, "tasks");
  const search = new URL(request.url).searchParams;
  const today = todayIn(organization.timeZone);
  const status = taskStatuses.find((s) => s === search.get("status"));
  const mine = search.get("mine") === "1";
  const overdue = search.get("overdue") === "1";
  const page = pageParam(search);
  const campaignId = search.get("campaign");
  const campaign = campaignId ? getCampaign(organization.id, campaignId) : undefined;
  if (campaignId && !campaign) notFound(t("list.campaignNotFound"));
  const { rows, total } = listTasks(organization.id, {
    status,
    assigneeId: mine ? user.id : undefined,
    campaignId: campaign?.id,
    overdueOn: overdue ? today : undefined,
    page,
  });
  return {
    title: t("list.metaTitle"),
    tasks: taskListItems(rows, today, localeFor(language)),
    totalText: formatCount(total, localeFor(language)),
    filter: {
      status: status ?? "",
      mine,
      overdue,
      campaign: campaign ? { id: campaign.id, title: campaign.title } : null,
    },
    page,
    pages: Math.max(1, Math.ceil(total / taskPageSize)),
    total,
  };
}

export default function Tasks() {
  const { organization, allowed } = useOrganization();
  const { tasks, filter, page, pages, total, totalText } = useLoaderData<typeof loader>();
  const query = {
    status: filter.status,
    mine: filter.mine ? "1" : "",
    overdue: filter.overdue ? "1" : "",
    campaign: filter.campaign?.id ?? "",
  };
  const { t } = useTranslation("tasks");
  return (
    <section aria-labelledby="tasks-title">
      <div className="page-heading">
        <h1 id="tasks-title">{filter.mine ? t("list.mine") : t("list.title")}</h1>
        {allowed.assignTasks ? (
          <Link className="button" to={href("/o/:slug/tasks/new", { slug: organization.slug })}>
            {t("list.assign")}
          </Link>
        ) : null}
      </div>
      {filter.campaign ? (
        <p>
          <Trans
            t={t}
            i18nKey="list.onlyCampaign"
            values={{ title: filter.campaign.title }}
            components={{
              linked: (
                <Link
                  to={href("/o/:slug/campaigns/:campaignId", {
                    slug: organization.slug,
                    campaignId: filter.campaign.id,
                  })}
                />
              ),
            }}
          />{" "}
          <Link to={href("/o/:slug/tasks", { slug: organization.slug }, { ...query, campaign: undefined })}>
            {t("list.everyCampaign")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filters">
        {filter.campaign ? <input type="hidden" name="campaign" value={filter.campaign.id} /> : null}
        <FilterSelect
          id="task-status"
          name="status"
          label={t("list.status")}
          value={filter.status}
          options={taskStatuses.map((s) => [s, t(labelKeys.taskStatus[s])] as const)}
        />
        <label className="choice">
          <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} />
          <span>{t("list.onlyMine")}</span>
        </label>
        <label className="choice">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />
          <span>{t("list.onlyOverdue")}</span>
        </label>
        <button type="submit" className="button button--small button--secondary">
          {t("list.show")}
        </button>
      </Form>
      <p className="muted">{t("list.count", { count: total, formatted: totalText })}</p>
      <TaskList tasks={tasks} slug={organization.slug} />
      <Pager label={t("list.pages")} page={page} pages={pages} query={query} />
    </section>
  );
}
