// Form messages are catalog keys ("common:validation.email.required") that the page translates; tests that read
// what a person would see translate them the same way, so they can keep asserting plain words.
import type { FormFailure } from "~/lib/form-failure";
import { isLanguage, type Language } from "~/lib/i18n";
import { catalogNamespaces, createTranslator } from "~/lib/i18n-catalogs.server";
import { isMessageKey } from "~/lib/message-key";

const translators = new Map<Language, ReturnType<typeof createTranslator>>();

function translator(language: Language) {
  let instance = translators.get(language);
  if (!instance) {
    instance = createTranslator(language, catalogNamespaces());
    translators.set(language, instance);
  }
  return instance;
}

/** A message as the page shows it: a key translated with its values, any other text as it is. */
export function shownMessage(message: string, values?: Record<string, string | number>, language: string = "en") {
  if (!isMessageKey(message)) return message;
  return translator(isLanguage(language) ? language : "en").t(message, values);
}

/**
 * A failed parse's messages as the page shows them. Each is translated when it is first read: the property tests
 * parse thousands of forms and read one message of most refusals, and translating them all was a tenth of their time.
 */
export function shownFailure(failure: FormFailure, language = "en"): FormFailure {
  const errors: FormFailure["errors"] = {};
  for (const [field, message] of Object.entries(failure.errors)) {
    let shown: string | undefined;
    Object.defineProperty(errors, field, {
      enumerable: true,
      get: () => (shown ??= shownMessage(message, failure.messageValues?.[field], language)),
    });
  }
  return { ...failure, errors };
}

/** True when a key exists in the catalogs of every language. */
export function isKnownKey(key: string): boolean {
  return (["en", "es"] as const).every((language) => translator(language).exists(key));
}
