import { db } from "~/lib/db.server";

import {
  addressTag,
  forgetKeys,
  hasLiveEvent,
  recordEvents,
  releaseEvents,
  secondsUntilAllowed,
  type RateLimit,
} from "./rate-limit.server";

const minute = 60 * 1000;

/**
 * Every login attempt is counted before its password is checked, and stays counted unless it succeeds.
 * - Per email and address: 5 in 15 minutes. The owner who mistypes gets five tries; one attacker's address
 *   gets five guesses at an account, and it costs the owner at another address nothing.
 * - Per address, across emails: 20 in 15 minutes, against one machine trying a common password on many accounts.
 * - Per email, across addresses: 20 an hour, so that an attacker with many addresses still gets about 480
 *   guesses a day at one account rather than 480 per address. Addresses this account logged in from in the
 *   last 30 days are exempt, so such an attack cannot lock the owner out at home, at school or at work.
 */
export const loginThrottle = {
  perPair: { max: 5, windowMs: 15 * minute },
  perAddress: { max: 20, windowMs: 15 * minute },
  perEmail: { max: 20, windowMs: 60 * minute },
  knownAddressMs: 30 * 24 * 60 * minute,
} as const;

type Keys = { pair: string; address: string; email: string; known: string };

function keysOf(email: string, address: string): Keys {
  const lower = email.toLowerCase();
  const tag = addressTag(address);
  return {
    pair: `login:pair:${lower}|${tag}`,
    address: `login:address:${tag}`,
    email: `login:email:${lower}`,
    known: `login:known:${lower}|${tag}`,
  };
}

export type LoginAttempt = { ok: true; ids: number[]; keys: Keys } | { ok: false; retryAfter: number };

/**
 * Claims one attempt for this email from this address, or says how many seconds to wait. The same for an email
 * with an account and one without: the checks and counts only look at earlier attempts.
 */
export function claimLoginAttempt(email: string, address: string, now = new Date()): LoginAttempt {
  const keys = keysOf(email, address);
  const pair: RateLimit = { key: keys.pair, ...loginThrottle.perPair };
  const perAddress: RateLimit = { key: keys.address, ...loginThrottle.perAddress };
  const perEmail: RateLimit = { key: keys.email, ...loginThrottle.perEmail };
  return db.transaction((tx) => {
    const checked = hasLiveEvent(tx, keys.known, now) ? [pair, perAddress] : [pair, perAddress, perEmail];
    const retryAfter = secondsUntilAllowed(tx, checked, now);
    if (retryAfter > 0) return { ok: false, retryAfter };
    return { ok: true, ids: recordEvents(tx, [pair, perAddress, perEmail], now), keys };
  });
}

/**
 * The attempt found the right password: it no longer counts, the person's own earlier mistakes from this address
 * are forgiven, and the address is remembered as theirs. Failures from other addresses keep counting.
 */
export function loginSucceeded(attempt: { ids: number[]; keys: Keys }, now = new Date()): void {
  db.transaction((tx) => {
    releaseEvents(tx, attempt.ids);
    forgetKeys(tx, [attempt.keys.pair, attempt.keys.known]);
    recordEvents(tx, [{ key: attempt.keys.known, max: 1, windowMs: loginThrottle.knownAddressMs }], now);
  });
}
