/**
 * The languages Fulcrum speaks, and the one it falls back to. Everything here is plain data, shared by the server,
 * the browser and the tests: which catalogs exist lives in app/locales/<language>/<namespace>.json.
 */
export const languages = ["en", "es"] as const;
export type Language = (typeof languages)[number];

export const fallbackLanguage: Language = "en";

/** The messages every page needs (header, footer, error page, form errors); a page adds its own namespaces. */
export const defaultNamespace = "common";

/** Each language's name in that language, as a switcher shows it (with a matching lang attribute). */
export const languageNames: Record<Language, string> = { en: "English", es: "Español" };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (languages as readonly string[]).includes(value);

/** Where the browser fetches a namespace it did not get with the page (after a client-side navigation). */
export const catalogPath = (language: string, namespace: string) =>
  `/locales/${encodeURIComponent(language)}/${encodeURIComponent(namespace)}`;
