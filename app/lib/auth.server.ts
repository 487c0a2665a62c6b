// The only module that imports lucia: replacing the session library means rewriting this file alone.
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { and, eq, isNull, sql } from "drizzle-orm";
import { Cookie, Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";
import { db, schema } from "./db.server";

/** Lucia's drizzle adapter, with the lookup every signed-in request makes done as one prepared join (not two queries). */
class SessionAdapter extends DrizzleSQLiteAdapter {
  private readonly sessionWithUser = db
    .select({ session: schema.sessions, user: schema.users })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    // A suspended account has no session, whichever way it was started (a password reset starts one too).
    .where(and(eq(schema.sessions.id, sql.placeholder("sessionId")), isNull(schema.users.suspendedAt)))
    .prepare();

  override async getSessionAndUser(sessionId: string): Promise<[session: DatabaseSession | null, user: DatabaseUser | null]> {
    const row = this.sessionWithUser.get({ sessionId });
    if (!row) return [null, null];
    const { id, userId, expiresAt, ...sessionAttributes } = row.session;
    const { id: userKey, ...userAttributes } = row.user;
    return [
      { id, userId, expiresAt: new Date(expiresAt * 1000), attributes: sessionAttributes },
      { id: userKey, attributes: userAttributes },
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
  getUserAttributes: (attributes) => ({ email: attributes.email, name: attributes.name, emailVerified: attributes.emailVerifiedAt !== null }),
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: { email: string; name: string; emailVerifiedAt: Date | null };
  }
}

export type SessionUser = { id: string; email: string; name: string; emailVerified: boolean };

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
  return { user: { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified }, sessionId: session.id, setCookie };
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

export async function deleteExpiredSessions(): Promise<void> {
  await lucia.deleteExpiredSessions();
}
