import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { formatCount } from "~/lib/format-numbers";
import { href } from "~/lib/paths";
import { useLocale } from "~/lib/use-language";
import type { HandedBackTask } from "~/models/task.server";

/**
 * Tasks a member handed back, on the organizers' dashboard until someone else takes them: nothing handed back
 * disappears unseen. Shows nothing when there are none.
 */
export function HandedBackTasks({ tasks, slug }: { tasks: HandedBackTask[]; slug: string }) {
  const { t } = useTranslation("coalition");
  const locale = useLocale();
  if (tasks.length === 0) return null;
  return (
    <section className="handed-back" aria-labelledby="handed-back-title">
      <h2 id="handed-back-title">
        {t("handedBack.title")} <span className="count-badge">{formatCount(tasks.length, locale)}</span>
      </h2>
      <ul className="card-list">
        {tasks.map((task) => (
          <li key={task.id} className="card card--handed-back">
            <p>
              <Link to={href("/o/:slug/tasks/:taskId", { slug, taskId: task.id })}>{task.title}</Link>
            </p>
            <p className="muted">
              {whenHandedBack(t, task)} · {t("handedBack.due", { day: task.dueText })}
              {task.campaignTitle ? ` · ${task.campaignTitle}` : ""}
            </p>
            <blockquote className="handed-back__reason">{task.note}</blockquote>
            <p>
              <Link
                className="button button--secondary"
                to={`${href("/o/:slug/tasks/:taskId", { slug, taskId: task.id })}#reassign`}
              >
                <Trans
                  t={t}
                  i18nKey="handedBack.findOwner"
                  values={{ title: task.title }}
                  components={{ hidden: <span className="visually-hidden" /> }}
                />
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Translate = ReturnType<typeof useTranslation<"coalition">>["t"];

/** Who handed the task back and when, as much as is known (the person may have left, the record may be old). */
function whenHandedBack(t: Translate, task: HandedBackTask) {
  const { byName: name, handedBackOn: day } = task;
  if (name && day) return t("handedBack.byOn", { name, day });
  if (name) return t("handedBack.by", { name });
  if (day) return t("handedBack.on", { day });
  return t("handedBack.handedBack");
}
