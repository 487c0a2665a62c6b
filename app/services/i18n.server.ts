import { createCookie, type EntryContext } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";

import {
  declaredNamespaces,
  defaultNamespace,
  fallbackLanguage,
  languageOrFallback,
  languages,
  type Language,
} from "~/lib/i18n";
import { createTranslator } from "~/lib/i18n-catalogs.server";
import { getUser } from "~/services/session.server";

/** A visitor's choice from the switcher, kept for a year (a signed-in person's is saved to their account too). */
export const languageCookie = createCookie("fulcrum_lang", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 365 * 24 * 60 * 60,
});

/**
 * Which language a request gets: the signed-in person's choice, then the switcher's cookie, then the browser's
 * Accept-Language, then English.
 */
const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...languages],
    fallbackLanguage,
    cookie: languageCookie,
    order: ["custom", "cookie", "header"],
    findLocale: async (request) => (await getUser(request))?.language ?? null,
  },
  i18next: { defaultNS: defaultNamespace },
});

export async function requestLanguage(request: Request): Promise<Language> {
  return languageOrFallback(await i18nServer.getLocale(request));
}

/**
 * The namespaces the matched routes of this page declare (`handle.i18n`). remix-i18next's own helper reads every
 * route module the server has, which would send every page every catalog.
 */
export function routeNamespaces(context: EntryContext): string[] {
  const { matches } = context.staticHandlerContext;
  return declaredNamespaces(matches.map(({ route }) => context.routeModules[route.id]?.handle));
}

/** The request's language and a translator for it, for what a loader or action writes itself (titles, messages). */
export async function requestTranslator(request: Request, namespace: string) {
  const language = await requestLanguage(request);
  return { language, t: createTranslator(language, [namespace]).getFixedT(language, namespace) };
}
