import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { listAgencyGuidance } from "~/models/guidance.server";
import { requireMembership } from "~/services/permissions.server";

export const meta: MetaFunction = () => [{ title: "Guidance · Fulcrum" }];

const statusText = { draft: "Draft, not published", published: "Published", withdrawn: "Withdrawn" } as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.write");
  return {
    items: listAgencyGuidance(organization.id).map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      version: item.publishedVersion,
      updatedAt: item.updatedAt.toISOString(),
    })),
  };
}

export default function AgencyGuidance() {
  const { organization } = useOrganization();
  const { items } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="guidance-title">
      <div className="page-heading">
        <h1 id="guidance-title">Guidance for coalitions</h1>
        <Link className="button" to="new">
          Write guidance
        </Link>
      </div>
      <p>
        What you publish reaches the coalitions in your state on Fulcrum: all of them, or those whose district is
        declared the system types you choose.
      </p>
      <p>
        <Link to={href("/o/:slug/playbook-notes", { slug: organization.slug })}>
          Your notes in coalitions' playbooks
        </Link>
        : a section per system type with state contacts, requirements and resources.
      </p>
      {items.length === 0 ? (
        <p className="muted">Nothing written yet.</p>
      ) : (
        <ul className="card-list">
          {items.map((item) => (
            <li key={item.id} className="card">
              <h2>
                <Link to={item.id}>{item.title}</Link>
              </h2>
              <p className="muted">
                {statusText[item.status]}
                {item.version > 0 ? ` · version ${item.version}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
