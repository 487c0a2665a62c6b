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

/** A language read from outside the type system (a cookie, i18next, a template's data), or the fallback. */
export const languageOrFallback = (value: unknown): Language => (isLanguage(value) ? value : fallbackLanguage);

/** Where the browser fetches a namespace it did not get with the page (after a client-side navigation). */
export const catalogPath = (language: string, namespace: string) =>
  `/locales/${encodeURIComponent(language)}/${encodeURIComponent(namespace)}`;

/** The namespaces a page's matched routes declare in `export const handle = { i18n: [...] }`, each once. */
export function declaredNamespaces(handles: readonly unknown[]): string[] {
  const declared = handles.flatMap((handle) => {
    const i18n = typeof handle === "object" && handle !== null && "i18n" in handle ? handle.i18n : undefined;
    return typeof i18n === "string" ? [i18n] : Array.isArray(i18n) ? i18n.filter((ns) => typeof ns === "string") : [];
  });
  return [...new Set(declared)];
}
