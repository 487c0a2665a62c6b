import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useNonce } from "~/lib/nonce";

export const i18nResourcesElementId = "i18n-resources";

/**
 * The messages this page was rendered with, as JSON for the browser's i18next, so that hydration needs no
 * request and shows no other language first. Kept as first rendered: later navigations load their own.
 */
export function I18nResources() {
  const { i18n } = useTranslation();
  const nonce = useNonce();
  const [json] = useState(() =>
    JSON.stringify({ language: i18n.language, resources: i18n.store.data }).replace(/</g, "\\u003c"),
  );
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
