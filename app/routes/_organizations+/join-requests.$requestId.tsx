import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { idParam } from "~/lib/schemas.server";
import { joinRequestOf } from "~/models/join-link.server";
import { requireUser } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Request sent · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const requestId = idParam.safeParse(params.requestId);
  const joinRequest = requestId.success ? joinRequestOf(user.id, requestId.data) : undefined;
  if (!joinRequest) notFound();
  return {
    organizationName: joinRequest.organizationName,
    decision: joinRequest.decision,
    organizationHref: href("/o/:slug", { slug: joinRequest.organizationSlug }),
  };
}

export default function JoinRequestSent() {
  const { organizationName, decision, organizationHref } = useLoaderData<typeof loader>();
  return (
    <section className="narrow" aria-labelledby="request-title">
      {decision === "approved" ? (
        <>
          <h1 id="request-title">You are a member of {organizationName}</h1>
          <p>
            An organizer approved your request. <Link to={organizationHref}>Go to {organizationName}</Link>.
          </p>
        </>
      ) : decision === "declined" ? (
        <>
          <h1 id="request-title">Your request was not accepted</h1>
          <p>
            An organizer of {organizationName} declined your request to join. If you think that was a mistake, talk to
            them directly: they can send you an invitation.
          </p>
        </>
      ) : (
        <>
          <h1 id="request-title">Request sent</h1>
          <div className="notice notice--success" role="status">
            <p>Your request to join {organizationName} was sent to its organizers.</p>
          </div>
          <p>
            Once one of them approves it, {organizationName} appears on <Link to={href("/home")}>your home page</Link>.
            You can come back to this page to see where it stands.
          </p>
        </>
      )}
    </section>
  );
}
