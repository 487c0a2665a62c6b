import { createHash, randomBytes } from "node:crypto";

import { and, asc, eq, isNull } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";

import { claimWithin } from "./rate-limit.server";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Join requests one account may send in an hour: a person at a meeting scans one or two codes; an account
 * scripted to knock on every coalition whose link it found does not get far. Refused requests do not count.
 */
export const joinRequestLimit = { max: 10, windowMs: 60 * 60 * 1000 } as const;

const links = schema.joinLinks;
const requests = schema.joinRequests;
const isLive = and(isNull(links.turnedOffAt), isNull(links.replacedAt));

/** When the organization's live join link was made, or null when it has none. */
export function liveJoinLink(organizationId: string): { createdAt: Date } | null {
  return (
    db
      .select({ createdAt: links.createdAt })
      .from(links)
      .where(and(eq(links.organizationId, organizationId), isLive))
      .get() ?? null
  );
}

/**
 * A new join link, replacing the live one (whose token stops working at once). Only the token's hash is kept,
 * so this answer is the one place the link exists: showing it again means renewing it.
 */
export function renewJoinLink(organizationId: string, createdBy: string, now = new Date()): string {
  const token = randomBytes(32).toString("base64url");
  db.transaction((tx) => {
    tx.update(links)
      .set({ replacedAt: now })
      .where(and(eq(links.organizationId, organizationId), isLive))
      .run();
    tx.insert(links)
      .values({ id: newId(), organizationId, tokenHash: hashToken(token), createdBy, createdAt: now })
      .run();
  });
  return token;
}

/** Turns the live join link off; false when there was none. */
export function turnOffJoinLink(organizationId: string, now = new Date()): boolean {
  return (
    db
      .update(links)
      .set({ turnedOffAt: now })
      .where(and(eq(links.organizationId, organizationId), isLive))
      .run().changes > 0
  );
}

export type JoinLinkState = "live" | "turned-off" | "replaced";

export type JoinLinkView = {
  id: string;
  state: JoinLinkState;
  organization: { id: string; name: string; slug: string; suspended: boolean };
};

/** The link a token opens, live or not; undefined for a token that never was one. */
export function findJoinLink(token: string): JoinLinkView | undefined {
  const row = db
    .select({ link: links, organization: schema.organizations })
    .from(links)
    .innerJoin(schema.organizations, eq(schema.organizations.id, links.organizationId))
    .where(eq(links.tokenHash, hashToken(token)))
    .get();
  if (!row) return undefined;
  const { link, organization } = row;
  return {
    id: link.id,
    state: link.replacedAt ? "replaced" : link.turnedOffAt ? "turned-off" : "live",
    organization: {
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      suspended: Boolean(organization.suspendedAt),
    },
  };
}

export type JoinRequestResult =
  | { ok: true; requestId: string }
  | { ok: false; reason: "closed"; state: JoinLinkState }
  | { ok: false; reason: "member"; slug: string }
  | { ok: false; reason: "suspended" }
  | { ok: false; reason: "too-many"; retryAfter: number };

/**
 * Asks to join through a live link. Asking again (or through a renewed link) finds the same request rather
 * than adding one, so organizers see each person once; a declined request stays declined.
 */
export function requestToJoin(token: string, userId: string, now = new Date()): JoinRequestResult | undefined {
  const link = findJoinLink(token);
  if (!link) return undefined;
  if (link.state !== "live") return { ok: false, reason: "closed", state: link.state };
  if (link.organization.suspended) return { ok: false, reason: "suspended" };
  const organizationId = link.organization.id;
  return db.transaction((tx): JoinRequestResult => {
    const member = tx
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(and(eq(schema.memberships.organizationId, organizationId), eq(schema.memberships.userId, userId)))
      .get();
    if (member) return { ok: false, reason: "member", slug: link.organization.slug };
    const earlier = tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.organizationId, organizationId), eq(requests.userId, userId)))
      .get();
    if (earlier) return { ok: true, requestId: earlier.id };
    const claim = claimWithin(tx, [{ key: `join:${userId}`, ...joinRequestLimit }], now);
    if (!claim.ok) return { ok: false, reason: "too-many", retryAfter: claim.retryAfter };
    const id = newId();
    tx.insert(requests).values({ id, organizationId, userId, joinLinkId: link.id, createdAt: now }).run();
    return { ok: true, requestId: id };
  });
}

/** A person's own request, for the "request sent" page; someone else's is as absent as a missing one. */
export function joinRequestOf(userId: string, requestId: string) {
  return db
    .select({
      decision: requests.decision,
      organizationName: schema.organizations.name,
      organizationSlug: schema.organizations.slug,
    })
    .from(requests)
    .innerJoin(schema.organizations, eq(schema.organizations.id, requests.organizationId))
    .where(and(eq(requests.id, requestId), eq(requests.userId, userId)))
    .get();
}

export type PendingJoinRequest = { id: string; name: string; email: string; createdAt: Date };

/** Requests waiting for an organizer, oldest first. */
export function pendingJoinRequests(organizationId: string): PendingJoinRequest[] {
  return db
    .select({ id: requests.id, name: schema.users.name, email: schema.users.email, createdAt: requests.createdAt })
    .from(requests)
    .innerJoin(schema.users, eq(schema.users.id, requests.userId))
    .where(and(eq(requests.organizationId, organizationId), isNull(requests.decision)))
    .orderBy(asc(requests.createdAt))
    .all();
}

/**
 * Approves (the person becomes a member) or declines a waiting request of this organization. Returns the
 * person's name, or undefined when there is no such waiting request (another organizer may have acted first).
 */
export function decideJoinRequest(
  organizationId: string,
  requestId: string,
  decision: "approved" | "declined",
  decidedBy: string,
  now = new Date(),
): string | undefined {
  return db.transaction((tx) => {
    const pending = tx
      .select({ userId: requests.userId, name: schema.users.name })
      .from(requests)
      .innerJoin(schema.users, eq(schema.users.id, requests.userId))
      .where(and(eq(requests.id, requestId), eq(requests.organizationId, organizationId), isNull(requests.decision)))
      .get();
    if (!pending) return undefined;
    tx.update(requests).set({ decision, decidedAt: now, decidedBy }).where(eq(requests.id, requestId)).run();
    if (decision === "approved") {
      tx.insert(schema.memberships)
        .values({ organizationId, userId: pending.userId, role: "member" })
        .onConflictDoNothing()
        .run();
    }
    return pending.name;
  });
}
