import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormErrorSummary, SelectField, TextAreaField } from "~/components/form-fields";
import { useFormFailure } from "~/lib/form-failure";
import { formatDay, formatMoment } from "~/lib/format-dates";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import { useLocale } from "~/lib/use-language";
import { todayIn } from "~/lib/zoned-time";
import { campaignLeads } from "~/models/campaign.server";
import { closeTask, isOverdue, reassignTask, reopenTask, settleTask, taskMeetingAndAsk } from "~/models/task.server";
import { emailTaskAssigned, emailTaskHandedBack } from "~/services/email/notifications.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireTask, requireTaskChange, undoDone } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { settleTaskSchema } from "./__task-form.server";
import { limitsTask } from "./__task-limits";

export const handle = { i18n: ["tasks"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization, task, user, role } = await requireTask(request, params);
  const today = todayIn(organization.timeZone);
  const canAssign = can(organization.kind, role, "tasks.assign");
  const undo = task.status === "done" && task.assigneeId === user.id ? undoDone(task, user.id) : null;
  const { meeting, ask } = taskMeetingAndAsk(task);
  const slug = organization.slug;
  const { t } = await requestTranslator(request, "tasks");
  return {
    title: t("page.metaTitle", { title: task.title }),
    task: {
      ...taskFields(task),
      overdue: isOverdue(task, today),
      handedBackAt: task.handedBackAt,
    },
    mine: task.assigneeId === user.id,
    undo: undo && (undo.allowed ? { until: undo.until } : null),
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
        return fieldError(parsed.values, "assigneeId", "tasks:form.assigneeId.notMember");
      reassignTask(organization.id, task, input.assigneeId, user);
      emailTaskAssigned(task.id, input.assigneeId, user);
      return redirectWithConfirmation(page, "task-reassigned");
    }
    case "close": {
      requireTaskChange(context, "close");
      if (task.status !== "done") return fieldError(parsed.values, "form", "tasks:page.onlyDoneConfirmed");
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
      if (task.status !== "open") return fieldError(parsed.values, "form", "tasks:page.noLongerOpen");
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
  const { organization } = useOrganization();
  const failure = useFormFailure();
  const { t } = useTranslation("tasks");
  const locale = useLocale();
  const moment = (at: Date) => formatMoment(at, "short", organization.timeZone, locale);
  const dueOn = formatDay(task.dueOn, "date", locale);
  return (
    <section aria-labelledby="task-title">
      <p className="breadcrumb">
        <Link to={tasksHref}>{t("page.breadcrumb")}</Link>
      </p>
      <h1 id="task-title">{task.title}</h1>
      {warning ? (
        <p className="notice notice--error" role="status">
          {t("page.pastDueWarning")}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("page.dueOn")}</dt>
          <dd>
            {dueOn}
            {task.overdue ? <strong className="overdue"> · {t("page.overdue")}</strong> : null}
          </dd>
        </div>
        <div>
          <dt>{t("page.status")}</dt>
          <dd>{t(labelKeys.taskStatus[task.status])}</dd>
        </div>
        <div>
          <dt>{t("page.assignee")}</dt>
          <dd>{task.assigneeName ?? t("page.noAssignee")}</dd>
        </div>
        <div>
          <dt>{t("page.campaign")}</dt>
          <dd>{campaignHref ? <Link to={campaignHref}>{task.campaignTitle}</Link> : t("page.none")}</dd>
        </div>
        {meeting ? (
          <div>
            <dt>{t("page.meeting")}</dt>
            <dd>
              <Link to={meeting.href}>{meeting.title}</Link>
            </dd>
          </div>
        ) : null}
        {ask ? (
          <div>
            <dt>{t("page.ask")}</dt>
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
            <strong>
              {task.handedBackByName ? t("page.handedBackBy", { name: task.handedBackByName }) : t("page.handedBack")}
            </strong>
            {task.handedBackAt ? ` ${t("page.handedBackOn", { when: moment(task.handedBackAt) })}` : ""}:{" "}
            {task.handBackNote}
          </p>
          {canAssign ? <p>{t("page.needsOwner")}</p> : null}
        </div>
      ) : null}
      <FormErrorSummary errors={failure.errors} />
      {mine && task.status === "open" ? (
        <div className="stack narrow">
          <Form method="post">
            <input type="hidden" name="intent" value="done" />
            <button type="submit" className="button">
              {t("page.markDone")}
            </button>
          </Form>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="hand-back" />
            <TextAreaField
              name="note"
              label={t("page.handBackWhy")}
              maxLength={limitsTask.note}
              defaultValue={failure.values.note}
              error={failure.errors.note}
            />
            <p>
              <button type="submit" className="button button--secondary">
                {t("page.handBack")}
              </button>
            </p>
          </Form>
        </div>
      ) : null}
      {undo ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="undo" />
          <p className="muted">{t("page.undoHint", { until: moment(undo.until) })}</p>
          <p>
            <button type="submit" className="button button--secondary">
              {t("page.undo")}
            </button>
          </p>
        </Form>
      ) : null}
      {canClose ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="close" />
          <p>
            <button type="submit" className="button button--secondary">
              {t("page.confirmDone")}
            </button>
          </p>
        </Form>
      ) : null}
      {canAssign ? (
        <Form method="post" className="stack narrow" id="reassign" noValidate>
          <input type="hidden" name="intent" value="reassign" />
          <SelectField
            name="assigneeId"
            label={t("page.reassignTo")}
            defaultValue={task.assigneeId ?? ""}
            error={failure.errors.assigneeId}
          >
            <option value="">{t("page.chooseMember")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <p>
            <button type="submit" className="button button--secondary">
              {t("page.reassign")}
            </button>
          </p>
        </Form>
      ) : null}
    </section>
  );
}
