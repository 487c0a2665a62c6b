import type { Language } from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";

/** The app's own messages of a namespace in one language, for tests that find text by what a person reads. */
export function messagesIn(language: Language, namespace: string) {
  return createTranslator(language, [namespace]).getFixedT(language, namespace);
}
