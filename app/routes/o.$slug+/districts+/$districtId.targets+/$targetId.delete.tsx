import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { DeleteActions } from "~/components/record-page";
import { href } from "~/lib/paths";
import { countAsksOfTarget } from "~/models/ask.server";
import { campaignsWithTarget } from "~/models/campaign.server";
import { deleteTarget } from "~/models/target.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireTarget } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  const { t } = await requestTranslator(request, "districts");
  return {
    title: t("target.deleteMetaTitle"),
    name: target.name,
    back: href("/o/:slug/districts/:districtId/targets/:targetId", {
      slug: organization.slug,
      districtId: district.id,
      targetId: target.id,
    }),
    asks: countAsksOfTarget(target.id),
    campaigns: campaignsWithTarget(target.id).map((c) => ({
      ...c,
      href: href("/o/:slug/campaigns/:campaignId", { slug: organization.slug, campaignId: c.id }),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  deleteTarget(district.id, target.id);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId/targets", { slug: organization.slug, districtId: district.id }),
    "deleted",
  );
}

export default function DeleteTarget() {
  const { name, back, campaigns, asks } = useLoaderData<typeof loader>();
  const { t } = useTranslation("districts");
  return (
    <section className="narrow" aria-labelledby="delete-target-title">
      <h1 id="delete-target-title">{t("delete.title", { name })}</h1>
      <p>{t("target.willBeRemoved", { name })}</p>
      {asks ? <p>{t("target.asksKept", { count: asks, name })}</p> : null}
      {campaigns.length ? (
        <>
          <p>{t("target.campaigns")}</p>
          <ul>
            {campaigns.map((campaign) => (
              <li key={campaign.id}>
                <Link to={campaign.href}>{campaign.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Form method="post">
        <DeleteActions label={t("target.deleteSubmit")} back={back} />
      </Form>
    </section>
  );
}
