import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { tokenParam } from "~/lib/schemas.server";
import { findJoinLink, requestToJoin, type JoinLinkState } from "~/models/join-link.server";
import { isMemberOf } from "~/models/membership.server";
import { waitPhrase } from "~/models/rate-limit.server";
import { getUser, requireUser } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Join a coalition · Fulcrum" }];

export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

const closedMessages: Record<Exclude<JoinLinkState, "live">, string> = {
  "turned-off":
    "This join link was turned off. If you should still join, ask one of the coalition's organizers for a new link " +
    "or an invitation.",
  replaced:
    "This join link was replaced by a newer one, so it no longer works. Ask whoever showed it to you for the " +
    "current link or QR code.",
};

const suspendedMessage = "This coalition cannot take new members at the moment.";

function loadLink(token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  const link = parsed.success ? findJoinLink(parsed.data) : undefined;
  if (!parsed.success || !link) notFound("This join link is not valid. Check that you copied all of it.");
  return { token: parsed.data, link };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { link } = loadLink(params.token);
  const user = await getUser(request);
  const closed =
    link.state === "live" ? (link.organization.suspended ? suspendedMessage : null) : closedMessages[link.state];
  const back = new URL(request.url).pathname;
  const view = {
    organizationName: link.organization.name,
    closed,
    user: user ? { name: user.name, email: user.email } : null,
    memberHref:
      user && isMemberOf(link.organization.id, user.id) ? href("/o/:slug", { slug: link.organization.slug }) : null,
    loginHref: href("/login", {}, { redirectTo: back }),
    signupHref: href("/signup", {}, { redirectTo: back }),
  };
  return data(view, { status: closed ? 410 : 200 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, link } = loadLink(params.token);
  const user = await requireUser(request);
  const result = requestToJoin(token, user.id);
  if (!result) notFound("This join link is not valid.");
  if (result.ok) return redirect(href("/join-requests/:requestId", { requestId: result.requestId }));
  switch (result.reason) {
    case "member":
      return redirect(href("/o/:slug", { slug: result.slug }));
    case "closed":
      return data({ message: closedMessages[result.state === "live" ? "turned-off" : result.state] }, 410);
    case "suspended":
      return data({ message: suspendedMessage }, 410);
    case "too-many":
      return data(
        {
          message:
            `You have asked to join many coalitions in the last hour. Please try again in ` +
            `${waitPhrase(result.retryAfter)}, or ask ${link.organization.name} for an invitation.`,
        },
        { status: 429, headers: { "Retry-After": String(result.retryAfter) } },
      );
  }
}

export default function JoinPage() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const message = actionData && "message" in actionData ? actionData.message : null;
  return (
    <section className="narrow" aria-labelledby="join-title">
      <h1 id="join-title">Join {view.organizationName}</h1>
      {view.closed ? (
        <p className="notice notice--error" role="alert">
          {view.closed}
        </p>
      ) : view.memberHref ? (
        <p>
          You are already a member. <Link to={view.memberHref}>Go to {view.organizationName}</Link>.
        </p>
      ) : (
        <>
          {message ? (
            <p className="notice notice--error" role="alert">
              {message}
            </p>
          ) : null}
          <p>
            Ask to join <strong>{view.organizationName}</strong> on Fulcrum as a member. One of its organizers will
            approve your request; then the coalition appears on your home page.
          </p>
          {view.user ? (
            <Form method="post" className="stack">
              <p>
                You are logged in as {view.user.name} ({view.user.email}).
              </p>
              <button type="submit" className="button">
                Ask to join {view.organizationName}
              </button>
            </Form>
          ) : (
            <>
              <p>First, sign in so the organizers know who is asking. You will come back here.</p>
              <p className="actions">
                <Link className="button" to={view.signupHref}>
                  Create an account
                </Link>
                <Link className="button button--secondary" to={view.loginHref}>
                  Log in
                </Link>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
