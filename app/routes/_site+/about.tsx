import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";
import { playbookContent } from "~/lib/playbook-content.server";
import { requestTranslator } from "~/services/i18n.server";

export const handle = { i18n: ["site"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

// Reads only the playbook prose held in memory and the language the root layout already chose: no query of its
// own, which also makes this page the benchmark's reference for "a page rendered through the root layout".
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await requestTranslator(request, "site");
  // The citations are the sources' own titles: they stay as published.
  return { title: t("about.metaTitle"), citations: playbookContent().citations.map(({ citation }) => citation) };
}

export default function About() {
  const { citations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("site");
  return (
    <section className="narrow" aria-labelledby="about-title">
      <h1 id="about-title">{t("about.title")}</h1>
      <p>{t("about.purpose")}</p>
      <p>{t("about.ownWords")}</p>
      <h2>{t("about.sources")}</h2>
      {/* The works are cited as published, in English. */}
      <ul lang="en">
        {citations.map((citation) => (
          <li key={citation}>{citation}</li>
        ))}
      </ul>
      <p>
        <Link to={href("/")}>{t("about.back")}</Link>
      </p>
    </section>
  );
}
