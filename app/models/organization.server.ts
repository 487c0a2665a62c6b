import { asc, eq, sql } from "drizzle-orm";

import { isUniqueViolation } from "~/lib/db-errors.server";
import { db, newId, schema } from "~/lib/db.server";
import type { OrganizationKind, Role } from "~/lib/domain";
import { FieldConflictError } from "~/lib/field-conflict";
import type { Language } from "~/lib/i18n";
import { oncePerRequest } from "~/lib/request-context.server";
import { numberedSlug } from "~/lib/slug";

import { assertNoVerifiedLookalike } from "./agency-verification.server";
import { claimWithin, waitPhrase } from "./rate-limit.server";

export type Organization = typeof schema.organizations.$inferSelect;
export type OrganizationInput = {
  kind: OrganizationKind;
  name: string;
  slug: string;
  state: string;
  timeZone: string;
};

export class SlugTakenError extends FieldConflictError {
  constructor(slug: string, free: string | null) {
    super(
      "slug",
      free ? "common:validation.slugTakenFree" : "common:validation.slugTaken",
      free ? { slug, free } : { slug },
    );
  }
}

/** A free address like `slug` ("slug-2", "slug-3", …) to offer instead of a taken one; null after 20 tries. */
export function freeSlugLike(slug: string): string | null {
  for (let n = 2; n <= 21; n++) {
    const candidate = numberedSlug(slug, n);
    if (!getOrganizationBySlug(candidate)) return candidate;
  }
  return null;
}

/**
 * A person may create 3 organizations a day. Starting a coalition, an agency and one more (a mistake to redo)
 * fits; a new account scripted to fill the site with coalitions, or with fake state agencies, does not.
 */
export const organizationCreationLimit = { max: 3, windowMs: 24 * 60 * 60 * 1000 } as const;

export class TooManyOrganizationsError extends Error {
  readonly max = organizationCreationLimit.max;
  constructor(readonly retryAfter: number) {
    super(
      `You can create up to ${organizationCreationLimit.max} organizations a day. ` +
        `Please try again in ${waitPhrase(retryAfter)}.`,
    );
  }
}

export class VerifiedAgencyLockedError extends FieldConflictError {
  constructor(field: "name" | "state", agency: { name: string; state: string }) {
    if (field === "name") super(field, "common:access.verifiedLocked.name", { name: agency.name });
    else super(field, "common:access.verifiedLocked.state", { state: agency.state });
  }
}

function getOrganizationBySlug(slug: string): Organization | undefined {
  return db.select().from(schema.organizations).where(eq(schema.organizations.slug, slug)).get();
}

/** Throws TooManyOrganizationsError past the daily limit, counted in the same transaction as the insert. */
export function createOrganization(input: OrganizationInput, ownerId: string, now = new Date()): Organization {
  const organization = { id: newId(), ...input };
  if (input.kind === "state_agency") assertNoVerifiedLookalike(input.state, input.name);
  try {
    db.transaction((tx) => {
      // A slug already in use rolls this back too, so a refused attempt does not count.
      const claim = claimWithin(tx, [{ key: `orgs:${ownerId}`, ...organizationCreationLimit }], now);
      if (!claim.ok) throw new TooManyOrganizationsError(claim.retryAfter);
      tx.insert(schema.organizations).values(organization).run();
      tx.insert(schema.memberships).values({ organizationId: organization.id, userId: ownerId, role: "owner" }).run();
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(input.slug, freeSlugLike(input.slug));
    throw error;
  }
  return getOrganizationBySlug(organization.slug)!;
}

/**
 * Saves an organization's settings. Coalitions trust a verified agency by its name and state, so once verified
 * only an operator changes them (renameAgencyAsOperator); any agency's new name must not pass for a verified one.
 */
export function updateOrganization(id: string, input: Omit<OrganizationInput, "kind">): Organization {
  const current = db.select().from(schema.organizations).where(eq(schema.organizations.id, id)).get();
  if (current?.kind === "state_agency") {
    if (current.verifiedAt && current.name !== input.name) throw new VerifiedAgencyLockedError("name", current);
    if (current.verifiedAt && current.state !== input.state) throw new VerifiedAgencyLockedError("state", current);
    assertNoVerifiedLookalike(input.state, input.name, id);
  }
  try {
    db.update(schema.organizations).set(input).where(eq(schema.organizations.id, id)).run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(input.slug, freeSlugLike(input.slug));
    throw error;
  }
  return getOrganizationBySlug(input.slug)!;
}

const organizationsOfUser = db
  .select({ organization: schema.organizations, role: schema.memberships.role })
  .from(schema.memberships)
  .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.organizationId))
  .where(eq(schema.memberships.userId, sql.placeholder("userId")))
  .orderBy(asc(schema.organizations.name))
  .prepare();

/** The user's organizations with their role in each; every page needs them, so one request reads them once. */
export function listOrganizationsOf(userId: string): Array<Organization & { role: Role }> {
  return oncePerRequest(`organizations of ${userId}`, () =>
    organizationsOfUser.all({ userId }).map(({ organization, role }) => ({ ...organization, role })),
  );
}

export function setMeetingReminders(id: string, minutes: number[]): void {
  db.update(schema.organizations)
    .set({ meetingReminderMinutes: [...new Set(minutes)].sort((a, b) => b - a) })
    .where(eq(schema.organizations.id, id))
    .run();
}

/** The language of the organization's invitations to people who have no account yet. */
export function setDefaultLanguage(id: string, language: Language): void {
  db.update(schema.organizations).set({ defaultLanguage: language }).where(eq(schema.organizations.id, id)).run();
}

/** Whether the coalition lets its state agency count its districts' declared types. */
export function setShareDeclarations(id: string, share: boolean): void {
  db.update(schema.organizations).set({ shareDeclarations: share }).where(eq(schema.organizations.id, id)).run();
}

/** A state agency the operators have not verified (or whose verification they revoked). */
export function isUnverifiedAgency(id: string): boolean {
  const row = db
    .select({ kind: schema.organizations.kind, verifiedAt: schema.organizations.verifiedAt })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, id))
    .get();
  return row?.kind === "state_agency" && !row.verifiedAt;
}
