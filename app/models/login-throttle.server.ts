import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { db, schema } from "~/lib/db.server";

// Failed logins are counted in a sliding window, per email (guessing one account's password) and per IP
// (trying many accounts). Kept in the database so that every server process sees the same counts.
export const loginThrottle = {
  windowMs: 15 * 60 * 1000,
  maxPerEmail: 5,
  maxPerIp: 20,
} as const;

const emailKey = (email: string) => `email:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

function failuresSince(key: string, since: Date) {
  return db
    .select({ count: sql<number>`count(*)`, oldest: sql<number>`min(${schema.loginFailures.at})` })
    .from(schema.loginFailures)
    .where(and(eq(schema.loginFailures.key, key), gte(schema.loginFailures.at, since)))
    .get() ?? { count: 0, oldest: null };
}

/** Seconds until another attempt is allowed, or 0 when the attempt may go ahead. */
export function loginRetryAfter(email: string, ip: string, now = new Date()): number {
  const since = new Date(now.getTime() - loginThrottle.windowMs);
  let waitMs = 0;
  for (const [key, max] of [
    [emailKey(email), loginThrottle.maxPerEmail],
    [ipKey(ip), loginThrottle.maxPerIp],
  ] as const) {
    const { count, oldest } = failuresSince(key, since);
    if (count >= max && oldest !== null) {
      waitMs = Math.max(waitMs, oldest + loginThrottle.windowMs - now.getTime());
    }
  }
  return Math.ceil(waitMs / 1000);
}

export function recordLoginFailure(email: string, ip: string, now = new Date()): void {
  db.insert(schema.loginFailures)
    .values([
      { key: emailKey(email), at: now },
      { key: ipKey(ip), at: now },
    ])
    .run();
  // Old rows carry no information; dropping them here keeps the table small without a separate job.
  db.delete(schema.loginFailures)
    .where(lt(schema.loginFailures.at, new Date(now.getTime() - loginThrottle.windowMs)))
    .run();
}

export function clearLoginFailures(email: string): void {
  db.delete(schema.loginFailures).where(inArray(schema.loginFailures.key, [emailKey(email)])).run();
}
