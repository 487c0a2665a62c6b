import { Link } from "@remix-run/react";

import { formatDay } from "~/lib/format-dates";
import { href } from "~/lib/paths";
import type { HandedBackTask } from "~/models/task.server";

/**
 * Tasks a member handed back, on the organizers' dashboard until someone else takes them: nothing handed back
 * disappears unseen. Shows nothing when there are none.
 */
export function HandedBackTasks({ tasks, slug }: { tasks: HandedBackTask[]; slug: string }) {
  if (tasks.length === 0) return null;
  return (
    <section className="handed-back" aria-labelledby="handed-back-title">
      <h2 id="handed-back-title">
        Needs a new owner <span className="count-badge">{tasks.length}</span>
      </h2>
      <ul className="card-list">
        {tasks.map((task) => (
          <li key={task.id} className="card card--handed-back">
            <p>
              <Link to={href("/o/:slug/tasks/:taskId", { slug, taskId: task.id })}>{task.title}</Link>
            </p>
            <p className="muted">
              Handed back{task.byName ? ` by ${task.byName}` : ""}
              {task.handedBackOn ? ` on ${task.handedBackOn}` : ""} · due {formatDay(task.dueOn, "date")}
              {task.campaignTitle ? ` · ${task.campaignTitle}` : ""}
            </p>
            <blockquote className="handed-back__reason">{task.note}</blockquote>
            <p>
              <Link
                className="button button--secondary"
                to={`${href("/o/:slug/tasks/:taskId", { slug, taskId: task.id })}#reassign`}
              >
                Find a new owner<span className="visually-hidden"> for {task.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
