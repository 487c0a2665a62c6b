import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { createGuidance } from "~/models/guidance.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { GuidanceFields, guidanceTemplate } from "./__guidance-fields";
import { guidanceSchema } from "./__guidance-form.server";

// The form names its language field in the agency's own language.
export const handle = { i18n: ["guidance"] };

export const meta: MetaFunction = () => [{ title: "Write guidance · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.slug, "guidance.write");
  return null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "guidance.write");
  const parsed = parseForm(await readForm(request), guidanceSchema, ["audienceTypes"]);
  if (!parsed.ok) return invalid(parsed.failure);
  const id = createGuidance(organization, parsed.data);
  return redirectWithConfirmation(
    href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: id }),
    "saved",
  );
}

export default function NewGuidance() {
  const { organization } = useOrganization();
  const failure = useFormFailure();
  return (
    <FormSection
      id="new-guidance-title"
      title="Write guidance"
      failure={failure}
      submitLabel="Save draft"
      busyLabel="Saving…"
      back={{ to: href("/o/:slug/guidance", { slug: organization.slug }), label: "All guidance" }}
    >
      <p>
        The outline below is a starting point: first steps, pitfalls, questions to ask. Saving keeps a draft only you
        and your colleagues see.
      </p>
      <GuidanceFields failure={failure} defaults={{ ...guidanceTemplate, audienceTypes: [] }} />
    </FormSection>
  );
}
