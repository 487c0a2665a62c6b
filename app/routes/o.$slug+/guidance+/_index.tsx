import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { formatCount } from "~/lib/format-numbers";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { useLocale } from "~/lib/use-language";
import { listAgencyGuidance, type Guidance } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

export const handle = { i18n: ["guidance-editor"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

const statusKeys = {
  draft: "guidance-editor:list.status.draft",
  published: "guidance-editor:list.status.published",
  withdrawn: "guidance-editor:list.status.withdrawn",
} as const satisfies Record<Guidance["status"], string>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.write");
  const { t } = await requestTranslator(request, "guidance-editor");
  return {
    title: t("list.metaTitle"),
    items: listAgencyGuidance(organization.id).map((item) => ({
      id: item.id,
      title: item.title,
      language: item.language,
      status: item.status,
      version: item.publishedVersion,
      updatedAt: item.updatedAt.toISOString(),
    })),
  };
}

export default function AgencyGuidance() {
  const { organization } = useOrganization();
  const { items } = useLoaderData<typeof loader>();
  const { t } = useTranslation("guidance-editor");
  const locale = useLocale();
  return (
    <section aria-labelledby="guidance-title">
      <div className="page-heading">
        <h1 id="guidance-title">{t("list.title")}</h1>
        <Link className="button" to="new">
          {t("list.write")}
        </Link>
      </div>
      <p>{t("list.intro")}</p>
      <p>
        <Trans
          t={t}
          i18nKey="list.notes"
          components={{ linked: <Link to={href("/o/:slug/playbook-notes", { slug: organization.slug })} /> }}
        />
      </p>
      {items.length === 0 ? (
        <p className="muted">{t("list.empty")}</p>
      ) : (
        <ul className="card-list">
          {items.map((item) => (
            <li key={item.id} className="card">
              <h2 lang={item.language}>
                <Link to={item.id}>{item.title}</Link>
              </h2>
              <p className="muted">
                {item.version > 0
                  ? t("list.withVersion", {
                      status: t(statusKeys[item.status]),
                      version: formatCount(item.version, locale),
                    })
                  : t(statusKeys[item.status])}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
