import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormSection } from "~/components/record-page";
import { useFormFailure } from "~/lib/form-failure";
import { invalid, parseForm, readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { createTranslation, guidancePair, otherLanguage, type Guidance } from "~/models/guidance.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireAgencyGuidance } from "~/services/permissions.server";
import { redirectWithConfirmation } from "~/services/session.server";

import { pairLanguageKeys, TranslationFields } from "./__translation-fields";
import { translationSchema } from "./__translation-form.server";

export const handle = { i18n: ["guidance-pairs", "guidance-editor"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.pageTitle ?? ""} · Fulcrum` }];

/**
 * The original a new translation is written for. A translation has none of its own (one pair, never a chain): 404.
 * One that already has its translation sends the agency to it.
 */
async function originalFor(request: Request, params: LoaderFunctionArgs["params"]) {
  const context = await requireAgencyGuidance(request, params);
  const pair = guidancePair(context.guidance);
  if (!pair || context.guidance.translationOfId)
    notFound((await requestTranslator(request, "guidance-pairs")).t("notFound"));
  if (pair.translation) throw redirect(pageOf(context.organization.slug, pair.translation));
  return context;
}

const pageOf = (slug: string, guidance: Pick<Guidance, "id">) =>
  href("/o/:slug/guidance/:guidanceId", { slug, guidanceId: guidance.id });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { guidance } = await originalFor(request, params);
  const { t } = await requestTranslator(request, "guidance-pairs");
  const language = otherLanguage(guidance.language);
  return {
    pageTitle: t("new.title", { language: t(pairLanguageKeys[language]) }),
    original: {
      id: guidance.id,
      title: guidance.title,
      summary: guidance.summary,
      body: guidance.body,
      language: guidance.language,
    },
    language,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, guidance } = await originalFor(request, params);
  const parsed = parseForm(await readForm(request), translationSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  const id = createTranslation(organization.id, guidance.id, parsed.data);
  // Another request wrote it first: the agency goes to that one rather than writing a second.
  if (!id) return redirect(pageOf(organization.slug, guidancePair(guidance)?.translation ?? guidance));
  return redirectWithConfirmation(pageOf(organization.slug, { id }), "saved");
}

export default function NewTranslation() {
  const { organization } = useOrganization();
  const { original, language } = useLoaderData<typeof loader>();
  const failure = useFormFailure();
  const { t } = useTranslation("guidance-pairs");
  const languageName = t(pairLanguageKeys[language]);
  return (
    <FormSection
      id="translation-title"
      title={t("new.title", { language: languageName })}
      failure={failure}
      submitLabel={t("new.save")}
      busyLabel={t("new.saving")}
      back={{ to: pageOf(organization.slug, original), label: t("new.back") }}
    >
      <p>{t("new.intro", { title: original.title, language: languageName })}</p>
      <TranslationFields failure={failure} defaults={{ ...original, language, wordsIn: original.language }} />
    </FormSection>
  );
}
