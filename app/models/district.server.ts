import { and, asc, eq, sql } from "drizzle-orm";

import { isUniqueViolation } from "~/lib/db-errors.server";
import { db, newId, schema } from "~/lib/db.server";
import type { SchoolLevel } from "~/lib/domain";
import { FieldConflictError } from "~/lib/field-conflict";

export type District = typeof schema.districts.$inferSelect;
export type School = typeof schema.schools.$inferSelect;
export type DistrictInput = { name: string; state: string; ncesId: string | null };
export type SchoolInput = { name: string; level: SchoolLevel; ncesId: string | null };

// Its message is a catalog key of the "districts" namespace, translated on the form that shows it.
export class DuplicateError extends FieldConflictError {}

function duplicateDistrict(organizationId: string, input: DistrictInput, exceptId?: string): DuplicateError | null {
  const others = db
    .select({ id: schema.districts.id, name: schema.districts.name, ncesId: schema.districts.ncesId })
    .from(schema.districts)
    .where(eq(schema.districts.organizationId, organizationId))
    .all()
    .filter((row) => row.id !== exceptId);
  if (others.some((row) => row.name === input.name)) {
    return new DuplicateError("name", "districts:conflict.districtName");
  }
  if (input.ncesId && others.some((row) => row.ncesId === input.ncesId)) {
    return new DuplicateError("ncesId", "districts:conflict.districtNcesId");
  }
  return null;
}

function writeOrExplain(write: () => void, explain: () => DuplicateError | null): void {
  try {
    write();
  } catch (error) {
    if (isUniqueViolation(error)) throw explain() ?? error;
    throw error;
  }
}

const districtsOfOrganization = db
  .select({
    id: schema.districts.id,
    name: schema.districts.name,
    state: schema.districts.state,
    ncesId: schema.districts.ncesId,
    schoolCount: sql<number>`count(${schema.schools.id})`,
  })
  .from(schema.districts)
  .leftJoin(schema.schools, eq(schema.schools.districtId, schema.districts.id))
  .where(eq(schema.districts.organizationId, sql.placeholder("organizationId")))
  .groupBy(schema.districts.id)
  .orderBy(asc(schema.districts.name))
  .prepare();

export function listDistricts(organizationId: string) {
  return districtsOfOrganization.all({ organizationId });
}

const districtOfOrganization = db
  .select()
  .from(schema.districts)
  .where(
    and(
      eq(schema.districts.id, sql.placeholder("districtId")),
      eq(schema.districts.organizationId, sql.placeholder("organizationId")),
    ),
  )
  .prepare();

/** The district when it belongs to this organization; another organization's district is as absent as a missing one. */
export function getDistrict(organizationId: string, districtId: string): District | undefined {
  return districtOfOrganization.get({ organizationId, districtId });
}

export function createDistrict(organizationId: string, input: DistrictInput): District {
  const duplicate = duplicateDistrict(organizationId, input);
  if (duplicate) throw duplicate;
  const district = { id: newId(), organizationId, ...input };
  writeOrExplain(
    () => db.insert(schema.districts).values(district).run(),
    () => duplicateDistrict(organizationId, input),
  );
  return getDistrict(organizationId, district.id)!;
}

export function updateDistrict(organizationId: string, districtId: string, input: DistrictInput): void {
  const duplicate = duplicateDistrict(organizationId, input, districtId);
  if (duplicate) throw duplicate;
  writeOrExplain(
    () =>
      db
        .update(schema.districts)
        .set(input)
        .where(and(eq(schema.districts.id, districtId), eq(schema.districts.organizationId, organizationId)))
        .run(),
    () => duplicateDistrict(organizationId, input, districtId),
  );
}

export type DistrictDependents = { schools: number; targets: number; declarations: number; diagnostics: number };

type Reader = Pick<typeof db, "select">;

function countDependents(reader: Reader, districtId: string): DistrictDependents {
  const count = (
    table: typeof schema.schools | typeof schema.targets | typeof schema.declarations | typeof schema.diagnostics,
  ) =>
    reader
      .select({ count: sql<number>`count(*)` })
      .from(table)
      .where(eq(table.districtId, districtId))
      .get()?.count ?? 0;
  return {
    schools: count(schema.schools),
    targets: count(schema.targets),
    declarations: count(schema.declarations),
    diagnostics: count(schema.diagnostics),
  };
}

export function districtDependents(districtId: string): DistrictDependents {
  return countDependents(db, districtId);
}

/** "5 schools, 2 declarations and 1 diagnostic", for a confirmation. */
export function describeDependents(dependents: DistrictDependents): string {
  const parts = (Object.entries(dependents) as Array<[keyof DistrictDependents, number]>)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${count === 1 ? kind.slice(0, -1) : kind}`);
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export class DependentRecordsError extends Error {
  constructor(readonly dependents: DistrictDependents) {
    super(`The district now has ${describeDependents(dependents)}. Review the list again before deleting.`);
  }
}

export class DistrictHasCampaignsError extends Error {
  constructor(readonly campaigns: number) {
    super(
      `This district has ${campaigns} campaign${campaigns === 1 ? "" : "s"}. Campaigns keep your coalition's history, so a district with campaigns cannot be deleted.`,
    );
  }
}

/**
 * Deletes a district. What hangs from it (schools, targets, declarations, diagnostics) goes too only when the caller
 * confirms exactly how many there are, so nothing added after the confirmation page was shown is lost unseen.
 */
export function deleteDistrict(organizationId: string, districtId: string, confirmed: DistrictDependents): boolean {
  return db.transaction((tx) => {
    const district = tx
      .select({ id: schema.districts.id })
      .from(schema.districts)
      .where(and(eq(schema.districts.id, districtId), eq(schema.districts.organizationId, organizationId)))
      .get();
    if (!district) return false;
    const campaigns =
      tx
        .select({ count: sql<number>`count(*)` })
        .from(schema.campaigns)
        .where(eq(schema.campaigns.districtId, districtId))
        .get()?.count ?? 0;
    if (campaigns > 0) throw new DistrictHasCampaignsError(campaigns);
    const actual = countDependents(tx, districtId);
    if ((Object.keys(actual) as Array<keyof DistrictDependents>).some((kind) => actual[kind] !== confirmed[kind])) {
      throw new DependentRecordsError(actual);
    }
    // Targets first: they may point at the schools.
    tx.delete(schema.targets).where(eq(schema.targets.districtId, districtId)).run();
    tx.delete(schema.schools).where(eq(schema.schools.districtId, districtId)).run();
    tx.delete(schema.declarations).where(eq(schema.declarations.districtId, districtId)).run();
    tx.delete(schema.diagnostics).where(eq(schema.diagnostics.districtId, districtId)).run();
    tx.delete(schema.districts).where(eq(schema.districts.id, districtId)).run();
    return true;
  });
}

function duplicateSchool(districtId: string, input: SchoolInput, exceptId?: string): DuplicateError | null {
  const others = listSchools(districtId).filter((row) => row.id !== exceptId);
  if (others.some((row) => row.name === input.name)) {
    return new DuplicateError("name", "districts:conflict.schoolName");
  }
  if (input.ncesId && others.some((row) => row.ncesId === input.ncesId)) {
    return new DuplicateError("ncesId", "districts:conflict.schoolNcesId");
  }
  return null;
}

export function listSchools(districtId: string): School[] {
  return db
    .select()
    .from(schema.schools)
    .where(eq(schema.schools.districtId, districtId))
    .orderBy(asc(schema.schools.name))
    .all();
}

/** The school when it belongs to this district (whose ownership the caller has already checked). */
export function getSchool(districtId: string, schoolId: string): School | undefined {
  return db
    .select()
    .from(schema.schools)
    .where(and(eq(schema.schools.id, schoolId), eq(schema.schools.districtId, districtId)))
    .get();
}

export function createSchool(districtId: string, input: SchoolInput): School {
  const duplicate = duplicateSchool(districtId, input);
  if (duplicate) throw duplicate;
  const school = { id: newId(), districtId, ...input };
  writeOrExplain(
    () => db.insert(schema.schools).values(school).run(),
    () => duplicateSchool(districtId, input),
  );
  return getSchool(districtId, school.id)!;
}

/**
 * Adds many schools of one level in one transaction: all of them or, if any name turns out to be taken
 * meanwhile, none (a DuplicateError on the list).
 */
export function createSchools(districtId: string, names: readonly string[], level: SchoolLevel): number {
  writeOrExplain(
    () =>
      db.transaction((tx) => {
        for (const name of names) tx.insert(schema.schools).values({ id: newId(), districtId, name, level }).run();
      }),
    () => new DuplicateError("names", "districts:conflict.schoolListChanged"),
  );
  return names.length;
}

export function updateSchool(districtId: string, schoolId: string, input: SchoolInput): void {
  const duplicate = duplicateSchool(districtId, input, schoolId);
  if (duplicate) throw duplicate;
  writeOrExplain(
    () =>
      db
        .update(schema.schools)
        .set(input)
        .where(and(eq(schema.schools.id, schoolId), eq(schema.schools.districtId, districtId)))
        .run(),
    () => duplicateSchool(districtId, input, schoolId),
  );
}

export function deleteSchool(districtId: string, schoolId: string): boolean {
  return (
    db
      .delete(schema.schools)
      .where(and(eq(schema.schools.id, schoolId), eq(schema.schools.districtId, districtId)))
      .run().changes === 1
  );
}
