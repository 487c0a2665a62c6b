import { and, eq, isNull } from "drizzle-orm";

import { isUniqueViolation } from "~/lib/db-errors.server";
import { db, newId, schema } from "~/lib/db.server";
import { FieldConflictError } from "~/lib/field-conflict";
import type { Language } from "~/lib/i18n";
import { decoyPasswordHash, hashPassword, verifyPassword } from "~/lib/password.server";

import { consumeAccountToken } from "./account-token.server";
import { addressTag, recordEvents, secondsUntilAllowed, type RateLimit } from "./rate-limit.server";

// `language`: the one the person was reading when they signed up, so their pages and email stay in it.
export type NewUser = { name: string; email: string; password: string; language?: Language };
export type PublicUser = { id: string; name: string; email: string };

export class EmailTakenError extends FieldConflictError {
  constructor() {
    super("email", "common:validation.emailTaken");
  }
}

export function findUserByEmail(email: string) {
  return db.select().from(schema.users).where(eq(schema.users.email, email.toLowerCase())).get();
}

export async function createUser(input: NewUser): Promise<PublicUser> {
  const email = input.email.toLowerCase();
  if (findUserByEmail(email)) throw new EmailTakenError();
  const passwordHash = await hashPassword(input.password);
  const user = { id: newId(), name: input.name, email, passwordHash, language: input.language ?? null };
  try {
    db.insert(schema.users).values(user).run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new EmailTakenError();
    throw error;
  }
  return { id: user.id, name: user.name, email: user.email };
}

const hour = 60 * 60 * 1000;

/**
 * Sign-up says when an email already has an account (a person who forgot they joined needs to hear it), so
 * sign-ups are limited to keep anyone from testing a list of addresses with it:
 * - per address, 5 "already has an account" answers an hour: one person forgetting, or a household;
 * - per address, 20 sign-ups an hour: a coalition's sign-up night on one school's wifi fits, and a list tried
 *   from one machine gets 20 answers an hour, each miss leaving an account behind;
 * - per email, 5 attempts an hour from anywhere, so that many addresses cannot hammer one account's address.
 */
export const signupThrottle = {
  takenPerAddress: { max: 5, windowMs: hour },
  perAddress: { max: 20, windowMs: hour },
  perEmail: { max: 5, windowMs: hour },
} as const;

export type SignupClaim = { outcome: "go" } | { outcome: "taken" } | { outcome: "wait"; retryAfter: number };

/**
 * Counts a sign-up attempt from this address, before any password is hashed, or says how many seconds to wait.
 * A taken email is counted against the address's "taken" answers in the same transaction as the check, so
 * parallel attempts cannot get more answers than the limit.
 */
export function claimSignup(email: string, address: string, now = new Date()): SignupClaim {
  const tag = addressTag(address);
  const taken: RateLimit = { key: `signup:taken:${tag}`, ...signupThrottle.takenPerAddress };
  const perAddress: RateLimit = { key: `signup:address:${tag}`, ...signupThrottle.perAddress };
  const perEmail: RateLimit = { key: `signup:email:${email.toLowerCase()}`, ...signupThrottle.perEmail };
  return db.transaction((tx): SignupClaim => {
    const retryAfter = secondsUntilAllowed(tx, [taken, perAddress, perEmail], now);
    if (retryAfter > 0) return { outcome: "wait", retryAfter };
    const exists = Boolean(
      tx.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, email.toLowerCase())).get(),
    );
    recordEvents(tx, exists ? [perAddress, perEmail, taken] : [perAddress, perEmail], now);
    return { outcome: exists ? "taken" : "go" };
  });
}

/** The user when the email and password match; null otherwise, taking the same time either way. */
export async function verifyLogin(email: string, password: string): Promise<PublicUser | null> {
  const user = findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !valid) return null;
  return { id: user.id, name: user.name, email: user.email };
}

/** Pages and email in this language from now on, whatever the browser asks for. */
export function setUserLanguage(userId: string, language: Language): void {
  db.update(schema.users).set({ language }).where(eq(schema.users.id, userId)).run();
}

export function findUserById(id: string) {
  return db
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      emailVerifiedAt: schema.users.emailVerifiedAt,
      language: schema.users.language,
    })
    .from(schema.users)
    .where(eq(schema.users.id, id))
    .get();
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
      .where(
        and(
          eq(schema.users.id, token.userId),
          eq(schema.users.email, token.email),
          isNull(schema.users.emailVerifiedAt),
        ),
      )
      .run();
    return true;
  });
}

/** Sets a new password with a reset token, once; false when the token was used or expired meanwhile. */
export async function resetPassword(
  token: { id: string; userId: string; email: string },
  password: string,
  now = new Date(),
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    if (!consumeAccountToken(tx, token.id, now)) return false;
    // The reset link reached this address, which proves it is theirs.
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, token.userId)).run();
    tx.update(schema.users)
      .set({ emailVerifiedAt: now })
      .where(
        and(
          eq(schema.users.id, token.userId),
          eq(schema.users.email, token.email),
          isNull(schema.users.emailVerifiedAt),
        ),
      )
      .run();
    return true;
  });
}
