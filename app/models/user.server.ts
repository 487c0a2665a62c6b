import { and, eq, isNull } from "drizzle-orm";
import { db, newId, schema } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors.server";
import { FieldConflictError } from "~/lib/field-conflict";
import { decoyPasswordHash, hashPassword, verifyPassword } from "~/lib/password.server";
import { consumeAccountToken } from "./account-token.server";

export type NewUser = { name: string; email: string; password: string };
export type PublicUser = { id: string; name: string; email: string };

export class EmailTakenError extends FieldConflictError {
  constructor() {
    super("email", "An account with this email already exists. Log in instead, or use another email.");
  }
}

export function findUserByEmail(email: string) {
  return db.select().from(schema.users).where(eq(schema.users.email, email.toLowerCase())).get();
}

export async function createUser(input: NewUser): Promise<PublicUser> {
  const email = input.email.toLowerCase();
  if (findUserByEmail(email)) throw new EmailTakenError();
  const passwordHash = await hashPassword(input.password);
  const user = { id: newId(), name: input.name, email, passwordHash };
  try {
    db.insert(schema.users).values(user).run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
  return { id: user.id, name: user.name, email: user.email };
}

/** The user when the email and password match; null otherwise, taking the same time either way. */
export async function verifyLogin(email: string, password: string): Promise<PublicUser | null> {
  const user = findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) return null;
  return { id: user.id, name: user.name, email: user.email };
}

export function findUserById(id: string) {
  return db.select({ id: schema.users.id, name: schema.users.name, email: schema.users.email, emailVerifiedAt: schema.users.emailVerifiedAt }).from(schema.users).where(eq(schema.users.id, id)).get();
}

/**
 * Confirms an address with a verification token, once. A token sent to an address the person has since
 * changed confirms nothing. False when the token was used or expired meanwhile.
 */
export function confirmEmail(token: { id: string; userId: string; email: string }, now = new Date()): boolean {
  return db.transaction((tx) => {
    if (!consumeAccountToken(tx, token.id, now)) return false;
    tx.update(schema.users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(schema.users.id, token.userId), eq(schema.users.email, token.email), isNull(schema.users.emailVerifiedAt)))
      .run();
    return true;
  });
}

/** Sets a new password with a reset token, once; false when the token was used or expired meanwhile. */
export async function resetPassword(token: { id: string; userId: string; email: string }, password: string, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    if (!consumeAccountToken(tx, token.id, now)) return false;
    // The reset link reached this address, which proves it is theirs.
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, token.userId)).run();
    tx.update(schema.users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(schema.users.id, token.userId), eq(schema.users.email, token.email), isNull(schema.users.emailVerifiedAt)))
      .run();
    return true;
  });
}
