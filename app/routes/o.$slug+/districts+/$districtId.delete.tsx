import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { DeleteActions } from "~/components/record-page";
import { formValues, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { countCampaignsInDistrict } from "~/models/campaign.server";
import {
  deleteDistrict,
  DependentRecordsError,
  describeDependents,
  DistrictHasCampaignsError,
  districtDependents,
  listSchools,
} from "~/models/district.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { confirmationSchema } from "./__district-delete-form.server";

export const meta: MetaFunction = () => [{ title: "Delete district · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const dependents = districtDependents(district.id);
  return {
    district: { id: district.id, name: district.name },
    schools: listSchools(district.id).map(({ id, name }) => ({ id, name })),
    dependents,
    dependentsText: describeDependents(dependents),
    campaigns: countCampaignsInDistrict(district.id),
    back: href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const parsed = confirmationSchema.safeParse(formValues(await readForm(request)));
  if (!parsed.success) {
    return data({ message: "That request was incomplete. Reload the page and try again." }, { status: 400 });
  }
  const { alsoDeleteDependents, ...confirmed } = parsed.data;
  const hasDependents = Object.values(confirmed).some((n) => n > 0);
  if (hasDependents && !alsoDeleteDependents) {
    return data(
      { message: `Tick the box to confirm that the ${describeDependents(confirmed)} listed go too.` },
      { status: 400 },
    );
  }
  try {
    deleteDistrict(organization.id, district.id, confirmed);
  } catch (error) {
    if (error instanceof DependentRecordsError || error instanceof DistrictHasCampaignsError)
      return data({ message: error.message }, { status: 409 });
    throw error;
  }
  return redirectWithConfirmation(href("/o/:slug/districts", { slug: organization.slug }), "deleted");
}

export default function DeleteDistrict() {
  const { district, schools, dependents, dependentsText, back, campaigns } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const hasDependents = dependentsText !== "";
  if (campaigns > 0) {
    return (
      <section className="narrow" aria-labelledby="delete-district-title">
        <h1 id="delete-district-title">{district.name} cannot be deleted</h1>
        <p>
          It has {campaigns} campaign{campaigns === 1 ? "" : "s"}, and campaigns keep your coalition's history of
          targets, meetings and asks. Archive the campaigns instead; the district can stay.
        </p>
        <p>
          <Link to={back}>Back to {district.name}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow" aria-labelledby="delete-district-title">
      <h1 id="delete-district-title">Delete {district.name}?</h1>
      {actionData?.message ? (
        <p className="notice notice--error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {hasDependents ? (
        <>
          <p>Deleting this district also deletes its {dependentsText}. This cannot be undone.</p>
          {schools.length ? (
            <>
              <h2>Schools</h2>
              <ul>
                {schools.map((school) => (
                  <li key={school.id}>{school.name}</li>
                ))}
              </ul>
            </>
          ) : null}
          {dependents.declarations ? <p>The declaration history and the playbooks built from it go too.</p> : null}
        </>
      ) : (
        <p>Nothing else is recorded for this district. Deleting it cannot be undone.</p>
      )}
      <Form method="post" className="stack">
        <input type="hidden" name="schools" value={dependents.schools} />
        <input type="hidden" name="targets" value={dependents.targets} />
        <input type="hidden" name="declarations" value={dependents.declarations} />
        <input type="hidden" name="diagnostics" value={dependents.diagnostics} />
        {hasDependents ? (
          <label className="choice">
            <input type="checkbox" name="alsoDeleteDependents" value="yes" />
            <span>Yes, also delete the {dependentsText} listed above</span>
          </label>
        ) : null}
        <DeleteActions label="Delete district" back={back} />
      </Form>
    </section>
  );
}
