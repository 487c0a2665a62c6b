import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
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
  const { t } = useTranslation("members");
  if (!requests) return null;
  const hidden = <span className="visually-hidden" />;
  return (
    <section aria-labelledby="join-requests-title">
      <h2 id="join-requests-title">{t("joinRequests.title")}</h2>
      {requests.length === 0 ? (
        <p className="muted">{t("joinRequests.none")}</p>
      ) : (
        <ul className="member-list">
          {requests.map((request) => (
            <li key={request.id} className="member">
              <div>
                <p className="member__name">{request.name}</p>
                <p className="muted">{t("joinRequests.asked", { email: request.email, when: request.askedAt })}</p>
              </div>
              <div className="member__actions">
                <Form method="post">
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="requestId" value={request.id} />
                  <button type="submit" className="button button--small">
                    <Trans
                      t={t}
                      i18nKey="joinRequests.approve"
                      values={{ name: request.name }}
                      components={{ hidden }}
                    />
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="decline" />
                  <input type="hidden" name="requestId" value={request.id} />
                  <button type="submit" className="button button--small button--danger-outline">
                    <Trans
                      t={t}
                      i18nKey="joinRequests.decline"
                      values={{ name: request.name }}
                      components={{ hidden }}
                    />
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canShowLink ? (
        <p>
          <Trans
            t={t}
            i18nKey="joinRequests.showLink"
            components={{ a: <Link to={href("/o/:slug/join-link", { slug })} /> }}
          />
        </p>
      ) : null}
    </section>
  );
}
