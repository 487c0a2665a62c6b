// The only module that imports lucia: replacing the session library means rewriting this file alone.
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { createCookie } from "@remix-run/node";
import { and, eq, isNull, sql } from "drizzle-orm";
import { Cookie, Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";

import type { Language } from "~/lib/i18n";
import { href } from "~/lib/paths";

import { db, schema } from "./db.server";

/**
 * Lucia's drizzle adapter, with the lookup every signed-in request makes done as one prepared join (not two
 * queries).
 */
class SessionAdapter extends DrizzleSQLiteAdapter {
  private readonly sessionWithUser = db
    .select({
      session: schema.sessions,
      user: schema.users,
      // What the two-factor gate needs on every request, in the same statement: is it on, and is it required.
      twoFactorOn: sql<number>`exists (select 1 from ${schema.twoFactor}
        where ${schema.twoFactor.userId} = ${schema.users.id} and ${schema.twoFactor.enabledAt} is not null)`,
      inVerifiedAgency: sql<number>`exists (select 1 from ${schema.memberships}
        join ${schema.organizations} on ${schema.organizations.id} = ${schema.memberships.organizationId}
        where ${schema.memberships.userId} = ${schema.users.id} and ${schema.organizations.kind} = 'state_agency'
        and ${schema.organizations.verifiedAt} is not null)`,
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    // A suspended account has no session, whichever way it was started (a password reset starts one too).
    .where(and(eq(schema.sessions.id, sql.placeholder("sessionId")), isNull(schema.users.suspendedAt)))
    .prepare();

  override async getSessionAndUser(
    sessionId: string,
  ): Promise<[session: DatabaseSession | null, user: DatabaseUser | null]> {
    const row = this.sessionWithUser.get({ sessionId });
    if (!row) return [null, null];
    const { id, userId, expiresAt, ...sessionAttributes } = row.session;
    const { id: userKey, ...userAttributes } = row.user;
    return [
      { id, userId, expiresAt: new Date(expiresAt * 1000), attributes: sessionAttributes },
      {
        id: userKey,
        attributes: {
          ...userAttributes,
          twoFactorOn: row.twoFactorOn === 1,
          inVerifiedAgency: row.inVerifiedAgency === 1,
        },
      },
    ];
  }
}

const adapter = new SessionAdapter(db, schema.sessions, schema.users);

const lucia = new Lucia(adapter, {
  sessionExpiresIn: new TimeSpan(30, "d"),
  sessionCookie: {
    name: "fulcrum_session",
    attributes: { sameSite: "lax", secure: false },
  },
  getUserAttributes: (attributes) => ({
    email: attributes.email,
    name: attributes.name,
    emailVerified: attributes.emailVerifiedAt !== null,
    twoFactorOn: attributes.twoFactorOn,
    inVerifiedAgency: attributes.inVerifiedAgency,
    language: attributes.language,
  }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      emailVerifiedAt: Date | null;
      twoFactorOn: boolean;
      inVerifiedAgency: boolean;
      language: Language | null;
    };
  }
}

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  /** Signing in takes a code from an authenticator app as well as the password. */
  twoFactorOn: boolean;
  /** A member of a state agency an operator verified: the agency speaks to coalitions as the state. */
  inVerifiedAgency: boolean;
  /** The language they chose; null until they do. */
  language: Language | null;
};

/** Secure cookies whenever the request reached us over https (directly or through a trusted proxy). */
function withTransportSecurity(cookie: Cookie, request: Request): string {
  const secure = new URL(request.url).protocol === "https:";
  return new Cookie(cookie.name, cookie.value, { ...cookie.attributes, secure }).serialize();
}

function readSessionId(request: Request): string | null {
  return lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
}

export type ValidatedSession = {
  user: SessionUser | null;
  sessionId: string | null;
  /** A refreshed or blanking cookie to send back, when the session was extended or found invalid. */
  setCookie: string | null;
};

export async function validateRequestSession(request: Request): Promise<ValidatedSession> {
  const sessionId = readSessionId(request);
  if (!sessionId) return { user: null, sessionId: null, setCookie: null };
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session) {
    return { user: null, sessionId: null, setCookie: withTransportSecurity(lucia.createBlankSessionCookie(), request) };
  }
  const setCookie = session.fresh ? withTransportSecurity(lucia.createSessionCookie(session.id), request) : null;
  const { email, name, emailVerified, twoFactorOn, inVerifiedAgency, language } = user;
  const sessionUser = { id: user.id, email, name, emailVerified, twoFactorOn, inVerifiedAgency, language };
  return { user: sessionUser, sessionId: session.id, setCookie };
}

/** Starts a new session (a new id on every login, so a planted cookie is never promoted) and returns its cookie. */
export async function startSession(request: Request, userId: string): Promise<string> {
  const previous = readSessionId(request);
  if (previous) await lucia.invalidateSession(previous);
  const session = await lucia.createSession(userId, {});
  return withTransportSecurity(lucia.createSessionCookie(session.id), request);
}

/** Ends the request's session on the server and returns the cookie that clears it in the browser. */
export async function endSession(request: Request): Promise<string> {
  const sessionId = readSessionId(request);
  if (sessionId) await lucia.invalidateSession(sessionId);
  return withTransportSecurity(lucia.createBlankSessionCookie(), request);
}

/** Ends every session of a person, on every device: after a password reset, an old session is not to be trusted. */
export async function endAllSessions(userId: string): Promise<void> {
  await lucia.invalidateUserSessions(userId);
}

/** Ends a person's sessions on other devices, keeping this one: one opened before a new second step is not trusted. */
export async function endOtherSessions(request: Request, userId: string): Promise<void> {
  const current = readSessionId(request);
  for (const session of await lucia.getUserSessions(userId)) {
    if (session.id !== current) await lucia.invalidateSession(session.id);
  }
}

export async function deleteExpiredSessions(): Promise<void> {
  await lucia.deleteExpiredSessions();
}

// The sign-in waiting for its second step. The value is a random token whose hash names a database row (bound
// to one person, with its own expiry and count of wrong codes); the cookie only goes to the login pages.
const challengeCookie = createCookie("fulcrum_2fa", {
  httpOnly: true,
  sameSite: "lax",
  path: href("/login"),
  maxAge: 10 * 60,
});

export async function readChallengeToken(request: Request): Promise<string | null> {
  const value: unknown = await challengeCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

/** The cookie that carries a second-step token, or (with null) the one that clears it. */
export function challengeTokenCookie(request: Request, token: string | null): Promise<string> {
  const secure = new URL(request.url).protocol === "https:";
  return token ? challengeCookie.serialize(token, { secure }) : challengeCookie.serialize("", { secure, maxAge: 0 });
}
