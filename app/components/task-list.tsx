import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { labelKeys } from "~/lib/labels";
import { href } from "~/lib/paths";
import { translateOnce } from "~/lib/translate-once";
import type { TaskItem } from "~/models/task.server";

/**
 * Tasks with their due date, and overdue ones flagged in words as well as colour. Its words are in the tasks
 * namespace: a page that shows it declares "tasks".
 */
export function TaskList({ tasks, slug }: { tasks: TaskItem[]; slug: string }) {
  const { t: translate } = useTranslation("tasks");
  const t = translateOnce(translate);
  if (tasks.length === 0) return <p className="empty">{t("list.none")}</p>;
  return (
    <ul className="card-list">
      {tasks.map((task) => (
        <li key={task.id} className={task.overdue ? "card card--overdue" : "card"}>
          <p>
            <Link to={href("/o/:slug/tasks/:taskId", { slug, taskId: task.id })}>{task.title}</Link>
          </p>
          <p className="muted">
            {task.overdue ? <strong className="overdue">{t("list.overdue")} · </strong> : null}
            {t("list.due", { date: task.dueText })} · {t(labelKeys.taskStatus[task.status])}
            {` · ${task.assigneeName ?? t("list.unassigned")}`}
            {task.campaignTitle ? ` · ${task.campaignTitle}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
