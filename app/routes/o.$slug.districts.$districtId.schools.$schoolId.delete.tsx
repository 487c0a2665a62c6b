import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireSchool } from "~/lib/permissions.server";
import { deleteSchool } from "~/models/district.server";
import { DeleteActions } from "~/components/record-page";

export const meta: MetaFunction = () => [{ title: "Delete school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  return {
    school: { name: school.name },
    districtName: district.name,
    back: `/o/${organization.slug}/districts/${district.id}/schools/${school.id}`,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  deleteSchool(district.id, school.id);
  return redirect(`/o/${organization.slug}/districts/${district.id}`);
}

export default function DeleteSchool() {
  const { school, districtName, back } = useLoaderData<typeof loader>();
  return (
    <section className="narrow" aria-labelledby="delete-school-title">
      <h1 id="delete-school-title">Delete {school.name}?</h1>
      <p>
        {school.name} will be removed from {districtName}. This cannot be undone.
      </p>
      <Form method="post">
        <DeleteActions label="Delete school" back={back} />
      </Form>
    </section>
  );
}
