import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { idParam } from "~/lib/schemas.server";
import { joinRequestOf } from "~/models/join-link.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireUser } from "~/services/session.server";

export const handle = { i18n: ["organizations"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await requestTranslator(request, "organizations");
  const requestId = idParam.safeParse(params.requestId);
  const joinRequest = requestId.success ? joinRequestOf(user.id, requestId.data) : undefined;
  if (!joinRequest) notFound(t("joinRequest.notFound"));
  return {
    title: t("joinRequest.metaTitle"),
    organizationName: joinRequest.organizationName,
    decision: joinRequest.decision,
    organizationHref: href("/o/:slug", { slug: joinRequest.organizationSlug }),
  };
}

export default function JoinRequestSent() {
  const { organizationName: name, decision, organizationHref } = useLoaderData<typeof loader>();
  const { t } = useTranslation("organizations");
  return (
    <section className="narrow" aria-labelledby="request-title">
      {decision === "approved" ? (
        <>
          <h1 id="request-title">{t("joinRequest.approvedTitle", { name })}</h1>
          <p>
            <Trans
              t={t}
              i18nKey="joinRequest.approvedText"
              values={{ name }}
              components={{ go: <Link to={organizationHref} /> }}
            />
          </p>
        </>
      ) : decision === "declined" ? (
        <>
          <h1 id="request-title">{t("joinRequest.declinedTitle")}</h1>
          <p>{t("joinRequest.declinedText", { name })}</p>
        </>
      ) : (
        <>
          <h1 id="request-title">{t("joinRequest.sentTitle")}</h1>
          <div className="notice notice--success" role="status">
            <p>{t("joinRequest.sentNotice", { name })}</p>
          </div>
          <p>
            <Trans
              t={t}
              i18nKey="joinRequest.sentText"
              values={{ name }}
              components={{ home: <Link to={href("/home")} /> }}
            />
          </p>
        </>
      )}
    </section>
  );
}
