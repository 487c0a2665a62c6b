import { and, asc, eq, exists, isNull, sql } from "drizzle-orm";

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

const organizationDistricts = (organizationId: string) => eq(schema.districts.organizationId, organizationId);

/**
 * Where a new coalition stands in its first hour, read from its data (never from clicks on the list itself),
 * so deleting the only district puts the step back to "not started". Six small indexed lookups.
 */
export function gettingStarted(organizationId: string): GettingStarted {
  const first = db
    .select({ id: schema.districts.id })
    .from(schema.districts)
    .where(organizationDistricts(organizationId))
    .orderBy(asc(schema.districts.createdAt), asc(schema.districts.id))
    .limit(1)
    .get();
  const declared = db
    .select({ id: schema.districts.id })
    .from(schema.districts)
    .where(
      and(
        organizationDistricts(organizationId),
        exists(
          db
            .select({ one: sql`1` })
            .from(schema.declarations)
            .where(eq(schema.declarations.districtId, schema.districts.id)),
        ),
      ),
    )
    .orderBy(asc(schema.districts.createdAt), asc(schema.districts.id))
    .limit(1)
    .get();
  const hasSchool = Boolean(
    db
      .select({ id: schema.schools.id })
      .from(schema.schools)
      .innerJoin(schema.districts, eq(schema.districts.id, schema.schools.districtId))
      .where(organizationDistricts(organizationId))
      .limit(1)
      .get(),
  );
  const hasTarget = Boolean(
    db
      .select({ id: schema.targets.id })
      .from(schema.targets)
      .innerJoin(schema.districts, eq(schema.districts.id, schema.targets.districtId))
      .where(organizationDistricts(organizationId))
      .limit(1)
      .get(),
  );
  const hasCampaign = Boolean(
    db
      .select({ id: schema.campaigns.id })
      .from(schema.campaigns)
      .where(eq(schema.campaigns.organizationId, organizationId))
      .limit(1)
      .get(),
  );
  const playbookViewed = Boolean(
    db
      .select({ at: schema.organizations.playbookViewedAt })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, organizationId))
      .get()?.at,
  );
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
