import { createHash, randomBytes } from "node:crypto";

import { eq } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function hasCalendarFeed(userId: string): boolean {
  return Boolean(
    db
      .select({ userId: schema.calendarFeeds.userId })
      .from(schema.calendarFeeds)
      .where(eq(schema.calendarFeeds.userId, userId))
      .get(),
  );
}

/** A new secret feed token for the user, replacing (and so revoking) any earlier one. Only its hash is kept. */
export function renewCalendarFeed(userId: string): string {
  const token = randomBytes(24).toString("base64url");
  db.insert(schema.calendarFeeds)
    .values({ userId, tokenHash: hashToken(token) })
    .onConflictDoUpdate({
      target: schema.calendarFeeds.userId,
      set: { tokenHash: hashToken(token), createdAt: new Date() },
    })
    .run();
  return token;
}

export function revokeCalendarFeed(userId: string): void {
  db.delete(schema.calendarFeeds).where(eq(schema.calendarFeeds.userId, userId)).run();
}

export function calendarFeedOwner(token: string) {
  return db
    .select({ id: schema.users.id, name: schema.users.name, language: schema.users.language })
    .from(schema.calendarFeeds)
    .innerJoin(schema.users, eq(schema.users.id, schema.calendarFeeds.userId))
    .where(eq(schema.calendarFeeds.tokenHash, hashToken(token)))
    .get();
}
