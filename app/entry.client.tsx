import { RemixBrowser } from "@remix-run/react";
import i18next, { type Resource } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";

import { i18nResourcesElementId } from "./components/i18n-resources";
import { catalogPath, defaultNamespace, fallbackLanguage, isLanguage, languages } from "./lib/i18n";
import { formatNumbersForLocale } from "./lib/i18n-numbers";
import { formatStateNames } from "./lib/us-states";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// language -> namespace -> messages, as I18nResources wrote it.
const isResource = (value: unknown): value is Resource =>
  isObject(value) &&
  Object.values(value).every((namespaces) => isObject(namespaces) && Object.values(namespaces).every(isObject));

/** The language and messages the server rendered the page with (see I18nResources). */
function renderedMessages(): { language: string; resources: Resource } {
  const text = document.getElementById(i18nResourcesElementId)?.textContent;
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (typeof parsed === "object" && parsed !== null && "language" in parsed && "resources" in parsed) {
    const { language, resources } = parsed;
    if (isLanguage(language) && isResource(resources)) return { language, resources };
  }
  return { language: document.documentElement.lang || fallbackLanguage, resources: {} };
}

async function fetchCatalog(language: string, namespace: string): Promise<unknown> {
  const response = await fetch(catalogPath(language, namespace));
  if (!response.ok) throw new Error(`messages ${language}/${namespace}: ${response.status}`);
  return response.json();
}

async function hydrate() {
  const { language, resources } = renderedMessages();
  await i18next
    .use(initReactI18next)
    // A namespace the page did not bring is fetched from the server (one small JSON file), with the browser's fetch.
    .use(resourcesToBackend((language: string, namespace: string) => fetchCatalog(language, namespace)))
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...languages],
      defaultNS: defaultNamespace,
      ns: Object.keys(resources[language] ?? {}),
      resources,
      // The page's own namespaces came with it; others are fetched when a later page needs them.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
    });
  formatNumbersForLocale(i18next);
  formatStateNames(i18next);
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

void hydrate();
