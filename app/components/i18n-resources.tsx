import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useNonce } from "~/lib/nonce";

export const i18nResourcesElementId = "i18n-resources";

// The server keeps one i18next instance per language and set of namespaces, whose messages never change: each
// is written out once, not on every page.
const written = new WeakMap<object, string>();

function resourcesJson(language: string, resources: object): string {
  let json = written.get(resources);
  if (json === undefined) {
    json = JSON.stringify({ language, resources }).replace(/</g, "\\u003c");
    written.set(resources, json);
  }
  return json;
}

/**
 * The messages this page was rendered with, as JSON for the browser's i18next, so that hydration needs no
 * request and shows no other language first. Kept as first rendered: later navigations load their own.
 */
export function I18nResources() {
  const { i18n } = useTranslation();
  const nonce = useNonce();
  const [json] = useState(() => resourcesJson(i18n.language, i18n.store.data));
  return (
    <script
      id={i18nResourcesElementId}
      type="application/json"
      nonce={nonce}
      // Data, never run: `<` is escaped above so no text can close the element.
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
