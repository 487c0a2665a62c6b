import { Form, Link } from "@remix-run/react";

import { href } from "~/lib/paths";

type Request = { id: string; name: string; email: string; askedAt: string };

/**
 * People who asked to join through the join link, for an organizer to approve (they become members) or
 * decline; and, for owners, the way to the link itself.
 */
export function JoinRequests({
  slug,
  requests,
  canShowLink,
}: {
  slug: string;
  requests: Request[] | null;
  canShowLink: boolean;
}) {
  if (!requests) return null;
  return (
    <section aria-labelledby="join-requests-title">
      <h2 id="join-requests-title">Requests to join</h2>
      {requests.length === 0 ? (
        <p className="muted">No one is waiting. People who open your join link and ask to join appear here.</p>
      ) : (
        <ul className="member-list">
          {requests.map((request) => (
            <li key={request.id} className="member">
              <div>
                <p className="member__name">{request.name}</p>
                <p className="muted">
                  {request.email} · asked {request.askedAt}
                </p>
              </div>
              <div className="member__actions">
                <Form method="post">
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="requestId" value={request.id} />
                  <button type="submit" className="button button--small">
                    Approve<span className="visually-hidden"> {request.name}</span>
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="decline" />
                  <input type="hidden" name="requestId" value={request.id} />
                  <button type="submit" className="button button--small button--danger-outline">
                    Decline<span className="visually-hidden"> {request.name}</span>
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canShowLink ? (
        <p>
          <Link to={href("/o/:slug/join-link", { slug })}>Show a join link and QR code</Link> for people at a meeting.
        </p>
      ) : null}
    </section>
  );
}
