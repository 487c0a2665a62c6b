import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { DeleteActions } from "~/components/record-page";
import { href } from "~/lib/paths";
import { deleteSchool } from "~/models/district.server";
import { targetsAtSchool } from "~/models/target.server";
import { requireSchool } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Delete school · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const ids = { slug: organization.slug, districtId: district.id };
  return {
    school: { name: school.name },
    districtName: district.name,
    back: href("/o/:slug/districts/:districtId/schools/:schoolId", { ...ids, schoolId: school.id }),
    targets: targetsAtSchool(school.id).map((target) => ({
      ...target,
      href: href("/o/:slug/districts/:districtId/targets/:targetId", { ...ids, targetId: target.id }),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, school, organization } = await requireSchool(request, params, "districts.edit");
  const targets = targetsAtSchool(school.id);
  if (targets.length) {
    return data(
      {
        message: `${targets.length} target${targets.length === 1 ? " works" : "s work"} at this school. Move or delete ${targets.length === 1 ? "it" : "them"} first.`,
      },
      { status: 409 },
    );
  }
  deleteSchool(district.id, school.id);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId", { slug: organization.slug, districtId: district.id }),
    "deleted",
  );
}

export default function DeleteSchool() {
  const { school, districtName, back, targets } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="narrow" aria-labelledby="delete-school-title">
      <h1 id="delete-school-title">Delete {school.name}?</h1>
      {actionData?.message ? (
        <p className="notice notice--error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {targets.length ? (
        <>
          <p>
            These targets work at {school.name}. Move them to another school or delete them before deleting the school:
          </p>
          <ul>
            {targets.map((target) => (
              <li key={target.id}>
                <Link to={target.href}>{target.name}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to={back}>Back to {school.name}</Link>
          </p>
        </>
      ) : (
        <>
          <p>
            {school.name} will be removed from {districtName}. This cannot be undone.
          </p>
          <Form method="post">
            <DeleteActions label="Delete school" back={back} />
          </Form>
        </>
      )}
    </section>
  );
}
