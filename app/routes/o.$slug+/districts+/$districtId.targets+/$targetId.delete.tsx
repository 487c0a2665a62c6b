import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";

import { DeleteActions } from "~/components/record-page";
import { href } from "~/lib/paths";
import { countAsksOfTarget } from "~/models/ask.server";
import { campaignsWithTarget } from "~/models/campaign.server";
import { deleteTarget } from "~/models/target.server";
import { requireTarget } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Delete target · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  return {
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
  return (
    <section className="narrow" aria-labelledby="delete-target-title">
      <h1 id="delete-target-title">Delete {name}?</h1>
      <p>{name} will be removed from your coalition's map. This cannot be undone.</p>
      {asks ? (
        <p>
          {asks} ask{asks === 1 ? " was" : "s were"} made of {name}. {asks === 1 ? "It keeps" : "They keep"} the name
          and full history, marked as no longer mapped.
        </p>
      ) : null}
      {campaigns.length ? (
        <>
          <p>They are a target of these campaigns, and will be taken off their strategy charts:</p>
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
        <DeleteActions label="Delete target" back={back} />
      </Form>
    </section>
  );
}
