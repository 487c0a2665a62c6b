import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";

import { LeverageLegend, LeverageMapTable } from "~/components/leverage";
import { RecordHeading } from "~/components/record-page";
import { formatMoment } from "~/lib/format-dates";
import { schoolLevelLabels } from "~/lib/labels";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { resolveLeverageMap, systemTypeLabels, type ResolvedCell, type SystemType } from "~/lib/typology";
import { contextKindLabels } from "~/lib/typology/context-kinds";
import { stateName } from "~/lib/us-states";
import { listSchools } from "~/models/district.server";
import { currentDeclarations, declarationHistory, listDiagnostics } from "~/models/typology.server";
import { requireDistrict } from "~/services/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.district.name ?? "District"} · Fulcrum` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const schools = listSchools(district.id).map(({ id, name, level, ncesId }) => ({ id, name, level, ncesId }));
  const declarations = currentDeclarations(declarationHistory(district.id)).map((declaration) => ({
    id: declaration.id,
    context: declaration.context,
    kind: declaration.contextKind ? contextKindLabels[declaration.contextKind] : null,
    type: declaration.systemType,
    by: declaration.declaredByName,
    at: formatMoment(declaration.createdAt, "date", organization.timeZone),
    leverageMap: resolveLeverageMap(declaration.systemType, declaration.overrides),
  }));
  const diagnostics = listDiagnostics(district.id).map(({ id, context, updatedAt }) => ({
    id,
    context,
    updatedAt: formatMoment(updatedAt, "date", organization.timeZone),
  }));
  return {
    district: { id: district.id, name: district.name, state: district.state, ncesId: district.ncesId },
    schools,
    declarations,
    diagnostics,
  };
}

export default function DistrictPage() {
  const { organization, allowed } = useOrganization();
  const { district, schools, declarations, diagnostics } = useLoaderData<typeof loader>();
  const params = { slug: organization.slug, districtId: district.id };
  return (
    <section aria-labelledby="district-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/districts", { slug: organization.slug })}>Districts</Link>
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
          <dt>State</dt>
          <dd>{stateName(district.state)}</dd>
        </div>
        <div>
          <dt>NCES district id</dt>
          <dd>{district.ncesId ?? "Not recorded"}</dd>
        </div>
      </dl>

      <SystemTypeSection params={params} declarations={declarations} diagnostics={diagnostics} allowed={allowed} />

      <div className="page-heading">
        <h2 id="schools-title">Schools</h2>
        {allowed.editDistricts ? (
          <p className="actions">
            <Link className="button" to={href("/o/:slug/districts/:districtId/schools/new", params)}>
              Add a school
            </Link>
            <Link
              className="button button--secondary"
              to={href("/o/:slug/districts/:districtId/schools/paste", params)}
            >
              Paste a list
            </Link>
          </p>
        ) : null}
      </div>
      <SchoolsAdded />
      {schools.length === 0 ? (
        <p className="empty">No schools recorded for this district yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Schools of {district.name}</caption>
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">Level</th>
              <th scope="col">NCES id</th>
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
                <td data-label="Level">{schoolLevelLabels[school.level]}</td>
                <td data-label="NCES id">{school.ncesId ?? "—"}</td>
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
    kind: string | null;
    type: SystemType;
    by: string;
    at: string;
    leverageMap: ResolvedCell[];
  }>;
  diagnostics: Array<{ id: string; context: string; updatedAt: string }>;
  allowed: { declareTypology: boolean; diagnoseTypology: boolean };
};

function SystemTypeSection({ params, declarations, diagnostics, allowed }: SystemTypeProps) {
  const playbookHref = (context: string) => href("/o/:slug/districts/:districtId/playbook", params, { context });
  return (
    <section aria-labelledby="system-title">
      <h2 id="system-title">How this district runs instruction</h2>
      {declarations.length === 0 ? <p>No type declared yet. There are two ways to find it:</p> : null}
      <TypologyChoices params={params} allowed={allowed} declared={declarations.length > 0} />
      {declarations.length === 0
        ? null
        : declarations.map((declaration) => (
            <div key={declaration.id} className="declaration">
              <h3>
                {declaration.context || "District-wide"}: {systemTypeLabels[declaration.type]}
              </h3>
              <p className="muted">
                {declaration.kind ? `${declaration.kind}. ` : null}
                Declared by {declaration.by}, {declaration.at}.
              </p>
              <LeverageMapTable
                cells={declaration.leverageMap}
                caption={`Leverage map, ${declaration.context || "district-wide"}`}
              />
              <details>
                <summary>What the levels and grades mean</summary>
                <LeverageLegend />
              </details>
              <p className="actions">
                <Link to={playbookHref(declaration.context)}>
                  Open the playbook
                  <span className="visually-hidden"> for {declaration.context || "the whole district"}</span>
                </Link>
                {allowed.declareTypology ? (
                  <Link to={href("/o/:slug/districts/:districtId/declare", params, { context: declaration.context })}>
                    Update
                    <span className="visually-hidden">
                      {" "}
                      the declaration for {declaration.context || "the whole district"}
                    </span>
                  </Link>
                ) : null}
              </p>
            </div>
          ))}
      <p className="actions">
        <Link to={href("/o/:slug/districts/:districtId/targets", params)}>Targets and suggested targets</Link>
        {declarations.length ? (
          <Link to={href("/o/:slug/districts/:districtId/history", params)}>Declaration history</Link>
        ) : null}
      </p>
      {diagnostics.length ? (
        <>
          <h3>Saved diagnostics</h3>
          <ul>
            {diagnostics.map((diagnostic) => (
              <li key={diagnostic.id}>
                <Link
                  to={href("/o/:slug/districts/:districtId/diagnostics/:diagnosticId", {
                    ...params,
                    diagnosticId: diagnostic.id,
                  })}
                >
                  {diagnostic.context || "District-wide"}, answered {diagnostic.updatedAt}
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
  if (!allowed.declareTypology && !allowed.diagnoseTypology) return null;
  return (
    <div className="choice-grid">
      {allowed.diagnoseTypology ? (
        <div className="choice-card">
          <h3>Not sure? Answer the questionnaire</h3>
          <p>
            Use it when you are not sure which kind of system this is. Short questions on what you see in your schools,
            each with &ldquo;Not sure&rdquo;; it shows the closest types and why.
          </p>
          <Link className="button" to={href("/o/:slug/districts/:districtId/diagnostics/new", params)}>
            Take the diagnostic questionnaire
          </Link>
        </div>
      ) : null}
      {allowed.declareTypology ? (
        <div className="choice-card">
          <h3>{declared ? "Declare for another context" : "Already know? Declare the type"}</h3>
          <p>
            Use it when your coalition already agrees on the type, from the research or after the questionnaire. You can
            declare it for the whole district or one part, and change it later.
          </p>
          <Link className="button" to={href("/o/:slug/districts/:districtId/declare", params)}>
            {declared ? "Declare for another context" : "Declare the type"}
          </Link>
        </div>
      ) : null}
    </div>
  );
}

/** The confirmation after pasting a list (the count comes back in the address, so it works without JavaScript). */
function SchoolsAdded() {
  const added = Number(useSearchParams()[0].get("added"));
  if (!Number.isInteger(added) || added < 1) return null;
  return (
    <p className="notice notice--success" role="status">
      Added {added === 1 ? "1 school" : `${added} schools`}. Open any of them below to change its level or add its NCES
      id.
    </p>
  );
}
