import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { AlsoAvailableIn } from "~/components/guidance-pair";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { operatorName } from "~/models/agency-verification.server";
import { coalitionInbox } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const handle = { i18n: ["guidance", "guidance-pairs"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.read");
  const { t, language } = await requestTranslator(request, "guidance");
  return {
    title: t("inbox.title"),
    items: coalitionInbox(organization, language).map((item) => ({
      id: item.id,
      alternate: item.alternate,
      title: item.version.title,
      summary: item.version.summary,
      agencyName: item.agencyName,
      language: item.language,
      verifiedBy: t("verifiedBy", { operator: operatorName() }),
      state: item.state,
      publishedAt: formatMoment(item.version.publishedAt, "date", organization.timeZone, localeFor(language)),
    })),
  };
}

export default function GuidanceInbox() {
  const { organization } = useOrganization();
  const { items } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guidance");
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t("inbox.heading")}</h1>
      <p>{t("inbox.intro")}</p>
      {items.length === 0 ? (
        <p className="muted">{t("inbox.empty")}</p>
      ) : (
        <ul className="card-list">
          {[...items]
            .sort(
              (a, b) =>
                Number(b.state === "new" || b.state === "updated") - Number(a.state === "new" || a.state === "updated"),
            )
            .map((item) => (
              <li key={item.id} className="card">
                <h2 lang={item.language}>
                  <Link to={item.id}>{item.title}</Link>
                </h2>
                <p className="muted">
                  <strong>{t(labelKeys.inboxState[item.state])}</strong> · {item.agencyName} (
                  <span className="verified-mark">{item.verifiedBy}</span>) · {item.publishedAt}
                </p>
                {item.summary ? <p lang={item.language}>{item.summary}</p> : null}
                {item.alternate ? (
                  <AlsoAvailableIn
                    to={href("/o/:slug/inbox/:guidanceId", { slug: organization.slug, guidanceId: item.alternate.id })}
                    language={item.alternate.language}
                  />
                ) : null}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
