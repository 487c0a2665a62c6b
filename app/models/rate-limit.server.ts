import { createHmac } from "node:crypto";

import { and, desc, eq, gt, inArray, lte } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";

import { appSecret } from "./app-secret.server";

// Rate limits count events in a sliding window. An event is recorded in the same synchronous transaction
// (BEGIN IMMEDIATE, see db.server.ts) that checks the limit, before the slow work it stands for (an argon2
// verify, an insert), so parallel requests, even in other server processes, cannot all pass one check.

export type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
export type RateLimit = { key: string; max: number; windowMs: number };
export type Claim = { ok: true; ids: number[] } | { ok: false; retryAfter: number };

const events = schema.rateLimitEvents;

/**
 * A short keyed hash of a client address: enough to tell addresses apart in a limit's key without keeping
 * people's addresses in the database.
 */
export function addressTag(address: string): string {
  return createHmac("sha256", appSecret("rate-limit-address")).update(address).digest("base64url").slice(0, 22);
}

function waitMs(tx: Tx, limit: RateLimit, now: Date): number {
  // The max-th most recent event: once it leaves the window, the limit has room for one more.
  const recent = tx
    .select({ at: events.at })
    .from(events)
    .where(and(eq(events.key, limit.key), gt(events.at, new Date(now.getTime() - limit.windowMs))))
    .orderBy(desc(events.at))
    .limit(limit.max)
    .all();
  const oldestCounted = recent[limit.max - 1];
  return oldestCounted ? oldestCounted.at.getTime() + limit.windowMs - now.getTime() : 0;
}

/** Seconds until every one of the limits has room for another event; 0 when they have now. */
export function secondsUntilAllowed(tx: Tx, limits: readonly RateLimit[], now: Date): number {
  const wait = Math.max(0, ...limits.map((limit) => waitMs(tx, limit, now)));
  return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : 0;
}

/** Counts one event against each limit; the ids let a caller take the events back (see `releaseEvents`). */
export function recordEvents(tx: Tx, limits: readonly RateLimit[], now: Date): number[] {
  // Nothing older than its own window counts any more; dropping it here keeps the table small without a job.
  tx.delete(events).where(lte(events.expiresAt, now)).run();
  if (limits.length === 0) return [];
  return tx
    .insert(events)
    .values(limits.map((limit) => ({ key: limit.key, at: now, expiresAt: new Date(now.getTime() + limit.windowMs) })))
    .returning({ id: events.id })
    .all()
    .map((row) => row.id);
}

/** Inside `tx`: refuses when any limit is full, otherwise counts the event against all of them. */
export function claimWithin(tx: Tx, limits: readonly RateLimit[], now: Date): Claim {
  const retryAfter = secondsUntilAllowed(tx, limits, now);
  if (retryAfter > 0) return { ok: false, retryAfter };
  return { ok: true, ids: recordEvents(tx, limits, now) };
}

export function claim(limits: readonly RateLimit[], now = new Date()): Claim {
  return db.transaction((tx) => claimWithin(tx, limits, now));
}

export function releaseEvents(tx: Tx, ids: readonly number[]): void {
  if (ids.length)
    tx.delete(events)
      .where(inArray(events.id, [...ids]))
      .run();
}

export function forgetKeys(tx: Tx, keys: readonly string[]): void {
  if (keys.length)
    tx.delete(events)
      .where(inArray(events.key, [...keys]))
      .run();
}

export function hasLiveEvent(tx: Tx, key: string, now: Date): boolean {
  const live = and(eq(events.key, key), gt(events.expiresAt, now));
  return Boolean(tx.select({ id: events.id }).from(events).where(live).get());
}

/** How long to wait, in words for the message next to a refused form: "3 minutes", "about 2 hours". */
export function waitPhrase(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  return `about ${hours} hour${hours === 1 ? "" : "s"}`;
}
