import type { LoaderFunctionArgs } from "@remix-run/node";

import { notFound } from "~/lib/http.server";
import { isLanguage } from "~/lib/i18n";
import { catalogNamespaces, readCatalog } from "~/lib/i18n-catalogs.server";

/** A namespace of messages for the browser, when a page it moves to needs one it did not get with the first page. */
export function loader({ params }: LoaderFunctionArgs) {
  const { lng, ns } = params;
  if (!isLanguage(lng) || !ns || !catalogNamespaces().includes(ns)) notFound();
  return Response.json(readCatalog(lng, ns), { headers: { "Cache-Control": "public, max-age=300" } });
}
