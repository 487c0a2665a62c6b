import { Pager } from "~/components/pager";
import { pageParam } from "~/lib/schemas";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FilterSelect } from "~/components/form-fields";
import { TaskList } from "~/components/task-list";
import { taskStatuses } from "~/lib/domain";
import { taskStatusLabels } from "~/lib/labels";
import { requireMembership } from "~/lib/permissions.server";
import { todayIn } from "~/lib/zoned-time";
import { listTasks, taskListItems, taskPageSize } from "~/models/task.server";
import { useOrganization } from "./o.$slug";

export const meta: MetaFunction = () => [{ title: "Tasks · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "campaigns.view");
  const search = new URL(request.url).searchParams;
  const today = todayIn(organization.timeZone);
  const status = taskStatuses.find((s) => s === search.get("status"));
  const mine = search.get("mine") === "1";
  const overdue = search.get("overdue") === "1";
  const page = pageParam(search);
  const { rows, total } = listTasks(organization.id, { status, assigneeId: mine ? user.id : undefined, overdueOn: overdue ? today : undefined, page });
  return {
    tasks: taskListItems(rows, today),
    filter: { status: status ?? "", mine, overdue },
    page,
    pages: Math.max(1, Math.ceil(total / taskPageSize)),
    total,
  };
}

export default function Tasks() {
  const { organization, allowed } = useOrganization();
  const { tasks, filter, page, pages, total } = useLoaderData<typeof loader>();
  const base = `/o/${organization.slug}/tasks`;
  return (
    <section aria-labelledby="tasks-title">
      <div className="page-heading">
        <h1 id="tasks-title">{filter.mine ? "My tasks" : "Tasks"}</h1>
        {allowed.assignTasks ? (
          <Link className="button" to={`${base}/new`}>
            Assign a task
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters">
        <FilterSelect id="task-status" name="status" label="Status" value={filter.status} options={taskStatuses.map((s) => [s, taskStatusLabels[s]] as const)} />
        <label className="choice">
          <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} />
          <span>Only mine</span>
        </label>
        <label className="choice">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />
          <span>Only overdue</span>
        </label>
        <button type="submit" className="button button--small button--secondary">
          Show
        </button>
      </Form>
      <p className="muted">
        {total} task{total === 1 ? "" : "s"}
      </p>
      <TaskList tasks={tasks} base={base} />
      <Pager label="Pages of tasks" page={page} pages={pages} query={{ status: filter.status, mine: filter.mine ? "1" : "", overdue: filter.overdue ? "1" : "" }} />
    </section>
  );
}
