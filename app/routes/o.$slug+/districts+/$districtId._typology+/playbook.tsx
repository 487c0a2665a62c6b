import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { LeverageLegend, LeverageMapTable } from "~/components/leverage";
import { HtmlBlock } from "~/components/page-html";
import { PlaybookGaps, PlaybookPoints, type GapView, type PointView } from "~/components/playbook-points";
import { notFound } from "~/lib/http.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { useOrganization } from "~/lib/organization-context";
import { keepHtml } from "~/lib/page-html.server";
import { href } from "~/lib/paths";
import { can } from "~/lib/permissions";
import type { PlaybookSection } from "~/lib/playbook";
import { gapAnchor, pointAnchor } from "~/lib/playbook-points";
import { notePlaybookViewed } from "~/models/getting-started.server";
import { districtPlaybook } from "~/models/playbook.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";

import { limitsTypology } from "./__typology-fields";

// The generator's words ("playbook") stay on the server: the page gets them as rendered markdown.
// The leverage badges' words (app/components/leverage.tsx) are in "districts".
export const handle = { i18n: ["playbook-page", "districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

export async function loader({ request, params, context: loadContext }: LoaderFunctionArgs) {
  const { district, organization, role } = await requireDistrict(request, params, "districts.view");
  const { t, language } = await requestTranslator(request, "playbook-page");
  const context = (new URL(request.url).searchParams.get("context") ?? "").trim().slice(0, limitsTypology.context);
  const playbook = districtPlaybook(organization, district, context, language);
  if (!playbook)
    notFound(
      context
        ? t("page.notDeclaredContext", { context, district: district.name })
        : t("page.notDeclared", { district: district.name }),
    );
  if (!organization.playbookViewedAt) notePlaybookViewed(organization.id);
  const ids = { slug: organization.slug, districtId: district.id };
  const query = { context: playbook.declaration.context };
  const { document } = playbook;
  // Each block of rendered markdown goes out once: in the page on a first load, in the data on a later one.
  const html = (markdown: string) => keepHtml(loadContext, renderMarkdown(markdown));
  const page = href("/o/:slug/districts/:districtId/playbook", ids, query);
  const mayAddTargets = can(organization.kind, role, "targets.edit");
  const mayPlanAsks = can(organization.kind, role, "asks.edit");
  const addTarget = (cell: { domain: string; locus: string }, anchor: string) =>
    mayAddTargets
      ? href("/o/:slug/districts/:districtId/targets/new", ids, { ...cell, ...query, returnTo: `${page}#${anchor}` })
      : null;
  const points = (section: PlaybookSection): PointView[] =>
    (section.points ?? []).map((point) => {
      const cell = { domain: point.domain, locus: point.locus };
      const anchor = pointAnchor(point);
      return {
        anchor,
        headHtml: html(point.head),
        asks: point.asks.map((text, index) => ({
          text,
          planHref: mayPlanAsks
            ? href("/o/:slug/districts/:districtId/plan-ask", ids, {
                ...cell,
                ask: index,
                ...query,
                returnTo: `${page}#${anchor}`,
              })
            : null,
        })),
        tailHtml: html(point.tail),
        addTargetHref: addTarget(cell, anchor),
      };
    });
  const gaps = (section: PlaybookSection): GapView[] =>
    (section.gaps ?? []).map((gap) => ({
      anchor: gapAnchor(gap),
      text: gap.text,
      addTargetHref: addTarget({ domain: gap.domain, locus: gap.locus }, gapAnchor(gap)),
    }));
  return {
    title: playbook.declaration.context
      ? t("page.titleContext", { district: district.name, context: playbook.declaration.context })
      : t("page.title", { district: district.name }),
    heading: keepHtml(
      loadContext,
      renderMarkdown(`# ${document.title}`) +
        renderMarkdown([document.byline, document.notice].map((line) => (line ? `*${line}*` : "")).join("\n\n")),
    ),
    sections: document.sections.map((section) => ({
      id: section.id,
      title: section.title,
      appendix: section.appendix,
      // The app draws the map itself (shapes, legend), and the levers and gaps as items with their links; the
      // section's markdown (for the download) is shown only when it has none, where it says so.
      html: section.id === "map" || section.points?.length || section.gaps?.length ? { html: "" } : html(section.body),
      points: section.points ? points(section) : null,
      gaps: section.gaps ? gaps(section) : null,
    })),
    leverageMap: playbook.leverageMap,
    district: { name: district.name, href: href("/o/:slug/districts/:districtId", ids) },
    downloadHref: href("/o/:slug/districts/:districtId/playbook.md", ids, query),
    declareHref: href("/o/:slug/districts/:districtId/declare", ids, query),
    startCampaignHref: can(organization.kind, role, "campaigns.edit")
      ? href("/o/:slug/districts/:districtId/start-campaign", ids, query)
      : null,
    fileName: playbook.fileName,
  };
}

export default function PlaybookPage() {
  const { allowed } = useOrganization();
  const { t } = useTranslation("playbook-page");
  const { heading, sections, leverageMap, district, downloadHref, declareHref, startCampaignHref, fileName } =
    useLoaderData<typeof loader>();
  // A printout has no way to open a collapsed section, so printing opens them all.
  useEffect(() => {
    const open = () =>
      document.querySelectorAll<HTMLDetailsElement>(".playbook details").forEach((d) => (d.open = true));
    window.addEventListener("beforeprint", open);
    return () => window.removeEventListener("beforeprint", open);
  }, []);
  const body = sections.filter((section) => !section.appendix);
  const renderSection = (section: (typeof sections)[number]) => (
    <section key={section.id} aria-labelledby={section.id} className={`playbook__section playbook__${section.id}`}>
      <h2 id={section.id}>{section.title}</h2>
      {section.id === "map" ? (
        <>
          <LeverageMapTable cells={leverageMap} caption={t("page.mapCaption")} />
          <LeverageLegend />
        </>
      ) : section.points ? (
        <PlaybookPoints points={section.points} emptyHtml={section.html} />
      ) : section.gaps ? (
        <PlaybookGaps gaps={section.gaps} emptyHtml={section.html} />
      ) : (
        <HtmlBlock value={section.html} />
      )}
    </section>
  );
  const appendix = sections.filter((section) => section.appendix);
  return (
    <section aria-label={t("page.label")}>
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <article className="playbook">
        <HtmlBlock value={heading} />
        {/* Below the heading and whom it is for, so a phone shows the page's own heading first. */}
        <p className="actions no-print playbook__actions">
          {startCampaignHref ? (
            <Link className="button" to={startCampaignHref}>
              {t("page.startCampaign")}
            </Link>
          ) : null}
          <a className="button" href={downloadHref} download={fileName}>
            {t("page.download")}
          </a>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t("page.print")}
          </button>
          {allowed.declareTypology ? (
            <Link className="button button--secondary" to={declareHref}>
              {t("page.updateDeclaration")}
            </Link>
          ) : null}
        </p>
        {/* What to do this month comes first, even before the contents. */}
        {body.slice(0, 1).map(renderSection)}
        <nav className="playbook__contents" aria-label={t("page.contents")}>
          <h2 className="playbook__contents-title">{t("page.contents")}</h2>
          <ol>
            {body.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
            <li>
              <a href="#appendix">{t("page.appendix")}</a>: {appendix.map((section) => section.title).join(", ")}
            </li>
          </ol>
        </nav>
        {body.slice(1).map(renderSection)}
        <section aria-labelledby="appendix" className="playbook__appendix">
          <h2 id="appendix">{t("page.appendix")}</h2>
          {appendix.map((section) => (
            <details key={section.id} id={section.id}>
              <summary>{section.title}</summary>
              <HtmlBlock value={section.html} />
            </details>
          ))}
        </section>
      </article>
    </section>
  );
}
