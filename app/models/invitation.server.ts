import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { db, newId, schema } from "~/lib/db.server";
import type { Role } from "~/lib/domain";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type InvitationState = "pending" | "accepted" | "expired" | "revoked";

export type InvitationView = {
  id: string;
  email: string;
  role: Role;
  state: InvitationState;
  expiresAt: Date;
  organization: { id: string; name: string; slug: string; kind: "coalition" | "state_agency" };
};

function stateOf(row: typeof schema.invitations.$inferSelect, now: Date): InvitationState {
  if (row.revokedAt) return "revoked";
  if (row.acceptedAt) return "accepted";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** Creates an invitation and returns the token; only its hash is stored, so the email is the one place it lives. */
export function createInvitation(
  input: { organizationId: string; email: string; role: Role; invitedBy: string },
  now = new Date(),
): { id: string; token: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  const id = newId();
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
  db.insert(schema.invitations)
    .values({
      id,
      organizationId: input.organizationId,
      email: input.email.toLowerCase(),
      role: input.role,
      invitedBy: input.invitedBy,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
    })
    .run();
  return { id, token, expiresAt };
}

export function findInvitation(token: string, now = new Date()): InvitationView | null {
  const row = db
    .select({ invitation: schema.invitations, organization: schema.organizations })
    .from(schema.invitations)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.invitations.organizationId))
    .where(eq(schema.invitations.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const { invitation, organization } = row;
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    state: stateOf(invitation, now),
    expiresAt: invitation.expiresAt,
    organization: { id: organization.id, name: organization.name, slug: organization.slug, kind: organization.kind },
  };
}

export type AcceptResult =
  | { ok: true; organizationSlug: string; alreadyMember: boolean }
  | { ok: false; reason: "not-found" | "expired" | "accepted" | "revoked" };

/**
 * Accepts an invitation for a user, once: the claim and the membership are written in one transaction,
 * and the claim only succeeds while the invitation is still open, so two clicks cannot both use it.
 */
export function acceptInvitation(token: string, userId: string, now = new Date()): AcceptResult {
  return db.transaction((tx) => {
    const invitation = tx
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.tokenHash, hashToken(token)))
      .get();
    if (!invitation) return { ok: false, reason: "not-found" } as const;
    const state = stateOf(invitation, now);
    if (state !== "pending") return { ok: false, reason: state } as const;
    const claimed = tx
      .update(schema.invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(
        and(
          eq(schema.invitations.id, invitation.id),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
          gt(schema.invitations.expiresAt, now),
        ),
      )
      .run();
    if (claimed.changes !== 1) return { ok: false, reason: "accepted" } as const;
    // The invitation link reached this address: accepting it as the account with that address confirms it.
    tx.update(schema.users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(schema.users.id, userId), eq(schema.users.email, invitation.email), isNull(schema.users.emailVerifiedAt)))
      .run();
    const existing = tx
      .select()
      .from(schema.memberships)
      .where(
        and(eq(schema.memberships.organizationId, invitation.organizationId), eq(schema.memberships.userId, userId)),
      )
      .get();
    // An existing member keeps their role: an invitation never demotes anyone.
    if (!existing) {
      tx.insert(schema.memberships)
        .values({ organizationId: invitation.organizationId, userId, role: invitation.role })
        .run();
    }
    const organization = tx
      .select({ slug: schema.organizations.slug })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, invitation.organizationId))
      .get()!;
    return { ok: true, organizationSlug: organization.slug, alreadyMember: Boolean(existing) } as const;
  });
}

export function listOpenInvitations(organizationId: string, now = new Date()) {
  return db
    .select({
      id: schema.invitations.id,
      email: schema.invitations.email,
      role: schema.invitations.role,
      createdAt: schema.invitations.createdAt,
      expiresAt: schema.invitations.expiresAt,
    })
    .from(schema.invitations)
    .where(
      and(
        eq(schema.invitations.organizationId, organizationId),
        isNull(schema.invitations.acceptedAt),
        isNull(schema.invitations.revokedAt),
        gt(schema.invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(schema.invitations.createdAt))
    .all();
}

/** Revokes an open invitation of this organization; false when there is none with that id. */
export function revokeInvitation(organizationId: string, invitationId: string, now = new Date()): boolean {
  const result = db
    .update(schema.invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(schema.invitations.id, invitationId),
        eq(schema.invitations.organizationId, organizationId),
        isNull(schema.invitations.acceptedAt),
        isNull(schema.invitations.revokedAt),
      ),
    )
    .run();
  return result.changes === 1;
}

export function isInvitationOpen(invitationId: string, now = new Date()): boolean {
  const row = db.select().from(schema.invitations).where(eq(schema.invitations.id, invitationId)).get();
  return row !== undefined && stateOf(row, now) === "pending";
}
