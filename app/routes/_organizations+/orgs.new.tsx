import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useNavigation } from "@remix-run/react";

import { FieldError, FormErrorSummary } from "~/components/form-fields";
import { OrganizationFields } from "~/components/organization-fields";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { organizationSchema } from "~/lib/schemas.server";
import { slugFromName } from "~/lib/slug";
import { createOrganization, TooManyOrganizationsError } from "~/models/organization.server";
import { redirectWithConfirmation, requireUser } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "New organization · Fulcrum" }];

// Document responses only carry a route's own headers through this export: Retry-After on a 429.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  // Without JavaScript nobody saw a suggestion: an empty web address is made from the name, as the script would.
  const derived = !String(form.get("slug") ?? "").trim();
  if (derived) form.set("slug", slugFromName(String(form.get("name") ?? "")));
  const parsed = parseForm(form, organizationSchema);
  if (!parsed.ok) {
    const { errors } = parsed.failure;
    if (derived && errors.slug && !errors.name) {
      errors.slug = "Fulcrum could not make a web address from this name. Type one: letters, digits and hyphens.";
    }
    return invalid(parsed.failure);
  }
  try {
    return await explainConflicts(parsed.values, () => {
      const organization = createOrganization(parsed.data, user.id);
      return redirectWithConfirmation(href("/o/:slug", { slug: organization.slug }), "organization-created");
    });
  } catch (error) {
    if (!(error instanceof TooManyOrganizationsError)) throw error;
    const headers = { "Retry-After": String(error.retryAfter) };
    return data({ errors: { form: error.message }, values: parsed.values }, { status: 429, headers });
  }
}

export default function NewOrganization() {
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const kind = failure.values.kind ?? "coalition";
  return (
    <section className="narrow" aria-labelledby="new-org-title">
      <h1 id="new-org-title">Create an organization</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <fieldset
          className={failure.errors.kind ? "field field--invalid" : "field"}
          aria-describedby={failure.errors.kind ? "kind-error" : undefined}
        >
          <legend>What kind of organization?</legend>
          <FieldError id="kind" error={failure.errors.kind} />
          <label className="choice">
            <input type="radio" name="kind" value="coalition" defaultChecked={kind === "coalition"} />
            <span>
              <strong>Coalition</strong>: families, community groups and allies organizing around one or more districts.
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="state_agency" defaultChecked={kind === "state_agency"} />
            <span>
              <strong>State agency</strong>: staff who publish engagement guidance to the coalitions in their state.
            </span>
          </label>
        </fieldset>
        <OrganizationFields failure={failure} defaults={{}} suggestSlug />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Creating…" : "Create organization"}
        </button>
      </Form>
    </section>
  );
}
