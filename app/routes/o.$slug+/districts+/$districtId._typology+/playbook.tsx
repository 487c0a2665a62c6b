import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { href } from "~/lib/paths";
import { requireDistrict } from "~/services/permissions.server";
import { limitsTypology } from "./__typology-forms";
import { districtPlaybook } from "~/models/playbook.server";
import { useOrganization } from "~/lib/organization-context";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Playbook"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const context = (new URL(request.url).searchParams.get("context") ?? "").trim().slice(0, limitsTypology.context);
  const playbook = districtPlaybook(organization, district, context);
  if (!playbook)
    notFound(
      context
        ? `Nothing is declared yet for "${context}" in ${district.name}.`
        : `Nothing is declared yet for ${district.name}.`,
    );
  const ids = { slug: organization.slug, districtId: district.id };
  const query = { context: playbook.declaration.context };
  return {
    title: `Playbook for ${district.name}${playbook.declaration.context ? ` (${playbook.declaration.context})` : ""}`,
    html: renderMarkdown(playbook.markdown),
    district: { name: district.name, href: href("/o/:slug/districts/:districtId", ids) },
    downloadHref: href("/o/:slug/districts/:districtId/playbook.md", ids, query),
    declareHref: href("/o/:slug/districts/:districtId/declare", ids, query),
    fileName: playbook.fileName,
  };
}

export default function PlaybookPage() {
  const { allowed } = useOrganization();
  const { html, district, downloadHref, declareHref, fileName } = useLoaderData<typeof loader>();
  return (
    <section aria-label="Playbook">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <p className="actions no-print">
        <a className="button" href={downloadHref} download={fileName}>
          Download as markdown
        </a>
        {allowed.declareTypology ? (
          <Link className="button button--secondary" to={declareHref}>
            Update the declaration
          </Link>
        ) : null}
      </p>
      <article className="playbook" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
