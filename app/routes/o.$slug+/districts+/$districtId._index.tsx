import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LeverageLegend, LeverageMapTable } from "~/components/leverage";
import { RecordHeading } from "~/components/record-page";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { labelKeys } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { resolveLeverageMap, type ResolvedCell, type SystemType } from "~/lib/typology";
import { contextKindKeys, type ContextKind } from "~/lib/typology/context-kinds";
import { typologyKeys } from "~/lib/typology/keys";
import { stateName } from "~/lib/us-states";
import { useLanguage } from "~/lib/use-language";
import { listSchools } from "~/models/district.server";
import { currentDeclarations, declarationHistory, listDiagnostics } from "~/models/typology.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";

export const handle = { i18n: ["districts", "contexts"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const { t, language } = await requestTranslator(request, "districts");
  const locale = localeFor(language);
  const schools = listSchools(district.id).map(({ id, name, level, ncesId }) => ({ id, name, level, ncesId }));
  const declarations = currentDeclarations(declarationHistory(district.id)).map((declaration) => ({
    id: declaration.id,
    context: declaration.context,
    kind: declaration.contextKind,
    type: declaration.systemType,
    by: declaration.declaredByName,
    at: formatMoment(declaration.createdAt, "date", organization.timeZone, locale),
    leverageMap: resolveLeverageMap(declaration.systemType, declaration.overrides),
  }));
  const diagnostics = listDiagnostics(district.id).map(({ id, context, updatedAt }) => ({
    id,
    context,
    updatedAt: formatMoment(updatedAt, "date", organization.timeZone, locale),
  }));
  return {
    title: t("district.metaTitle", { name: district.name }),
    district: { id: district.id, name: district.name, state: district.state, ncesId: district.ncesId },
    schools,
    declarations,
    diagnostics,
  };
}

export default function DistrictPage() {
  const { organization, allowed } = useOrganization();
  const { district, schools, declarations, diagnostics } = useLoaderData<typeof loader>();
  const { t } = useTranslation("districts");
  const language = useLanguage();
  const params = { slug: organization.slug, districtId: district.id };
  return (
    <section aria-labelledby="district-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/districts", { slug: organization.slug })}>{t("list.title")}</Link>
      </p>
      <RecordHeading
        id="district-title"
        title={district.name}
        editHref={href("/o/:slug/districts/:districtId/edit", params)}
        deleteHref={href("/o/:slug/districts/:districtId/delete", params)}
        editable={allowed.editDistricts}
      />
      <dl className="facts">
        <div>
          <dt>{t("district.state")}</dt>
          <dd>{stateName(district.state, language)}</dd>
        </div>
        <div>
          <dt>{t("district.ncesId")}</dt>
          <dd>{district.ncesId ?? t("notRecorded")}</dd>
        </div>
      </dl>

      <SystemTypeSection params={params} declarations={declarations} diagnostics={diagnostics} allowed={allowed} />

      <div className="page-heading">
        <h2 id="schools-title">{t("district.schools")}</h2>
        {allowed.editDistricts ? (
          <p className="actions">
            <Link className="button" to={href("/o/:slug/districts/:districtId/schools/new", params)}>
              {t("district.addSchool")}
            </Link>
            <Link
              className="button button--secondary"
              to={href("/o/:slug/districts/:districtId/schools/paste", params)}
            >
              {t("district.pasteList")}
            </Link>
          </p>
        ) : null}
      </div>
      <SchoolsAdded />
      {schools.length === 0 ? (
        <p className="empty">{t("district.noSchools")}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t("district.schoolsCaption", { name: district.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("district.school")}</th>
              <th scope="col">{t("fields.level")}</th>
              <th scope="col">{t("list.ncesId")}</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.id}>
                <th scope="row">
                  <Link
                    to={href("/o/:slug/districts/:districtId/schools/:schoolId", { ...params, schoolId: school.id })}
                  >
                    {school.name}
                  </Link>
                </th>
                <td data-label={t("fields.level")}>{t(labelKeys.schoolLevel[school.level])}</td>
                <td data-label={t("list.ncesId")}>{school.ncesId ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

type SystemTypeProps = {
  params: { slug: string; districtId: string };
  declarations: Array<{
    id: string;
    context: string;
    kind: ContextKind | null;
    type: SystemType;
    by: string;
    at: string;
    leverageMap: ResolvedCell[];
  }>;
  diagnostics: Array<{ id: string; context: string; updatedAt: string }>;
  allowed: { declareTypology: boolean; diagnoseTypology: boolean };
};

function SystemTypeSection({ params, declarations, diagnostics, allowed }: SystemTypeProps) {
  const { t } = useTranslation("districts");
  const playbookHref = (context: string) => href("/o/:slug/districts/:districtId/playbook", params, { context });
  return (
    <section aria-labelledby="system-title">
      <h2 id="system-title">{t("system.title")}</h2>
      {declarations.length === 0 ? <p>{t("system.none")}</p> : null}
      <TypologyChoices params={params} allowed={allowed} declared={declarations.length > 0} />
      {declarations.length === 0
        ? null
        : declarations.map((declaration) => (
            <div key={declaration.id} className="declaration">
              <h3>
                {t("system.declarationTitle", {
                  context: declaration.context || t("system.districtWide"),
                  type: t(typologyKeys.systemType[declaration.type].name),
                })}
              </h3>
              <p className="muted">
                {declaration.kind
                  ? t("system.declaredWithKind", {
                      kind: t(contextKindKeys[declaration.kind].label),
                      name: declaration.by,
                      date: declaration.at,
                    })
                  : t("system.declaredBy", { name: declaration.by, date: declaration.at })}
              </p>
              <LeverageMapTable
                cells={declaration.leverageMap}
                caption={t("system.mapCaption", { context: declaration.context || t("system.districtWideLower") })}
              />
              <details>
                <summary>{t("system.legend")}</summary>
                <LeverageLegend />
              </details>
              <p className="actions">
                <Link to={playbookHref(declaration.context)}>
                  {t("system.openPlaybook")}
                  <span className="visually-hidden">
                    {" "}
                    {t("system.forContext", { context: declaration.context || t("system.wholeDistrict") })}
                  </span>
                </Link>
                {allowed.declareTypology ? (
                  <Link to={href("/o/:slug/districts/:districtId/declare", params, { context: declaration.context })}>
                    {t("system.update")}
                    <span className="visually-hidden">
                      {" "}
                      {t("system.updateFor", { context: declaration.context || t("system.wholeDistrict") })}
                    </span>
                  </Link>
                ) : null}
              </p>
            </div>
          ))}
      <p className="actions">
        <Link to={href("/o/:slug/districts/:districtId/targets", params)}>{t("system.targets")}</Link>
        {declarations.length ? (
          <Link to={href("/o/:slug/districts/:districtId/history", params)}>{t("system.history")}</Link>
        ) : null}
      </p>
      {diagnostics.length ? (
        <>
          <h3>{t("system.savedDiagnostics")}</h3>
          <ul>
            {diagnostics.map((diagnostic) => (
              <li key={diagnostic.id}>
                <Link
                  to={href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId", {
                    ...params,
                    diagnosticId: diagnostic.id,
                  })}
                >
                  {t("system.diagnosticAnswered", {
                    context: diagnostic.context || t("system.districtWide"),
                    date: diagnostic.updatedAt,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The questionnaire and a direct declaration as two equal choices, each saying when it fits: most coalitions
 * do not know the research's types, and the questionnaire should not look like the lesser path.
 */
function TypologyChoices({
  params,
  allowed,
  declared,
}: {
  params: { slug: string; districtId: string };
  allowed: { declareTypology: boolean; diagnoseTypology: boolean };
  declared: boolean;
}) {
  const { t } = useTranslation("districts");
  if (!allowed.declareTypology && !allowed.diagnoseTypology) return null;
  return (
    <div className="choice-grid">
      {allowed.diagnoseTypology ? (
        <div className="choice-card">
          <h3>{t("choices.diagnoseTitle")}</h3>
          <p>{t("choices.diagnoseText")}</p>
          <Link className="button" to={href("/o/:slug/districts/:districtId/diagnostics/new", params)}>
            {t("choices.diagnose")}
          </Link>
        </div>
      ) : null}
      {allowed.declareTypology ? (
        <div className="choice-card">
          <h3>{declared ? t("choices.declareAnother") : t("choices.declareTitle")}</h3>
          <p>{t("choices.declareText")}</p>
          <Link className="button" to={href("/o/:slug/districts/:districtId/declare", params)}>
            {declared ? t("choices.declareAnother") : t("choices.declare")}
          </Link>
        </div>
      ) : null}
    </div>
  );
}

/** The confirmation after pasting a list (the count comes back in the address, so it works without JavaScript). */
function SchoolsAdded() {
  const added = Number(useSearchParams()[0].get("added"));
  const { t } = useTranslation("districts");
  if (!Number.isInteger(added) || added < 1) return null;
  return (
    <p className="notice notice--success" role="status">
      {t("district.schoolsAdded", { count: added })}
    </p>
  );
}
