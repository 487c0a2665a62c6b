import { createHash, randomBytes } from "node:crypto";

import { and, count, eq, gt, isNull } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import type { AccountTokenPurpose } from "~/lib/email-kinds";

export const accountTokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  "verify-email": 48 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes a single-use token; only its hash is stored, so the email carrying it is the one place it exists. */
export function createAccountToken(
  userId: string,
  email: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): { id: string; token: string } {
  const token = randomBytes(32).toString("base64url");
  const id = newId();
  db.insert(schema.accountTokens)
    .values({
      id,
      userId,
      email,
      purpose,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + accountTokenLifetimeMs[purpose]),
    })
    .run();
  return { id, token };
}

export type AccountTokenCheck =
  { state: "valid"; id: string; userId: string; email: string } | { state: "expired" | "used" | "not-found" };

export function checkAccountToken(token: string, purpose: AccountTokenPurpose, now = new Date()): AccountTokenCheck {
  const row = db
    .select()
    .from(schema.accountTokens)
    .where(and(eq(schema.accountTokens.tokenHash, hashToken(token)), eq(schema.accountTokens.purpose, purpose)))
    .get();
  if (!row) return { state: "not-found" };
  if (row.usedAt) return { state: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  return { state: "valid", id: row.id, userId: row.userId, email: row.email };
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Uses a token up inside the caller's transaction; false when it was already used or has expired meanwhile. */
export function consumeAccountToken(tx: Tx, id: string, now = new Date()): boolean {
  return (
    tx
      .update(schema.accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(schema.accountTokens.id, id),
          isNull(schema.accountTokens.usedAt),
          gt(schema.accountTokens.expiresAt, now),
        ),
      )
      .run().changes === 1
  );
}

/** How many tokens of a kind were made for someone since a moment: the brake on mail-bombing an address. */
export function tokensCreatedSince(userId: string, purpose: AccountTokenPurpose, since: Date): number {
  return db
    .select({ n: count() })
    .from(schema.accountTokens)
    .where(
      and(
        eq(schema.accountTokens.userId, userId),
        eq(schema.accountTokens.purpose, purpose),
        gt(schema.accountTokens.createdAt, since),
      ),
    )
    .get()!.n;
}

export function isAccountTokenOpen(id: string, now = new Date()): boolean {
  const row = db
    .select({ usedAt: schema.accountTokens.usedAt, expiresAt: schema.accountTokens.expiresAt })
    .from(schema.accountTokens)
    .where(eq(schema.accountTokens.id, id))
    .get();
  return row !== undefined && row.usedAt === null && row.expiresAt.getTime() > now.getTime();
}
