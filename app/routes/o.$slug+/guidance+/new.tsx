import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { createGuidance } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { GuidanceFields, useGuidanceTemplate } from "./__guidance-fields";
import { guidanceSchema } from "./__guidance-form.server";

// "guidance" names the form's language field in the agency's own language.
export const handle = { i18n: ["guidance-editor", "guidance"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Fulcrum"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMembership(request, params.slug, "guidance.write");
  const { t } = await requestTranslator(request, "guidance-editor");
  return { title: t("new.metaTitle") };
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
  const { t } = useTranslation("guidance-editor");
  const template = useGuidanceTemplate();
  return (
    <FormSection
      id="new-guidance-title"
      title={t("new.title")}
      failure={failure}
      submitLabel={t("new.save")}
      busyLabel={t("saving")}
      back={{ to: href("/o/:slug/guidance", { slug: organization.slug }), label: t("allGuidance") }}
    >
      <p>{t("new.intro")}</p>
      <GuidanceFields failure={failure} defaults={template} />
    </FormSection>
  );
}
