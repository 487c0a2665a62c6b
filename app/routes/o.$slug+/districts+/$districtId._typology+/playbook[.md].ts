import type { LoaderFunctionArgs } from "@remix-run/node";

import { notFound } from "~/lib/http.server";
import { districtPlaybook } from "~/models/playbook.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireDistrict } from "~/services/permissions.server";

import { limitsTypology } from "./__typology-fields";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const context = (new URL(request.url).searchParams.get("context") ?? "").trim().slice(0, limitsTypology.context);
  // The download is in the reader's language, like the page it comes from.
  const { t, language } = await requestTranslator(request, "playbook-page");
  const playbook = districtPlaybook(organization, district, context, language);
  if (!playbook) notFound(t("page.notDeclaredDownload"));
  return new Response(playbook.markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Language": language,
      "Content-Disposition": `attachment; filename="${playbook.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
