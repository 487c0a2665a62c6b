import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { createInstance, type Resource } from "i18next";

import { defaultNamespace, fallbackLanguage, languages, type Language } from "./i18n";
import { formatNumbersForLocale } from "./i18n-numbers";
import { projectRoot } from "./project-root.server";
import { formatStateNames } from "./us-states";

export type Catalog = { [key: string]: string | Catalog };

const catalogsDir = () => join(projectRoot(), "app", "locales");
const cache = new Map<string, Catalog>();

/** The namespaces there are, read from the fallback language's folder (a test keeps the other languages equal). */
export function catalogNamespaces(): string[] {
  return readdirSync(join(catalogsDir(), fallbackLanguage))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof entry === "string" || isCatalog(entry));
}

/** One language's messages of one namespace, read once per process. A malformed catalog stops the server. */
export function readCatalog(language: Language, namespace: string): Catalog {
  const key = `${language}/${namespace}`;
  let catalog = cache.get(key);
  if (!catalog) {
    const parsed: unknown = JSON.parse(readFileSync(join(catalogsDir(), language, `${namespace}.json`), "utf8"));
    if (!isCatalog(parsed)) throw new Error(`app/locales/${key}.json must hold only strings and nested objects`);
    catalog = parsed;
    cache.set(key, catalog);
  }
  return catalog;
}

/**
 * i18next's resources for the given namespaces in one language. The fallback language is not sent along: a test
 * keeps every key present in every language, so it would never be read.
 */
export function catalogResources(language: Language, namespaces: readonly string[]): Resource {
  const messages = namespaces.map((namespace) => [namespace, readCatalog(language, namespace)] as const);
  return { [language]: Object.fromEntries(messages) };
}

const translators = new Map<string, ReturnType<typeof createInstance>>();

/**
 * An i18next instance for one language with the given namespaces loaded, ready at once (the catalogs are read
 * from disk, synchronously): for rendering a page, an email or a server message in that language. Made once per
 * language and set of namespaces (routes declare a fixed few), since making one cost a page about a twentieth of
 * its work; nothing changes an instance's language or resources after it is made.
 */
export function createTranslator(language: Language, namespaces: readonly string[]) {
  const ns = [...new Set([defaultNamespace, ...namespaces])].sort();
  const key = `${language}:${ns.join(",")}`;
  let instance = translators.get(key);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng: language,
      fallbackLng: fallbackLanguage,
      supportedLngs: [...languages],
      ns,
      defaultNS: defaultNamespace,
      resources: catalogResources(language, ns),
      // React escapes what it renders; emails escape in their templates.
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
    formatNumbersForLocale(instance);
    formatStateNames(instance);
    rememberPlainWords(instance);
    translators.set(key, instance);
  }
  return instance;
}

type Instance = ReturnType<typeof createInstance>;
/** What useTranslation's t() adds to a call without values of its own. */
const fixedTOptions = new Set(["lng", "lngs", "ns", "keyPrefix"]);
const plainWordsLimit = 5_000;

/**
 * A page asks i18next for a hundred or more words without values (labels, headings, a map's badges), each costing
 * some microseconds to look up again: together about a fifteenth of the playbook's CPU. An instance's language and
 * catalogs never change, so each such word is resolved once; calls with values, a count or a context, and anything
 * that is not a string, go to i18next every time. Keys come from the code, so the store stays small (and is emptied
 * should it ever fill).
 */
function rememberPlainWords(instance: Instance) {
  const translate = instance.t.bind(instance);
  const words = new Map<string, string>();
  function remembered(...args: Parameters<Instance["t"]>) {
    const [key, options] = args;
    const plain =
      typeof key === "string" &&
      typeof options === "object" &&
      options !== null &&
      Object.keys(options).every((name) => fixedTOptions.has(name));
    if (!plain) return translate(...args);
    const { lng, ns, keyPrefix } = options;
    const id = `${String(lng)}\u0000${String(ns)}\u0000${String(keyPrefix)}\u0000${key}`;
    const known = words.get(id);
    if (known !== undefined) return known;
    const found = translate(...args);
    if (typeof found === "string") {
      if (words.size >= plainWordsLimit) words.clear();
      words.set(id, found);
    }
    return found;
  }
  instance.t = remembered as Instance["t"];
}

/** One namespace's messages in one fixed language: for server code that has no reader to ask. */
export const fixedTranslator = (language: Language, namespace: string) =>
  createTranslator(language, [namespace]).getFixedT(language, namespace);
