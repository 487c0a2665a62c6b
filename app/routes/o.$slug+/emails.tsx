import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { Pager } from "~/components/pager";
import { deliveryStatusLabel, deliveryStatusText } from "~/lib/delivery-status";
import { emailKindLabels } from "~/lib/email-kinds";
import { formatMoment } from "~/lib/format-dates";
import { useOrganization } from "~/lib/organization-context";
import { pageParam } from "~/lib/schemas.server";
import { timeZoneLabel } from "~/lib/time-zones";
import { deliveryPageSize, listDeliveries } from "~/models/email-delivery.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Sent email · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "emails.view");
  const page = pageParam(new URL(request.url).searchParams);
  const { rows, total, failed } = listDeliveries(organization.id, page);
  return {
    deliveries: rows.map((row) => ({
      id: row.id,
      kind: emailKindLabels[row.kind],
      to: row.toName ? `${row.toName} <${row.toAddress}>` : row.toAddress,
      subject: row.subject,
      status: deliveryStatusLabel(row),
      outcome: deliveryStatusText(row),
      // A message delivered by SMTP needs no more words; every other fate says what happened.
      explained: !(row.status === "sent" && row.sentVia === "smtp"),
      at: formatMoment(row.sentAt ?? row.createdAt, "short", organization.timeZone),
    })),
    failed,
    page,
    pages: Math.max(1, Math.ceil(total / deliveryPageSize)),
    total,
  };
}

export default function SentEmail() {
  const { organization } = useOrganization();
  const { deliveries, failed, page, pages, total } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="emails-title">
      <h1 id="emails-title">Sent email</h1>
      <p>
        Every email Fulcrum sent for {organization.name}, or means to send: invitations, new tasks and reminders. Times
        are {timeZoneLabel(organization.timeZone)}.
      </p>
      {failed > 0 ? (
        <p className="notice notice--error" role="alert">
          {failed} email{failed === 1 ? "" : "s"} could not be delivered after several tries. Check the address with the
          person, or ask whoever runs Fulcrum to check its mail server.
        </p>
      ) : null}
      {deliveries.length === 0 ? (
        <p className="muted">No email yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Emails, newest first ({total} in all)</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">To</th>
              <th scope="col">What</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td data-label="When">{delivery.at}</td>
                <td data-label="To">{delivery.to}</td>
                <td data-label="What">
                  {delivery.kind}
                  {delivery.subject ? <span className="choice__description">{delivery.subject}</span> : null}
                </td>
                <td data-label="Status">
                  <strong>{delivery.status}</strong>
                  {delivery.explained ? (
                    <span className={delivery.outcome.problem ? "field__error" : "choice__description"}>
                      {delivery.outcome.text}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager label="Email pages" page={page} pages={pages} query={{}} />
    </section>
  );
}
