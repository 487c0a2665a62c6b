import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, SelectField, TextAreaField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatDay } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { taskStatusLabels } from "~/lib/labels";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { todayIn } from "~/lib/zoned-time";
import { campaignLeads } from "~/models/campaign.server";
import { isOverdue, reassignTask, settleTask } from "~/models/task.server";
import { emailTaskAssigned } from "~/services/email/notifications.server";
import { requireTask, requireTaskChange } from "~/services/permissions.server";

import { settleTaskSchema } from "./__task-form.server";
import { limitsTask } from "./__task-limits";

export const meta: MetaFunction = () => [{ title: "Task · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, task, user, role } = await requireTask(request, params);
  const today = todayIn(organization.timeZone);
  const canAssign = can(organization.kind, role, "tasks.assign");
  return {
    task: { ...task, overdue: isOverdue(task, today) },
    mine: task.assigneeId === user.id,
    canAssign,
    members: canAssign ? campaignLeads(organization.id) : [],
    tasksHref: href("/o/:slug/tasks", { slug: organization.slug }),
    campaignHref: task.campaignId
      ? href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: task.campaignId })
      : null,
    warning: new URL(request.url).searchParams.get("warning") === "past-due" && isOverdue(task, today),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const context = await requireTask(request, params);
  const { organization, task, user } = context;
  const parsed = parseForm(await readForm(request), settleTaskSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const input = parsed.data;
  if (input.intent === "reassign") {
    requireTaskChange(context, "reassign");
    if (!campaignLeads(organization.id).some((m) => m.id === input.assigneeId))
      return fieldError(parsed.values, "assigneeId", "Choose a member of your coalition.");
    reassignTask(organization.id, task, input.assigneeId, user);
    emailTaskAssigned(task.id, input.assigneeId, user);
  } else {
    requireTaskChange(context, "settle");
    if (task.status !== "open") return fieldError(parsed.values, "form", "This task is no longer open.");
    settleTask(
      organization.id,
      task,
      input.intent === "done" ? { status: "done" } : { status: "handed-back", note: input.note },
      user,
    );
  }
  return redirect(href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: task.id }));
}

export default function TaskPage() {
  const { task, mine, canAssign, members, tasksHref, campaignHref, warning } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <section aria-labelledby="task-title">
      <p className="breadcrumb">
        <Link to={tasksHref}>Tasks</Link>
      </p>
      <h1 id="task-title">{task.title}</h1>
      {warning ? (
        <p className="notice notice--error" role="status">
          This task was already overdue when it was assigned. Check that the due date is right.
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>Due</dt>
          <dd>
            {formatDay(task.dueOn, "date")}
            {task.overdue ? <strong className="overdue"> · Overdue</strong> : null}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{taskStatusLabels[task.status]}</dd>
        </div>
        <div>
          <dt>Assigned to</dt>
          <dd>{task.assigneeName ?? "No one (handed back)"}</dd>
        </div>
        <div>
          <dt>Campaign</dt>
          <dd>{campaignHref ? <Link to={campaignHref}>{task.campaignTitle}</Link> : "None"}</dd>
        </div>
      </dl>
      {task.details ? <p className="prewrap">{task.details}</p> : null}
      {task.handBackNote ? <p className="notice">Handed back: {task.handBackNote}</p> : null}
      <FormErrorSummary errors={failure.errors} />
      {mine && task.status === "open" ? (
        <div className="stack narrow">
          <Form method="post">
            <input type="hidden" name="intent" value="done" />
            <button type="submit" className="button">
              Mark done
            </button>
          </Form>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="hand-back" />
            <TextAreaField
              name="note"
              label="Hand it back: why?"
              maxLength={limitsTask.note}
              defaultValue={failure.values.note}
              error={failure.errors.note}
            />
            <p>
              <button type="submit" className="button button--secondary">
                Hand back
              </button>
            </p>
          </Form>
        </div>
      ) : null}
      {canAssign ? (
        <Form method="post" className="stack narrow" noValidate>
          <input type="hidden" name="intent" value="reassign" />
          <SelectField
            name="assigneeId"
            label="Reassign to"
            defaultValue={task.assigneeId ?? ""}
            error={failure.errors.assigneeId}
          >
            <option value="">Choose a member…</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <p>
            <button type="submit" className="button button--secondary">
              Reassign
            </button>
          </p>
        </Form>
      ) : null}
    </section>
  );
}
