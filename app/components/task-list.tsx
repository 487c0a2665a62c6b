import { Link } from "@remix-run/react";

import { formatDay } from "~/lib/format-dates";
import { taskStatusLabels } from "~/lib/labels";
import { href } from "~/lib/paths";
import type { TaskItem } from "~/models/task.server";

/** Tasks with their due date, and overdue ones flagged in words as well as colour. */
export function TaskList({ tasks, slug }: { tasks: TaskItem[]; slug: string }) {
  if (tasks.length === 0) return <p className="empty">No tasks here.</p>;
  return (
    <ul className="card-list">
      {tasks.map((task) => (
        <li key={task.id} className={task.overdue ? "card card--overdue" : "card"}>
          <p>
            <Link to={href("/o/:slug/tasks/:taskId", { slug, taskId: task.id })}>{task.title}</Link>
          </p>
          <p className="muted">
            {task.overdue ? <strong className="overdue">Overdue · </strong> : null}
            due {formatDay(task.dueOn, "date")} · {taskStatusLabels[task.status]}
            {task.assigneeName ? ` · ${task.assigneeName}` : " · unassigned"}
            {task.campaignTitle ? ` · ${task.campaignTitle}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
