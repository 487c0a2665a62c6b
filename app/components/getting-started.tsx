import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";
import type { GettingStarted as Progress, StepName, StepStatus } from "~/models/getting-started.server";

const stepKeys = {
  district: {
    title: "coalition:gettingStarted.steps.district.title",
    hint: "coalition:gettingStarted.steps.district.hint",
  },
  schools: {
    title: "coalition:gettingStarted.steps.schools.title",
    hint: "coalition:gettingStarted.steps.schools.hint",
  },
  "system-type": {
    title: "coalition:gettingStarted.steps.system-type.title",
    hint: "coalition:gettingStarted.steps.system-type.hint",
  },
  playbook: {
    title: "coalition:gettingStarted.steps.playbook.title",
    hint: "coalition:gettingStarted.steps.playbook.hint",
  },
  target: { title: "coalition:gettingStarted.steps.target.title", hint: "coalition:gettingStarted.steps.target.hint" },
  campaign: {
    title: "coalition:gettingStarted.steps.campaign.title",
    hint: "coalition:gettingStarted.steps.campaign.hint",
  },
} as const satisfies Record<StepName, { title: string; hint: string }>;

const statusKeys = {
  done: "coalition:gettingStarted.status.done",
  "not-started": "coalition:gettingStarted.status.not-started",
  "cannot-start": "coalition:gettingStarted.status.cannot-start",
} as const satisfies Record<StepStatus, string>;

/**
 * The first hour of a new coalition as a task list (GOV.UK's pattern): each step a link while it can be done,
 * its status in words, and how many are done. Gone once every step is done.
 */
export function GettingStarted({ slug, progress }: { slug: string; progress: Progress | null }) {
  const { t } = useTranslation("coalition");
  if (!progress || progress.done === progress.steps.length) return null;
  const links = stepLinks(slug, progress);
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">{t("gettingStarted.title")}</h2>
      <p className="getting-started__progress">
        {t("gettingStarted.progress", { done: progress.done, total: progress.steps.length })}
      </p>
      <ol className="task-steps">
        {progress.steps.map((step) => {
          const link = step.status === "cannot-start" ? null : links[step.name];
          return (
            <li key={step.name} className={`task-steps__item task-steps__item--${step.status}`}>
              <div>
                {link ? (
                  <Link to={link} aria-describedby={`step-${step.name}-status`}>
                    {t(stepKeys[step.name].title)}
                  </Link>
                ) : (
                  <span>{t(stepKeys[step.name].title)}</span>
                )}
                <p className="muted">{t(stepKeys[step.name].hint)}</p>
              </div>
              <strong id={`step-${step.name}-status`} className={`task-status task-status--${step.status}`}>
                {t(statusKeys[step.status])}
              </strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function stepLinks(slug: string, progress: Progress): Record<StepName, string | null> {
  const district = progress.districtId ? { slug, districtId: progress.districtId } : null;
  const declared = progress.declaredDistrictId ? { slug, districtId: progress.declaredDistrictId } : null;
  return {
    district: district ? href("/o/:slug/districts/:districtId", district) : href("/o/:slug/districts/new", { slug }),
    schools: district && href("/o/:slug/districts/:districtId/schools/new", district),
    "system-type": district && `${href("/o/:slug/districts/:districtId", district)}#system-title`,
    playbook: declared && href("/o/:slug/districts/:districtId/playbook", declared),
    target: district && href("/o/:slug/districts/:districtId/targets/new", district),
    // With a district known, the campaign form can skip asking which one.
    campaign: href("/o/:slug/campaigns/new", { slug }, { district: progress.districtId }),
  };
}
