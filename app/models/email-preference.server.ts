import { and, eq, inArray } from "drizzle-orm";

import { db, anyOf, schema } from "~/lib/db.server";
import { optionalEmailKinds, type OptionalEmailKind } from "~/lib/email-kinds";

export function optedOutKinds(userId: string): Set<OptionalEmailKind> {
  const rows = db
    .select({ kind: schema.emailOptOuts.kind })
    .from(schema.emailOptOuts)
    .where(eq(schema.emailOptOuts.userId, userId))
    .all();
  return new Set(rows.map((row) => row.kind));
}

/** Who among these people turned a kind of email off. */
export function optedOutAmong(userIds: string[], kind: OptionalEmailKind): Set<string> {
  if (userIds.length === 0) return new Set();
  const rows = db
    .select({ userId: schema.emailOptOuts.userId })
    .from(schema.emailOptOuts)
    .where(and(eq(schema.emailOptOuts.kind, kind), inArray(schema.emailOptOuts.userId, anyOf(userIds))))
    .all();
  return new Set(rows.map((row) => row.userId));
}

export function optOut(userId: string, kind: OptionalEmailKind): void {
  db.insert(schema.emailOptOuts).values({ userId, kind }).onConflictDoNothing().run();
}

export function optIn(userId: string, kind: OptionalEmailKind): void {
  db.delete(schema.emailOptOuts)
    .where(and(eq(schema.emailOptOuts.userId, userId), eq(schema.emailOptOuts.kind, kind)))
    .run();
}

/** Sets exactly which optional kinds someone gets. */
export function setReceivedKinds(userId: string, received: ReadonlySet<OptionalEmailKind>): void {
  db.transaction((tx) => {
    tx.delete(schema.emailOptOuts).where(eq(schema.emailOptOuts.userId, userId)).run();
    const off = optionalEmailKinds.filter((kind) => !received.has(kind));
    if (off.length > 0)
      tx.insert(schema.emailOptOuts)
        .values(off.map((kind) => ({ userId, kind })))
        .run();
  });
}
