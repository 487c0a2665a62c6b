import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError, FormErrorSummary } from "~/components/form-fields";
import { OrganizationFields } from "~/components/organization-fields";
import { Trans } from "~/components/trans";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { organizationSchema } from "~/lib/schemas.server";
import { slugFromName } from "~/lib/slug";
import { waitText } from "~/lib/wait-text";
import { createOrganization, TooManyOrganizationsError } from "~/models/organization.server";
import { requestTranslator } from "~/services/i18n.server";
import { redirectWithConfirmation, requireUser } from "~/services/session.server";

export const handle = { i18n: ["organizations"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

// Document responses only carry a route's own headers through this export: Retry-After on a 429.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const { t } = await requestTranslator(request, "organizations");
  return { title: t("new.metaTitle") };
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
      errors.slug = "organizations:new.slugFromName";
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
    const { t } = await requestTranslator(request, "organizations");
    const form = t("new.tooMany", { count: error.max, wait: waitText(t, error.retryAfter) });
    return data({ errors: { form }, values: parsed.values }, { status: 429, headers });
  }
}

export default function NewOrganization() {
  const { t } = useTranslation("organizations");
  const failure = useFormFailure();
  const busy = useNavigation().state === "submitting";
  const kind = failure.values.kind ?? "coalition";
  return (
    <section className="narrow" aria-labelledby="new-org-title">
      <h1 id="new-org-title">{t("new.title")}</h1>
      <Form method="post" noValidate className="stack">
        <FormErrorSummary errors={failure.errors} />
        <fieldset
          className={failure.errors.kind ? "field field--invalid" : "field"}
          aria-describedby={failure.errors.kind ? "kind-error" : undefined}
        >
          <legend>{t("new.kindLegend")}</legend>
          <FieldError id="kind" error={failure.errors.kind} />
          <label className="choice">
            <input type="radio" name="kind" value="coalition" defaultChecked={kind === "coalition"} />
            <span>
              <Trans t={t} i18nKey="new.coalition" components={{ strong: <strong /> }} />
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="state_agency" defaultChecked={kind === "state_agency"} />
            <span>
              <Trans t={t} i18nKey="new.agency" components={{ strong: <strong /> }} />
            </span>
          </label>
        </fieldset>
        <OrganizationFields failure={failure} defaults={{}} suggestSlug />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("new.busy") : t("new.submit")}
        </button>
      </Form>
    </section>
  );
}
