import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";
import { requestTranslator } from "~/services/i18n.server";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await requestTranslator(request, "auth");
  return { title: t("confirmed.metaTitle") };
}

export default function EmailConfirmed() {
  const { t } = useTranslation("auth");
  return (
    <section className="narrow" aria-labelledby="confirmed-title">
      <h1 id="confirmed-title">{t("confirmed.title")}</h1>
      <p className="notice notice--success" role="status">
        {t("confirmed.notice")}
      </p>
      <p>
        <Link to={href("/home")}>{t("verify.home")}</Link>
      </p>
    </section>
  );
}
