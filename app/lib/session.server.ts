import { redirect } from "@remix-run/node";
import { oncePerRequest } from "./request-context.server";
import { validateRequestSession, type SessionUser, type ValidatedSession } from "./auth.server";

/** The request's session, validated once per page request however many loaders ask. */
export function getSession(request: Request): Promise<ValidatedSession> {
  return oncePerRequest(`session ${request.headers.get("cookie") ?? ""}`, () => validateRequestSession(request));
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
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
}

/** For login and signup pages: someone already signed in goes home. */
export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/home");
}
