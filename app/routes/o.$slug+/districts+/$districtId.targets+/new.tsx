import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { domains, loci } from "~/lib/typology/vocabulary";
import { getSchool, listSchools } from "~/models/district.server";
import { createTarget } from "~/models/target.server";
import { requireDistrict } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { TargetFields } from "./__target-fields";
import { targetFormSchema } from "./__target-form.server";

export const meta: MetaFunction = () => [{ title: "Add a target · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "targets.edit");
  const search = new URL(request.url).searchParams;
  const locus = loci.find((l) => l === search.get("locus"));
  const domain = domains.find((d) => d === search.get("domain"));
  return {
    back: href("/o/:slug/districts/:districtId/targets", { slug: organization.slug, districtId: district.id }),
    schools: listSchools(district.id).map(({ id, name }) => ({ id, name })),
    defaults: { locus, domains: domain ? [domain] : [] },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "targets.edit");
  const parsed = parseForm(await readForm(request), targetFormSchema, ["domains"]);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.schoolId && !getSchool(district.id, parsed.data.schoolId)) {
    return fieldError(parsed.values, "schoolId", "Choose one of this district's schools.");
  }
  const id = createTarget(district.id, parsed.data);
  return redirectWithConfirmation(
    href("/o/:slug/districts/:districtId/targets/:targetId", {
      slug: organization.slug,
      districtId: district.id,
      targetId: id,
    }),
    "target-added",
  );
}

export default function NewTarget() {
  const { back, schools, defaults } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="new-target-title"
      title="Add a target"
      failure={failure}
      submitLabel="Add target"
      busyLabel="Adding…"
      back={{ to: back, label: "Targets" }}
    >
      <TargetFields failure={failure} defaults={defaults} schools={schools} />
    </FormSection>
  );
}
