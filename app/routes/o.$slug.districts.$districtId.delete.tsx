import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireDistrict } from "~/lib/permissions.server";
import { deleteDistrict, DependentRecordsError, listSchools } from "~/models/district.server";
import { DeleteActions } from "~/components/record-page";

export const meta: MetaFunction = () => [{ title: "Delete district · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  return {
    district: { id: district.id, name: district.name },
    schools: listSchools(district.id).map(({ id, name }) => ({ id, name })),
    back: `/o/${organization.slug}/districts/${district.id}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.edit");
  const formData = await request.formData();
  const confirmed = Number.parseInt(String(formData.get("confirmedSchoolCount") ?? ""), 10);
  const alsoSchools = formData.get("alsoDeleteSchools") === "yes";
  if (!Number.isInteger(confirmed) || confirmed < 0) {
    return data({ message: "That request was incomplete. Reload the page and try again." }, { status: 400 });
  }
  if (confirmed > 0 && !alsoSchools) {
    return data({ message: `Tick the box to confirm that the ${confirmed} school${confirmed === 1 ? "" : "s"} listed go too.` }, { status: 400 });
  }
  try {
    deleteDistrict(organization.id, district.id, confirmed);
  } catch (error) {
    if (error instanceof DependentRecordsError) {
      return data({ message: `The district's schools changed since this page loaded. ${error.message}` }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/o/${organization.slug}/districts`);
}

export default function DeleteDistrict() {
  const { district, schools, back } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow" aria-labelledby="delete-district-title">
      <h1 id="delete-district-title">Delete {district.name}?</h1>
      {actionData?.message ? (
        <p className="notice notice--error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {schools.length === 0 ? (
        <p>This district has no schools recorded. Deleting it cannot be undone.</p>
      ) : (
        <>
          <p>
            Deleting this district also deletes its {schools.length} school{schools.length === 1 ? "" : "s"}. This cannot
            be undone.
          </p>
          <ul>
            {schools.map((school) => (
              <li key={school.id}>{school.name}</li>
            ))}
          </ul>
        </>
      )}
      <Form method="post" className="stack">
        <input type="hidden" name="confirmedSchoolCount" value={schools.length} />
        {schools.length > 0 ? (
          <label className="choice">
            <input type="checkbox" name="alsoDeleteSchools" value="yes" />
            <span>
              Yes, delete the {schools.length} school{schools.length === 1 ? "" : "s"} listed above too
            </span>
          </label>
        ) : null}
        <DeleteActions label="Delete district" back={back} />
      </Form>
    </section>
  );
}
