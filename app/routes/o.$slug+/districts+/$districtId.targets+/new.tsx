import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { fieldError, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { cellTitle } from "~/lib/playbook";
import { levelGlossary } from "~/lib/typology/glossary";
import { getSchool, listSchools } from "~/models/district.server";
import { createTarget } from "~/models/target.server";
import { requireDistrict } from "~/services/permissions.server";
import { currentPlaybook, pointOf, returnToIn } from "~/services/playbook-actions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { TargetFields } from "./__target-fields";
import { targetFormSchema } from "./__target-form.server";
import { targetPrefillSchema } from "./__target-prefill.server";

export const meta: MetaFunction = () => [{ title: "Add a target · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "targets.edit");
  const query = targetPrefillSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const schools = listSchools(district.id).map(({ id, name }) => ({ id, name }));
  const { locus, domain } = query;
  // From a point of the playbook: say which, and offer the people the playbook says usually hold that work.
  const playbook = locus && domain ? currentPlaybook(district.id, query.context) : null;
  const point = playbook && locus && domain ? pointOf(playbook.model, { domain, locus }) : undefined;
  const returnTo = returnToIn(organization.slug, query.returnTo);
  return {
    back:
      returnTo ?? href("/o/:slug/districts/:districtId/targets", { slug: organization.slug, districtId: district.id }),
    backLabel: returnTo ? "Back to the playbook" : "Targets",
    returnTo,
    schools,
    point: point
      ? { title: cellTitle(point), level: levelGlossary[point.level].plain.toLowerCase(), holders: point.holders }
      : null,
    defaults: {
      locus,
      domains: domain ? [domain] : [],
      schoolId: locus === "school" && schools.some((school) => school.id === query.school) ? query.school : null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "targets.edit");
  const formData = await readForm(request);
  const parsed = parseForm(formData, targetFormSchema, ["domains"]);
  if (!parsed.ok) return invalid(parsed.failure);
  if (parsed.data.schoolId && !getSchool(district.id, parsed.data.schoolId)) {
    return fieldError(parsed.values, "schoolId", "Choose one of this district's schools.");
  }
  const id = createTarget(district.id, parsed.data);
  const returnTo = returnToIn(organization.slug, formData.get("returnTo"));
  return redirectWithConfirmation(
    returnTo ??
      href("/o/:slug/districts/:districtId/targets/:targetId", {
        slug: organization.slug,
        districtId: district.id,
        targetId: id,
      }),
    "target-added",
  );
}

export default function NewTarget() {
  const { back, backLabel, returnTo, schools, point, defaults } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  return (
    <FormSection
      id="new-target-title"
      title="Add a target"
      failure={failure}
      submitLabel="Add target"
      busyLabel="Adding…"
      back={{ to: back, label: backLabel }}
    >
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {point ? (
        <p className="notice">
          For <strong>{point.title}</strong>, a {point.level} in your playbook.
        </p>
      ) : null}
      <TargetFields failure={failure} defaults={defaults} schools={schools} suggestions={point?.holders ?? []} />
    </FormSection>
  );
}
