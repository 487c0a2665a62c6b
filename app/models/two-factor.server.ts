import { createHash, randomBytes, randomInt } from "node:crypto";

import { and, eq, gt, isNull, lt, lte, sql } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";

import { db, schema } from "~/lib/db.server";

export const twoFactorLimits = {
  // How long the second step waits after a right password.
  challengeMs: 10 * 60 * 1000,
  // Wrong codes in one sign-in before it starts over from the password.
  failuresPerChallenge: 5,
  // Wrong codes for one account, across sign-ins, before it waits out the window.
  failuresPerAccount: 10,
  accountWindowMs: 15 * 60 * 1000,
  recoveryCodes: 10,
} as const;

const issuer = "Fulcrum";
// A code of the step before or after the current one is accepted: phone clocks drift, people type slowly.
const stepWindow = 1;
// Recovery codes: 10 characters of this alphabet, 50 bits, shown as two groups of five. No 0/O or 1/I/L.
const recoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function totpFor(secret: string, label = ""): TOTP {
  return new TOTP({ issuer, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
}

export type CodeCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "replayed" };

/**
 * Whether a 6-digit code is right for the secret at this moment (one step either side), and not a code of a
 * step already used: a code seen over someone's shoulder, or sent twice, does not sign in a second time.
 */
export function checkTotpCode(secret: string, code: string, lastUsedStep: number, now = new Date()): CodeCheck {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: stepWindow });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = totp.counter({ timestamp: now.getTime() }) + delta;
  return step > lastUsedStep ? { ok: true, step } : { ok: false, reason: "replayed" };
}

/** What people type: spaces, dashes and capitals are forgiven. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, "").toLowerCase();
}

export const isTotpShaped = (code: string) => /^\d{6}$/.test(code);
export const isRecoveryShaped = (code: string) =>
  code.length === 10 && [...code].every((c) => recoveryAlphabet.includes(c));

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

function row(userId: string) {
  return db.select().from(schema.twoFactor).where(eq(schema.twoFactor.userId, userId)).get();
}

export type TwoFactorStatus = { enabled: boolean; recoveryCodesLeft: number };

export function twoFactorStatus(userId: string): TwoFactorStatus {
  const enabled = Boolean(row(userId)?.enabledAt);
  const left = db
    .select({ count: sql<number>`count(*)` })
    .from(schema.recoveryCodes)
    .where(and(eq(schema.recoveryCodes.userId, userId), isNull(schema.recoveryCodes.usedAt)))
    .get();
  return { enabled, recoveryCodesLeft: enabled ? (left?.count ?? 0) : 0 };
}

export type Enrolment = { secret: string; uri: string };

/**
 * The secret being set up: the same one on every visit until it is confirmed (so a reload does not break the
 * code already scanned), and apart from any secret in use, which keeps working until the new one is confirmed.
 */
export function pendingEnrolment(userId: string, email: string, options: { create: boolean }): Enrolment | null {
  let secret = row(userId)?.pendingSecret;
  if (!secret) {
    if (!options.create) return null;
    const fresh = new Secret({ size: 20 }).base32;
    db.insert(schema.twoFactor)
      .values({ userId, pendingSecret: fresh })
      .onConflictDoUpdate({
        target: schema.twoFactor.userId,
        set: { pendingSecret: sql`coalesce(pending_secret, ${fresh})` },
      })
      .run();
    secret = row(userId)!.pendingSecret!;
  }
  return { secret, uri: totpFor(secret, email).toString() };
}

/** Confirms the secret being set up with a code from it; the recovery codes come back once and are never stored. */
export function confirmEnrolment(
  userId: string,
  code: string,
  now = new Date(),
): { ok: true; recoveryCodes: string[] } | CodeCheck {
  const current = row(userId);
  if (!current?.pendingSecret) return { ok: false, reason: "wrong" };
  const check = checkTotpCode(current.pendingSecret, normalizeCode(code), 0, now);
  if (!check.ok) return check;
  const pending = current.pendingSecret;
  const codes = Array.from({ length: twoFactorLimits.recoveryCodes }, newRecoveryCode);
  // Only for the same pending secret: a form sent twice must not replace the codes the first answer showed.
  const confirmed = db.transaction((tx) => {
    const claimed = tx
      .update(schema.twoFactor)
      .set({ secret: pending, pendingSecret: null, enabledAt: now, lastUsedStep: check.step, failures: 0 })
      .where(and(eq(schema.twoFactor.userId, userId), eq(schema.twoFactor.pendingSecret, pending)))
      .run();
    if (claimed.changes !== 1) return false;
    tx.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, userId)).run();
    tx.insert(schema.recoveryCodes)
      .values(codes.map((value) => ({ userId, codeHash: sha256(normalizeCode(value)) })))
      .run();
    return true;
  });
  return confirmed ? { ok: true, recoveryCodes: codes } : { ok: false, reason: "replayed" };
}

/** Drops a setup that was started and not finished (a replacement the person changed their mind about). */
export function cancelEnrolment(userId: string): void {
  db.update(schema.twoFactor).set({ pendingSecret: null }).where(eq(schema.twoFactor.userId, userId)).run();
  db.delete(schema.twoFactor)
    .where(and(eq(schema.twoFactor.userId, userId), isNull(schema.twoFactor.enabledAt)))
    .run();
}

export function disableTwoFactor(userId: string): void {
  db.transaction((tx) => {
    tx.delete(schema.twoFactor).where(eq(schema.twoFactor.userId, userId)).run();
    tx.delete(schema.recoveryCodes).where(eq(schema.recoveryCodes.userId, userId)).run();
    tx.delete(schema.twoFactorChallenges).where(eq(schema.twoFactorChallenges.userId, userId)).run();
  });
}

export type SecondFactorCheck =
  { ok: true; usedRecoveryCode: boolean } | { ok: false; reason: "wrong" | "replayed" | "used-recovery-code" };

/**
 * Checks a code from the authenticator app or a recovery code. Accepting either is a conditional write, so two
 * requests racing with one code (or one recovery code) cannot both pass, even in two server processes.
 */
export function verifySecondFactor(userId: string, input: string, now = new Date()): SecondFactorCheck {
  const code = normalizeCode(input);
  const current = row(userId);
  if (!current?.secret || !current.enabledAt) return { ok: false, reason: "wrong" };
  if (isTotpShaped(code)) {
    const check = checkTotpCode(current.secret, code, current.lastUsedStep, now);
    if (!check.ok) return check;
    const claimed = db
      .update(schema.twoFactor)
      .set({ lastUsedStep: check.step })
      .where(and(eq(schema.twoFactor.userId, userId), lt(schema.twoFactor.lastUsedStep, check.step)))
      .run();
    return claimed.changes === 1 ? { ok: true, usedRecoveryCode: false } : { ok: false, reason: "replayed" };
  }
  if (!isRecoveryShaped(code)) return { ok: false, reason: "wrong" };
  const hash = sha256(code);
  const used = db
    .update(schema.recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(schema.recoveryCodes.userId, userId),
        eq(schema.recoveryCodes.codeHash, hash),
        isNull(schema.recoveryCodes.usedAt),
      ),
    )
    .run();
  if (used.changes === 1) return { ok: true, usedRecoveryCode: true };
  const known = db
    .select({ usedAt: schema.recoveryCodes.usedAt })
    .from(schema.recoveryCodes)
    .where(and(eq(schema.recoveryCodes.userId, userId), eq(schema.recoveryCodes.codeHash, hash)))
    .get();
  return { ok: false, reason: known ? "used-recovery-code" : "wrong" };
}

/** Seconds until this account may try another code, or 0. */
export function accountRetryAfter(userId: string, now = new Date()): number {
  const current = row(userId);
  if (!current?.failuresSince || current.failures < twoFactorLimits.failuresPerAccount) return 0;
  const waitMs = current.failuresSince.getTime() + twoFactorLimits.accountWindowMs - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

function recordAccountFailure(userId: string, now: Date): void {
  const { failures, failuresSince } = schema.twoFactor;
  const windowStart = now.getTime() - twoFactorLimits.accountWindowMs;
  // A window that has run out starts again from this failure.
  const windowOver = sql`(${failuresSince} is null or ${failuresSince} <= ${windowStart})`;
  db.update(schema.twoFactor)
    .set({
      failures: sql`case when ${windowOver} then 1 else ${failures} + 1 end`,
      failuresSince: sql`case when ${windowOver} then ${now.getTime()} else ${failuresSince} end`,
    })
    .where(eq(schema.twoFactor.userId, userId))
    .run();
}

export type Challenge = { tokenHash: string; userId: string; redirectTo: string; failures: number };

/** Opens the second step for a person whose password was right; the token goes in an httpOnly cookie. */
export function createChallenge(userId: string, redirectTo: string, now = new Date()): string {
  const token = randomBytes(32).toString("base64url");
  db.delete(schema.twoFactorChallenges).where(lte(schema.twoFactorChallenges.expiresAt, now)).run();
  db.insert(schema.twoFactorChallenges)
    .values({
      tokenHash: sha256(token),
      userId,
      redirectTo,
      expiresAt: new Date(now.getTime() + twoFactorLimits.challengeMs),
    })
    .run();
  return token;
}

export function findChallenge(token: string, now = new Date()): Challenge | null {
  const found = db
    .select()
    .from(schema.twoFactorChallenges)
    .where(eq(schema.twoFactorChallenges.tokenHash, sha256(token)))
    .get();
  if (!found || found.expiresAt.getTime() <= now.getTime()) return null;
  return { tokenHash: found.tokenHash, userId: found.userId, redirectTo: found.redirectTo, failures: found.failures };
}

/**
 * Takes one of the sign-in's tries before its code is checked, so requests sent at once (even to several server
 * processes) cannot try more codes than allowed. Returns the tries used with this one, or null when the sign-in
 * has none left or has expired.
 */
export function claimAttempt(challenge: Challenge, now = new Date()): number | null {
  const claimed = db
    .update(schema.twoFactorChallenges)
    .set({ failures: sql`${schema.twoFactorChallenges.failures} + 1` })
    .where(
      and(
        eq(schema.twoFactorChallenges.tokenHash, challenge.tokenHash),
        lt(schema.twoFactorChallenges.failures, twoFactorLimits.failuresPerChallenge),
        gt(schema.twoFactorChallenges.expiresAt, now),
      ),
    )
    .returning({ tries: schema.twoFactorChallenges.failures })
    .get();
  return claimed?.tries ?? null;
}

/**
 * Counts a wrong code against the account, and returns how many tries the sign-in has left; at 0 it is gone and
 * the person starts again from the password.
 */
export function recordWrongCode(challenge: Challenge, tries: number, now = new Date()): number {
  recordAccountFailure(challenge.userId, now);
  if (tries >= twoFactorLimits.failuresPerChallenge) {
    endChallenge(challenge);
    return 0;
  }
  return twoFactorLimits.failuresPerChallenge - tries;
}

/** Ends the sign-in; true only for the one request that ended it, so one right code starts one session. */
export function endChallenge(challenge: Challenge): boolean {
  return (
    db.delete(schema.twoFactorChallenges).where(eq(schema.twoFactorChallenges.tokenHash, challenge.tokenHash)).run()
      .changes === 1
  );
}

export function clearAccountFailures(userId: string): void {
  db.update(schema.twoFactor)
    .set({ failures: 0, failuresSince: null })
    .where(eq(schema.twoFactor.userId, userId))
    .run();
}
