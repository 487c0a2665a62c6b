import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DeleteActions } from "~/components/record-page";
import { requireTarget } from "~/lib/permissions.server";
import { deleteTarget } from "~/models/target.server";

export const meta: MetaFunction = () => [{ title: "Delete target · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  return { name: target.name, back: `/o/${organization.slug}/districts/${district.id}/targets/${target.id}` };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization, target } = await requireTarget(request, params, "targets.edit");
  deleteTarget(district.id, target.id);
  return redirect(`/o/${organization.slug}/districts/${district.id}/targets`);
}

export default function DeleteTarget() {
  const { name, back } = useLoaderData<typeof loader>();
  return (
    <section className="narrow" aria-labelledby="delete-target-title">
      <h1 id="delete-target-title">Delete {name}?</h1>
      <p>{name} will be removed from your coalition's map. This cannot be undone.</p>
      <Form method="post">
        <DeleteActions label="Delete target" back={back} />
      </Form>
    </section>
  );
}
