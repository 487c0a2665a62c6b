import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { TargetBadges } from "~/components/target-badges";
import { inSentence } from "~/lib/in-sentence";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { typologyKeys } from "~/lib/typology/keys";
import { useLocale } from "~/lib/use-language";
import { listTargets } from "~/models/target.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";
import { districtPlaybookModel } from "~/services/target-leverage.server";

export const handle = { i18n: ["districts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const targets = listTargets(district.id);
  const { t, language } = await requestTranslator(request, "districts");
  const leverage = districtPlaybookModel(district.id, language, targets);
  const gaps = (leverage?.model.gaps ?? []).map(({ key, domain, locus, holders }) => ({ key, domain, locus, holders }));
  return {
    title: t("targets.metaTitle"),
    district: {
      id: district.id,
      name: district.name,
      href: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    },
    targets,
    map: leverage?.model.leverageMap ?? null,
    type: leverage?.declaration.systemType ?? null,
    gaps,
  };
}

export default function Targets() {
  const { organization, allowed } = useOrganization();
  const { district, targets, map, type, gaps } = useLoaderData<typeof loader>();
  const { t } = useTranslation("districts");
  const locale = useLocale();
  const cell = (gap: (typeof gaps)[number]) => ({
    domain: t(typologyKeys.domain[gap.domain].plain),
    locus: t(typologyKeys.locus[gap.locus]),
  });
  const params = { slug: organization.slug, districtId: district.id };
  return (
    <section aria-labelledby="targets-title">
      <p className="breadcrumb">
        <Link to={district.href}>{district.name}</Link>
      </p>
      <div className="page-heading">
        <h1 id="targets-title">{t("targets.title", { name: district.name })}</h1>
        {allowed.editTargets ? (
          <Link className="button" to={href("/o/:slug/districts/:districtId/targets/new", params)}>
            {t("targets.add")}
          </Link>
        ) : null}
      </div>
      <p>
        {t("targets.intro")}{" "}
        {type
          ? t("targets.follows", { type: inSentence(t(typologyKeys.systemType[type].name), locale) })
          : t("targets.declareFirst")}
      </p>

      {gaps.length ? (
        <>
          <h2>{t("targets.gapsTitle")}</h2>
          <p className="muted">{t("targets.gapsIntro")}</p>
          <ul className="suggestions">
            {gaps.map((gap) => (
              <li key={gap.key} className="suggestion">
                <p>
                  <strong>{t("targets.gapTitle", cell(gap))}</strong>
                </p>
                <p className="muted">{t("targets.usuallyHeldBy", { holders: gap.holders.join(", ") })}</p>
                {allowed.editTargets ? (
                  <p>
                    <Link
                      to={href("/o/:slug/districts/:districtId/targets/new", params, {
                        locus: gap.locus,
                        domain: gap.domain,
                      })}
                    >
                      {t("targets.addHere")}
                      <span className="visually-hidden"> {t("targets.addHereFor", cell(gap))}</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t("targets.mapped")}</h2>
      {targets.length === 0 ? (
        <p className="empty">{t("targets.empty")}</p>
      ) : (
        <ul className="card-list">
          {targets.map((target) => (
            <li key={target.id} className="card">
              <h3>
                <Link to={href("/o/:slug/districts/:districtId/targets/:targetId", { ...params, targetId: target.id })}>
                  {target.name}
                </Link>
              </h3>
              <p className="muted">
                {[target.title, target.locus === "school" ? target.schoolName : t(typologyKeys.locus["central-office"])]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <TargetBadges domains={target.domains} locus={target.locus} map={map} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
