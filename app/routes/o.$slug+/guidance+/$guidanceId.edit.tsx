import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { explainConflicts, invalid, parseForm, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { updateGuidance } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireAgencyGuidance } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { GuidanceFields } from "./__guidance-fields";
import { guidanceSchema } from "./__guidance-form.server";
import { TranslationFields } from "./__translation-fields";

// "guidance" names the form's language field in the agency's own language.
export const handle = { i18n: ["guidance-editor", "guidance", "guidance-pairs"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.metaTitle ?? "Fulcrum"} · Fulcrum` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { guidance } = await requireAgencyGuidance(request, params);
  const { t } = await requestTranslator(request, "guidance-editor");
  return {
    metaTitle: t("edit.metaTitle"),
    id: guidance.id,
    title: guidance.title,
    summary: guidance.summary,
    body: guidance.body,
    audienceTypes: guidance.audienceTypes,
    language: guidance.language,
    published: guidance.publishedVersion > 0,
    isTranslation: Boolean(guidance.translationOfId),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, guidance } = await requireAgencyGuidance(request, params);
  const parsed = parseForm(await readForm(request), guidanceSchema, ["audienceTypes"]);
  if (!parsed.ok) return invalid(parsed.failure);
  // In a pair the two languages differ: an original may not take its translation's language.
  return explainConflicts(parsed.values, () => {
    updateGuidance(organization.id, guidance.id, parsed.data);
    return redirectWithConfirmation(
      href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: guidance.id }),
      "saved",
    );
  });
}

export default function EditGuidance() {
  const { organization } = useOrganization();
  const defaults = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("guidance-editor");
  return (
    <FormSection
      id="edit-guidance-title"
      title={t("edit.title")}
      failure={failure}
      submitLabel={t("edit.save")}
      busyLabel={t("saving")}
      back={{
        to: href("/o/:slug/guidance/:guidanceId", { slug: organization.slug, guidanceId: defaults.id }),
        label: t("edit.back"),
      }}
    >
      {defaults.published ? <p>{t("edit.publishedNote")}</p> : null}
      {defaults.isTranslation ? (
        <TranslationFields failure={failure} defaults={{ ...defaults, wordsIn: defaults.language }} />
      ) : (
        <GuidanceFields failure={failure} defaults={defaults} />
      )}
    </FormSection>
  );
}
