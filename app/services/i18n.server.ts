import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";

import { defaultNamespace, fallbackLanguage, isLanguage, languages, type Language } from "~/lib/i18n";
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
  const language = await i18nServer.getLocale(request);
  return isLanguage(language) ? language : fallbackLanguage;
}

export const routeNamespaces = i18nServer.getRouteNamespaces.bind(i18nServer);
