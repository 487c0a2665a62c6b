import { and, asc, eq, inArray, sql } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";
import type { Role } from "~/lib/domain";

export type Member = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

export class LastOwnerError extends Error {
  constructor() {
    super("An organization needs at least one owner. Make someone else an owner first.");
  }
}

export function listMembers(organizationId: string): Member[] {
  return db
    .select({
      userId: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      role: schema.memberships.role,
      joinedAt: schema.memberships.createdAt,
    })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(eq(schema.memberships.organizationId, organizationId))
    .orderBy(asc(schema.users.name))
    .all();
}

function membershipOf(organizationId: string, userId: string) {
  return and(eq(schema.memberships.organizationId, organizationId), eq(schema.memberships.userId, userId));
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function ownerCount(tx: Tx, organizationId: string): number {
  return (
    tx
      .select({ count: sql<number>`count(*)` })
      .from(schema.memberships)
      .where(and(eq(schema.memberships.organizationId, organizationId), eq(schema.memberships.role, "owner")))
      .get()?.count ?? 0
  );
}

/** Changes a member's role; false when they are not a member. Never leaves the organization without an owner. */
export function changeRole(organizationId: string, userId: string, role: Role): boolean {
  return db.transaction((tx) => {
    const current = tx.select().from(schema.memberships).where(membershipOf(organizationId, userId)).get();
    if (!current) return false;
    if (current.role === "owner" && role !== "owner" && ownerCount(tx, organizationId) <= 1) throw new LastOwnerError();
    tx.update(schema.memberships).set({ role }).where(membershipOf(organizationId, userId)).run();
    return true;
  });
}

/** Removes a member (or lets one leave); false when they are not a member. Never removes the last owner. */
export function removeMember(organizationId: string, userId: string): boolean {
  return db.transaction((tx) => {
    const current = tx.select().from(schema.memberships).where(membershipOf(organizationId, userId)).get();
    if (!current) return false;
    if (current.role === "owner" && ownerCount(tx, organizationId) <= 1) throw new LastOwnerError();
    tx.delete(schema.memberships).where(membershipOf(organizationId, userId)).run();
    return true;
  });
}

const membersOfOrganization = db
  .select({ count: sql<number>`count(*)` })
  .from(schema.memberships)
  .where(eq(schema.memberships.organizationId, sql.placeholder("organizationId")))
  .prepare();

export function countMembers(organizationId: string): number {
  return membersOfOrganization.get({ organizationId })?.count ?? 0;
}

/** The people holding one of these roles in an organization, with what an email to them needs. */
export function membersWithRoles(organizationId: string, roles: readonly Role[]) {
  if (roles.length === 0) return [];
  return db
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      emailVerifiedAt: schema.users.emailVerifiedAt,
      language: schema.users.language,
    })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(and(eq(schema.memberships.organizationId, organizationId), inArray(schema.memberships.role, [...roles])))
    .orderBy(asc(schema.users.name))
    .all();
}

export function isMemberOf(organizationId: string, userId: string): boolean {
  return Boolean(
    db
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(membershipOf(organizationId, userId))
      .get(),
  );
}
