import { Link } from "@remix-run/react";

import { href } from "~/lib/paths";
import type { GettingStarted as Progress, StepName, StepStatus } from "~/models/getting-started.server";

const stepTitles: Record<StepName, string> = {
  district: "Add your district",
  schools: "Add its schools",
  "system-type": "Find out what kind of system it is",
  playbook: "Read your playbook",
  target: "Add your first target",
  campaign: "Start your first campaign",
};

const stepHints: Record<StepName, string> = {
  district: "The school district your coalition wants a say in.",
  schools: "Paste a list of names, or add them one at a time.",
  "system-type": "Answer a short questionnaire, or declare the type if you already know it.",
  playbook: "Where your pressure counts in a district like yours.",
  target: "A person or body who holds the work you want to change.",
  campaign: "What you want to win, and who can give it to you.",
};

const statusLabels: Record<StepStatus, string> = {
  done: "Done",
  "not-started": "Not started",
  "cannot-start": "Cannot start yet",
};

/**
 * The first hour of a new coalition as a task list (GOV.UK's pattern): each step a link while it can be done,
 * its status in words, and how many are done. Gone once every step is done.
 */
export function GettingStarted({ slug, progress }: { slug: string; progress: Progress | null }) {
  if (!progress || progress.done === progress.steps.length) return null;
  const links = stepLinks(slug, progress);
  return (
    <section className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">Getting started</h2>
      <p className="getting-started__progress">
        {progress.done} of {progress.steps.length} done
      </p>
      <ol className="task-steps">
        {progress.steps.map((step) => {
          const link = step.status === "cannot-start" ? null : links[step.name];
          return (
            <li key={step.name} className={`task-steps__item task-steps__item--${step.status}`}>
              <div>
                {link ? (
                  <Link to={link} aria-describedby={`step-${step.name}-status`}>
                    {stepTitles[step.name]}
                  </Link>
                ) : (
                  <span>{stepTitles[step.name]}</span>
                )}
                <p className="muted">{stepHints[step.name]}</p>
              </div>
              <strong id={`step-${step.name}-status`} className={`task-status task-status--${step.status}`}>
                {statusLabels[step.status]}
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
