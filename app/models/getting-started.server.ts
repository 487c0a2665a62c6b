import { and, asc, eq, exists, isNull, sql, type SQL } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";

export type StepName = "district" | "schools" | "system-type" | "playbook" | "target" | "campaign";

/** A step's state in the GOV.UK task list's words: a step that needs an earlier one first cannot start yet. */
export type StepStatus = "done" | "not-started" | "cannot-start";

export type GettingStartedStep = { name: StepName; status: StepStatus };

export type GettingStarted = {
  steps: GettingStartedStep[];
  done: number;
  // The district each step's link opens: the coalition's first one, and the first one with a declared type.
  districtId: string | null;
  declaredDistrictId: string | null;
};

const { campaigns, declarations, districts, organizations, schools, targets } = schema;

// Built and compiled once: building this statement of six subqueries in drizzle took many times longer than
// SQLite takes to run it, and the dashboard runs it on every visit.
const ours = eq(districts.organizationId, sql.placeholder("organizationId"));
const firstOf = (where: SQL | undefined) =>
  db
    .select({ id: districts.id })
    .from(districts)
    .where(where)
    .orderBy(asc(districts.createdAt), asc(districts.id))
    .limit(1);
const declaredHere = db
  .select({ one: sql`1` })
  .from(declarations)
  .where(eq(declarations.districtId, districts.id));
const school = db
  .select({ one: sql`1` })
  .from(schools)
  .innerJoin(districts, eq(districts.id, schools.districtId));
const target = db
  .select({ one: sql`1` })
  .from(targets)
  .innerJoin(districts, eq(districts.id, targets.districtId));
const campaign = db
  .select({ one: sql`1` })
  .from(campaigns)
  .where(eq(campaigns.organizationId, sql.placeholder("organizationId")));
const progressOf = db
  .select({
    first: sql<string | null>`(${firstOf(ours)})`,
    declared: sql<string | null>`(${firstOf(and(ours, exists(declaredHere)))})`,
    hasSchool: sql<number>`${exists(school.where(ours))}`,
    hasTarget: sql<number>`${exists(target.where(ours))}`,
    hasCampaign: sql<number>`${exists(campaign)}`,
    playbookViewedAt: organizations.playbookViewedAt,
  })
  .from(organizations)
  .where(eq(organizations.id, sql.placeholder("organizationId")))
  .prepare();

/**
 * Where a new coalition stands in its first hour, read from its data (never from clicks on the list itself),
 * so deleting the only district puts the step back to "not started". One statement of six small indexed
 * lookups, since the dashboard runs it on every visit.
 */
export function gettingStarted(organizationId: string): GettingStarted {
  const found = progressOf.get({ organizationId });
  const first = found?.first ? { id: found.first } : null;
  const declared = found?.declared ? { id: found.declared } : null;
  const hasSchool = Boolean(found?.hasSchool);
  const hasTarget = Boolean(found?.hasTarget);
  const hasCampaign = Boolean(found?.hasCampaign);
  const playbookViewed = Boolean(found?.playbookViewedAt);
  const status = (done: boolean, canStart: boolean): StepStatus =>
    done ? "done" : canStart ? "not-started" : "cannot-start";
  const hasDistrict = Boolean(first);
  const isDeclared = Boolean(declared);
  const steps: GettingStartedStep[] = [
    { name: "district", status: status(hasDistrict, true) },
    { name: "schools", status: status(hasSchool, hasDistrict) },
    { name: "system-type", status: status(isDeclared, hasDistrict) },
    // Opened since this step existed, or already past it: a coalition running a campaign (all of them before
    // the step was recorded) is not sent back to read what it has used.
    { name: "playbook", status: status(playbookViewed || hasCampaign, isDeclared) },
    { name: "target", status: status(hasTarget, hasDistrict) },
    // The campaign form needs a district; a target first makes the campaign's strategy chart worth having.
    { name: "campaign", status: status(hasCampaign, hasDistrict) },
  ];
  return {
    steps,
    done: steps.filter((step) => step.status === "done").length,
    districtId: first?.id ?? null,
    declaredDistrictId: declared?.id ?? null,
  };
}

/** Notes that someone of the coalition opened a playbook: the first time only, so later visits write nothing. */
export function notePlaybookViewed(organizationId: string, now = new Date()): void {
  db.update(schema.organizations)
    .set({ playbookViewedAt: now })
    .where(and(eq(schema.organizations.id, organizationId), isNull(schema.organizations.playbookViewedAt)))
    .run();
}
