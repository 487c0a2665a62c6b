import type { LoaderFunctionArgs } from "@remix-run/node";

import { notFound } from "~/lib/http.server";
import { districtPlaybook } from "~/models/playbook.server";
import { requireDistrict } from "~/services/permissions.server";

import { limitsTypology } from "./__typology-fields";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district, organization } = await requireDistrict(request, params, "districts.view");
  const context = (new URL(request.url).searchParams.get("context") ?? "").trim().slice(0, limitsTypology.context);
  const playbook = districtPlaybook(organization, district, context);
  if (!playbook) notFound("Nothing is declared yet for that district and context.");
  return new Response(playbook.markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${playbook.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
