// Who runs the server and who must sign in with a second step. The session reads these, so they sit below it;
// permissions.server.ts re-exports them with the rest of the rules.
import type { SessionUser } from "./auth.server";
import { env } from "./env.server";

/** An operator runs this server: named in OPERATOR_EMAILS, and only once that address is confirmed. */
export function isOperator(user: SessionUser): boolean {
  return user.emailVerified && env.OPERATOR_EMAILS.includes(user.email.toLowerCase());
}

/**
 * Who must sign in with a second step: staff of a verified state agency (one stolen password must not be enough
 * to speak to coalitions as the state) and operators (who run the server).
 */
export function twoFactorRequired(user: SessionUser): boolean {
  return user.inVerifiedAgency || isOperator(user);
}
