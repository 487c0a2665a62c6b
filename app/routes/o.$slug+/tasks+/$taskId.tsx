import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { FormErrorSummary, SelectField, TextAreaField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatDay, formatMoment } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { taskStatusLabels } from "~/lib/labels";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { todayIn } from "~/lib/zoned-time";
import { campaignLeads } from "~/models/campaign.server";
import { closeTask, isOverdue, reassignTask, reopenTask, settleTask, taskMeetingAndAsk } from "~/models/task.server";
import { emailTaskAssigned, emailTaskHandedBack } from "~/services/email/notifications.server";
import { requireTask, requireTaskChange, undoDone } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { settleTaskSchema } from "./__task-form.server";
import { limitsTask } from "./__task-limits";

export const meta: MetaFunction = () => [{ title: "Task · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, task, user, role } = await requireTask(request, params);
  const today = todayIn(organization.timeZone);
  const canAssign = can(organization.kind, role, "tasks.assign");
  const undo = task.status === "done" && task.assigneeId === user.id ? undoDone(task, user.id) : null;
  const { meeting, ask } = taskMeetingAndAsk(task);
  const slug = organization.slug;
  return {
    task: {
      ...taskFields(task),
      overdue: isOverdue(task, today),
      handedBackAt: task.handedBackAt ? formatMoment(task.handedBackAt, "short", organization.timeZone) : null,
    },
    mine: task.assigneeId === user.id,
    undo: undo && (undo.allowed ? { until: formatMoment(undo.until, "short", organization.timeZone) } : null),
    // Done and not yet confirmed: an organizer's "Confirm done" ends the assignee's chance to undo it.
    canClose:
      canAssign &&
      task.status === "done" &&
      !(task.organizerActedAt && task.doneAt && task.organizerActedAt >= task.doneAt),
    meeting: meeting && {
      title: meeting.title,
      href: href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
        slug,
        campaignId: meeting.campaignId,
        meetingId: meeting.id,
      }),
    },
    ask: ask && {
      label: `${ask.targetName}: ${ask.text}`,
      href: href("/o/:slug/campaigns/:campaignId/asks/:askId", { slug, campaignId: ask.campaignId, askId: ask.id }),
    },
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
  const page = href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: task.id });
  switch (input.intent) {
    case "reassign": {
      requireTaskChange(context, "reassign");
      if (!campaignLeads(organization.id).some((m) => m.id === input.assigneeId))
        return fieldError(parsed.values, "assigneeId", "Choose a member of your coalition.");
      reassignTask(organization.id, task, input.assigneeId, user);
      emailTaskAssigned(task.id, input.assigneeId, user);
      return redirectWithConfirmation(page, "task-reassigned");
    }
    case "close": {
      requireTaskChange(context, "close");
      if (task.status !== "done") return fieldError(parsed.values, "form", "Only a task marked done can be confirmed.");
      closeTask(organization.id, task, user);
      return redirectWithConfirmation(page, "task-closed");
    }
    case "undo": {
      requireTaskChange(context, "undo");
      const undo = undoDone(task, user.id);
      if (!undo.allowed) return fieldError(parsed.values, "form", undo.reason);
      reopenTask(organization.id, task, user);
      return redirectWithConfirmation(page, "task-reopened");
    }
    default: {
      requireTaskChange(context, "settle");
      if (task.status !== "open") return fieldError(parsed.values, "form", "This task is no longer open.");
      if (input.intent === "done") {
        settleTask(organization.id, task, { status: "done" }, user);
        return redirectWithConfirmation(page, "task-done");
      }
      settleTask(organization.id, task, { status: "handed-back", note: input.note }, user);
      emailTaskHandedBack(task.id, user);
      return redirectWithConfirmation(page, "task-handed-back");
    }
  }
}

/** What the page shows of a task (no timestamps the browser would only get as strings). */
function taskFields(task: Awaited<ReturnType<typeof requireTask>>["task"]) {
  const { id, title, details, dueOn, status, handBackNote, handedBackByName, assigneeId, assigneeName } = task;
  return {
    id,
    title,
    details,
    dueOn,
    status,
    handBackNote,
    handedBackByName,
    assigneeId,
    assigneeName,
    campaignTitle: task.campaignTitle,
  };
}

export default function TaskPage() {
  const { task, mine, undo, canClose, canAssign, members, tasksHref, campaignHref, meeting, ask, warning } =
    useLoaderData<typeof loader>();
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
        {meeting ? (
          <div>
            <dt>Meeting</dt>
            <dd>
              <Link to={meeting.href}>{meeting.title}</Link>
            </dd>
          </div>
        ) : null}
        {ask ? (
          <div>
            <dt>Ask</dt>
            <dd>
              <Link to={ask.href}>{ask.label}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {task.details ? <p className="prewrap">{task.details}</p> : null}
      {task.status === "handed-back" ? (
        <div className="notice notice--handed-back">
          <p>
            <strong>Handed back{task.handedBackByName ? ` by ${task.handedBackByName}` : ""}</strong>
            {task.handedBackAt ? ` on ${task.handedBackAt}` : ""}: {task.handBackNote}
          </p>
          {canAssign ? <p>It needs a new owner: choose someone below.</p> : null}
        </div>
      ) : null}
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
      {undo ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="undo" />
          <p className="muted">
            Marked done by mistake? You can undo it until {undo.until}, unless an organizer acts on it first.
          </p>
          <p>
            <button type="submit" className="button button--secondary">
              Undo “Mark done”
            </button>
          </p>
        </Form>
      ) : null}
      {canClose ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="close" />
          <p>
            <button type="submit" className="button button--secondary">
              Confirm it is done
            </button>
          </p>
        </Form>
      ) : null}
      {canAssign ? (
        <Form method="post" className="stack narrow" id="reassign" noValidate>
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
