import { and, asc, eq, sql } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import type { Domain, Locus } from "~/lib/typology";

export type Target = {
  id: string;
  districtId: string;
  name: string;
  title: string;
  locus: Locus;
  schoolId: string | null;
  schoolName: string | null;
  domains: Domain[];
  email: string;
  phone: string;
  notes: string;
};

export type TargetInput = Omit<Target, "id" | "districtId" | "schoolName">;

const columns = {
  id: schema.targets.id,
  districtId: schema.targets.districtId,
  name: schema.targets.name,
  title: schema.targets.title,
  locus: schema.targets.locus,
  schoolId: schema.targets.schoolId,
  schoolName: schema.schools.name,
  domains: schema.targets.domains,
  email: schema.targets.email,
  phone: schema.targets.phone,
  notes: schema.targets.notes,
};

function selectTargets() {
  return db
    .select(columns)
    .from(schema.targets)
    .leftJoin(schema.schools, eq(schema.schools.id, schema.targets.schoolId));
}

const targetsOfDistrict = selectTargets()
  .where(eq(schema.targets.districtId, sql.placeholder("districtId")))
  .orderBy(asc(schema.targets.locus), asc(schema.targets.name))
  .prepare();

export function listTargets(districtId: string): Target[] {
  return targetsOfDistrict.all({ districtId });
}

const targetPlacements = db
  .select({ districtId: schema.targets.districtId, locus: schema.targets.locus, domains: schema.targets.domains })
  .from(schema.targets)
  .innerJoin(schema.districts, eq(schema.districts.id, schema.targets.districtId))
  .where(eq(schema.districts.organizationId, sql.placeholder("organizationId")))
  .prepare();

/** Where each of the organization's targets sits on the leverage map, for coverage counts across its districts. */
export function targetPlacementsOfOrganization(
  organizationId: string,
): Array<Pick<Target, "districtId" | "locus" | "domains">> {
  return targetPlacements.all({ organizationId });
}

/** The target when it belongs to this district (whose ownership the caller has checked). */
export function getTarget(districtId: string, targetId: string): Target | undefined {
  return selectTargets()
    .where(and(eq(schema.targets.id, targetId), eq(schema.targets.districtId, districtId)))
    .get();
}

export function createTarget(districtId: string, input: TargetInput): string {
  const id = newId();
  db.insert(schema.targets)
    .values({ id, districtId, ...input, updatedAt: new Date() })
    .run();
  return id;
}

export function updateTarget(districtId: string, targetId: string, input: TargetInput): void {
  db.update(schema.targets)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(schema.targets.id, targetId), eq(schema.targets.districtId, districtId)))
    .run();
}

export function deleteTarget(districtId: string, targetId: string): boolean {
  return (
    db
      .delete(schema.targets)
      .where(and(eq(schema.targets.id, targetId), eq(schema.targets.districtId, districtId)))
      .run().changes === 1
  );
}

/** Targets that work at a school: a school with targets is not deleted until they are moved or removed. */
export function targetsAtSchool(schoolId: string): Array<{ id: string; name: string }> {
  return db
    .select({ id: schema.targets.id, name: schema.targets.name })
    .from(schema.targets)
    .where(eq(schema.targets.schoolId, schoolId))
    .orderBy(asc(schema.targets.name))
    .all();
}
