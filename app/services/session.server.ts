import { redirect } from "@remix-run/node";

import {
  challengeTokenCookie,
  startSession,
  validateRequestSession,
  type SessionUser,
  type ValidatedSession,
} from "~/lib/auth.server";
import { confirmationMessages, isConfirmationKey, type ConfirmationKey } from "~/lib/confirmations";
import { twoFactorRequired } from "~/lib/operator.server";
import { href } from "~/lib/paths";
import { oncePerRequest } from "~/lib/request-context.server";
import { createChallenge, twoFactorStatus } from "~/models/two-factor.server";

export const twoFactorSetupPath = href("/account/two-factor");

// The pages someone who must set up a second step can still reach: the setup itself, and the way out.
const reachableBeforeSetup = [twoFactorSetupPath, href("/logout")];

/**
 * The request's session, validated once per page request however many loaders ask. This is also the one
 * place that sends a person who must have two-factor sign-in and has not set it up to the setup page: the root
 * layout and every guarded loader ask for the session, so no page can forget it.
 */
export function getSession(request: Request): Promise<ValidatedSession> {
  return oncePerRequest(`session ${request.headers.get("cookie") ?? ""}`, async () => {
    const session = await validateRequestSession(request);
    if (session.user && !session.user.twoFactorOn && twoFactorRequired(session.user)) {
      const url = new URL(request.url);
      const path = url.pathname.replace(/\.data$/, "");
      if (!reachableBeforeSetup.some((allowed) => path === allowed || path.startsWith(`${allowed}/`))) {
        const back = path + url.search;
        const headers = session.setCookie ? { "Set-Cookie": session.setCookie } : undefined;
        throw redirect(`${twoFactorSetupPath}?${new URLSearchParams({ redirectTo: back })}`, { headers });
      }
    }
    return session;
  });
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request)).user;
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(href("/login", {}, { redirectTo: back }));
}

/** For login and signup pages: someone already signed in goes home. */
export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect(href("/home"));
}

/**
 * What follows a right password (at login, or after choosing a new one): a session straight away, or, for an
 * account with two-factor sign-in, the second step first. No session exists until that step passes.
 */
export async function afterPassword(request: Request, userId: string, redirectTo: string) {
  if (twoFactorStatus(userId).enabled) {
    const cookie = await challengeTokenCookie(request, createChallenge(userId, redirectTo));
    return redirect(href("/login/two-factor"), { headers: { "Set-Cookie": cookie } });
  }
  const cookie = await startSession(request, userId);
  return redirect(redirectTo, { headers: { "Set-Cookie": cookie } });
}

// A confirmation travels across a form's redirect in a short-lived cookie (a "flash"): it survives the redirect
// with or without JavaScript, the page after it clears the cookie as it shows it, so a reload shows nothing, and
// the URL stays clean for bookmarks and sharing (a `?done=` parameter would show again on every reload).
const confirmationCookie = "fulcrum_confirmation";
const confirmationAttributes = "Path=/; HttpOnly; SameSite=Lax";

/** A redirect that shows one of the fixed confirmations (app/lib/confirmations.ts) on the page it leads to. */
export function redirectWithConfirmation(url: string, messageKey: ConfirmationKey, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  // The random part tells two identical confirmations in a row apart, so the page shows the second one too.
  const value = `${messageKey}.${crypto.randomUUID().slice(0, 8)}`;
  headers.append("Set-Cookie", `${confirmationCookie}=${value}; ${confirmationAttributes}; Max-Age=300`);
  return redirect(url, { ...init, headers });
}

/** `message` is a catalog key ("confirmations:saved"): the banner shows it in the reader's language. */
export type Confirmation = { id: string; message: string };

/** The confirmation waiting for this page, if any, and the header that clears it so it shows once. */
export function takeConfirmation(request: Request): { confirmation: Confirmation | null; clear: string | null } {
  const cookies = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${confirmationCookie}=([a-z-]+)\\.([0-9a-f]{8})(?:;|$)`).exec(cookies);
  const present = cookies.includes(`${confirmationCookie}=`);
  const clear = present ? `${confirmationCookie}=; ${confirmationAttributes}; Max-Age=0` : null;
  const key = match?.[1];
  if (!key || !isConfirmationKey(key)) return { confirmation: null, clear };
  return { confirmation: { id: match[2]!, message: confirmationMessages[key] }, clear };
}
