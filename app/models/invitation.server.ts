import { createHash, randomBytes } from "node:crypto";

import { and, count, desc, eq, gt, isNull, or } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import type { Role } from "~/lib/domain";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * How many invitations may go out in any 24 hours. Every invitation made counts, replaced and withdrawn ones
 * too, so neither re-sending nor revoking frees a place.
 */
export const invitationLimits = {
  // A coalition inviting the sign-in sheet of a big meeting stays well under this; a spammer does not.
  perOrganization: 30,
  // Across all organizations: room to fix a typo or re-send once or twice, but no address gets flooded.
  perAddress: 3,
} as const;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type InvitationState = "pending" | "accepted" | "expired" | "revoked" | "superseded";

export type InvitationView = {
  id: string;
  email: string;
  role: Role;
  state: InvitationState;
  expiresAt: Date;
  organization: { id: string; name: string; slug: string; kind: "coalition" | "state_agency" };
};

function stateOf(row: typeof schema.invitations.$inferSelect, now: Date): InvitationState {
  if (row.supersededAt) return "superseded";
  if (row.revokedAt) return "revoked";
  if (row.acceptedAt) return "accepted";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

const isOpen = and(
  isNull(schema.invitations.acceptedAt),
  isNull(schema.invitations.revokedAt),
  isNull(schema.invitations.supersededAt),
);

export type NewInvitation = { id: string; token: string; email: string; role: Role; expiresAt: Date };

export type InviteResult =
  | ({ ok: true } & NewInvitation)
  | { ok: false; reason: "member" | "organization-limit" | "address-limit" | "not-found" };

/**
 * Creates an invitation, replacing any open one to the same address in this organization (and, for a re-send,
 * the invitation it `replaces`), and hands it to `send` while still inside the transaction, so the email is
 * queued with the invitation or not at all. The checks and the write share one BEGIN IMMEDIATE transaction:
 * parallel requests take turns, so together they can never pass a limit.
 * Only a hash of the token is stored, so the email is the one place it lives.
 */
export function createInvitation(
  input: { organizationId: string; email: string; role: Role; invitedBy: string; replaces?: string },
  send: (invitation: NewInvitation) => void,
  now = new Date(),
): InviteResult {
  const email = input.email.toLowerCase();
  const since = new Date(now.getTime() - dayMs);
  return db.transaction((tx): InviteResult => {
    if (input.replaces) {
      const replaced = tx
        .select({ id: schema.invitations.id })
        .from(schema.invitations)
        .where(
          and(
            eq(schema.invitations.id, input.replaces),
            eq(schema.invitations.organizationId, input.organizationId),
            isOpen,
          ),
        )
        .get();
      if (!replaced) return { ok: false, reason: "not-found" };
    }
    const member = tx
      .select({ userId: schema.memberships.userId })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(and(eq(schema.memberships.organizationId, input.organizationId), eq(schema.users.email, email)))
      .get();
    if (member) return { ok: false, reason: "member" };
    const sentByOrganization = tx
      .select({ n: count() })
      .from(schema.invitations)
      .where(and(eq(schema.invitations.organizationId, input.organizationId), gt(schema.invitations.createdAt, since)))
      .get();
    if ((sentByOrganization?.n ?? 0) >= invitationLimits.perOrganization) {
      return { ok: false, reason: "organization-limit" };
    }
    const sentToAddress = tx
      .select({ n: count() })
      .from(schema.invitations)
      .where(and(eq(schema.invitations.email, email), gt(schema.invitations.createdAt, since)))
      .get();
    if ((sentToAddress?.n ?? 0) >= invitationLimits.perAddress) return { ok: false, reason: "address-limit" };

    const sameAddress = eq(schema.invitations.email, email);
    tx.update(schema.invitations)
      .set({ supersededAt: now })
      .where(
        and(
          eq(schema.invitations.organizationId, input.organizationId),
          isOpen,
          input.replaces ? or(sameAddress, eq(schema.invitations.id, input.replaces)) : sameAddress,
        ),
      )
      .run();
    const token = randomBytes(32).toString("base64url");
    const invitation: NewInvitation = {
      id: newId(),
      token,
      email,
      role: input.role,
      expiresAt: new Date(now.getTime() + invitationLifetimeMs),
    };
    tx.insert(schema.invitations)
      .values({
        id: invitation.id,
        organizationId: input.organizationId,
        email,
        role: input.role,
        invitedBy: input.invitedBy,
        tokenHash: hashToken(token),
        createdAt: now,
        expiresAt: invitation.expiresAt,
      })
      .run();
    send(invitation);
    return { ok: true, ...invitation };
  });
}

/** An open invitation of this organization, for re-sending it; null when there is none with that id. */
export function findOpenInvitation(organizationId: string, invitationId: string, now = new Date()) {
  const row = db
    .select()
    .from(schema.invitations)
    .where(and(eq(schema.invitations.id, invitationId), eq(schema.invitations.organizationId, organizationId)))
    .get();
  return row && stateOf(row, now) === "pending" ? { id: row.id, email: row.email, role: row.role } : null;
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
  | { ok: false; reason: "not-found" | "wrong-account" | Exclude<InvitationState, "pending"> };

/**
 * Accepts an invitation for a user, once: the claim and the membership are written in one transaction,
 * and the claim only succeeds while the invitation is still open, so two clicks cannot both use it.
 * Only the account with the invited address can accept: a forwarded link does not let someone else join.
 */
export function acceptInvitation(token: string, user: { id: string; email: string }, now = new Date()): AcceptResult {
  const userId = user.id;
  return db.transaction((tx) => {
    const invitation = tx
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.tokenHash, hashToken(token)))
      .get();
    if (!invitation) return { ok: false, reason: "not-found" } as const;
    const state = stateOf(invitation, now);
    if (state !== "pending") return { ok: false, reason: state } as const;
    if (invitation.email !== user.email.toLowerCase()) return { ok: false, reason: "wrong-account" } as const;
    const claimed = tx
      .update(schema.invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(schema.invitations.id, invitation.id), isOpen, gt(schema.invitations.expiresAt, now)))
      .run();
    if (claimed.changes !== 1) return { ok: false, reason: "accepted" } as const;
    // The invitation link reached this address: accepting it as the account with that address confirms it.
    tx.update(schema.users)
      .set({ emailVerifiedAt: now })
      .where(
        and(
          eq(schema.users.id, userId),
          eq(schema.users.email, invitation.email),
          isNull(schema.users.emailVerifiedAt),
        ),
      )
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
    .where(and(eq(schema.invitations.organizationId, organizationId), isOpen, gt(schema.invitations.expiresAt, now)))
    .orderBy(desc(schema.invitations.createdAt))
    .all();
}

/** Revokes an open invitation of this organization; false when there is none with that id. */
export function revokeInvitation(organizationId: string, invitationId: string, now = new Date()): boolean {
  const result = db
    .update(schema.invitations)
    .set({ revokedAt: now })
    .where(and(eq(schema.invitations.id, invitationId), eq(schema.invitations.organizationId, organizationId), isOpen))
    .run();
  return result.changes === 1;
}

export function isInvitationOpen(invitationId: string, now = new Date()): boolean {
  const row = db.select().from(schema.invitations).where(eq(schema.invitations.id, invitationId)).get();
  return row !== undefined && stateOf(row, now) === "pending";
}
