// The invitation-language form on the settings page: its zod schema and its save, for the route's action only (a
// route module that imports zod sends it to the browser).
import { z } from "zod";

import { invalid, parseForm } from "~/lib/forms.server";
import { languages } from "~/lib/i18n";
import { setDefaultLanguage } from "~/models/organization.server";
import { requestTranslator } from "~/services/i18n.server";

const invitationLanguageSchema = z.object({
  intent: z.literal("language"),
  defaultLanguage: z.enum(languages, "emails:settings.invalid"),
});

const languageNameKeys = {
  en: "emails:settings.languageName.en",
  es: "emails:settings.languageName.es",
} as const satisfies Record<(typeof languages)[number], string>;

/** Saves the language of the organization's invitations to people without an account. */
export async function saveInvitationLanguage(request: Request, organizationId: string, form: FormData) {
  const parsed = parseForm(form, invitationLanguageSchema);
  if (!parsed.ok) return invalid(parsed.failure);
  setDefaultLanguage(organizationId, parsed.data.defaultLanguage);
  const { t } = await requestTranslator(request, "emails");
  return { saved: t("settings.saved", { language: t(languageNameKeys[parsed.data.defaultLanguage]) }) };
}
