import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Pager } from "~/components/pager";
import { deliveryStatusLabel, deliveryStatusText } from "~/lib/delivery-status";
import { emailKindKeys } from "~/lib/email-kinds";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { fixedTranslator } from "~/lib/i18n-catalogs.server";
import { useOrganization } from "~/lib/organization-context";
import { pageParam } from "~/lib/schemas.server";
import { timeZoneLabel } from "~/lib/time-zones";
import { deliveryPageSize, listDeliveries } from "~/models/email-delivery.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "emails.view");
  const { t, language } = await requestTranslator(request, "coalition");
  const kinds = fixedTranslator(language, "emails");
  const page = pageParam(new URL(request.url).searchParams);
  const { rows, total, failed } = listDeliveries(organization.id, page);
  return {
    title: t("emails.metaTitle"),
    deliveries: rows.map((row) => ({
      id: row.id,
      kind: kinds(emailKindKeys[row.kind]),
      to: row.toName ? `${row.toName} <${row.toAddress}>` : row.toAddress,
      subject: row.subject,
      status: deliveryStatusLabel(row),
      outcome: deliveryStatusText(row),
      // A message delivered by SMTP needs no more words; every other fate says what happened.
      explained: !(row.status === "sent" && row.sentVia === "smtp"),
      at: formatMoment(row.sentAt ?? row.createdAt, "short", organization.timeZone, localeFor(language)),
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
  const { t } = useTranslation("coalition");
  return (
    <section aria-labelledby="emails-title">
      <h1 id="emails-title">{t("emails.title")}</h1>
      <p>{t("emails.intro", { name: organization.name, zone: timeZoneLabel(organization.timeZone) })}</p>
      {failed > 0 ? (
        <p className="notice notice--error" role="alert">
          {t("emails.failed", { count: failed })}
        </p>
      ) : null}
      {deliveries.length === 0 ? (
        <p className="muted">{t("emails.none")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("emails.caption", { total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("emails.when")}</th>
              <th scope="col">{t("emails.to")}</th>
              <th scope="col">{t("emails.what")}</th>
              <th scope="col">{t("emails.status")}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td data-label={t("emails.when")}>{delivery.at}</td>
                <td data-label={t("emails.to")}>{delivery.to}</td>
                <td data-label={t("emails.what")}>
                  {delivery.kind}
                  {delivery.subject ? <span className="choice__description">{delivery.subject}</span> : null}
                </td>
                <td data-label={t("emails.status")}>
                  <strong>{t(delivery.status)}</strong>
                  {delivery.explained ? (
                    <span className={delivery.outcome.problem ? "field__error" : "choice__description"}>
                      {t(delivery.outcome.key, delivery.outcome.values)}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager label={t("emails.pages")} page={page} pages={pages} query={{}} />
    </section>
  );
}
