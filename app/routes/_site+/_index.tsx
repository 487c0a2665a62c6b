import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { href } from "~/lib/paths";
import { requestTranslator } from "~/services/i18n.server";
import { getUser } from "~/services/session.server";

export const handle = { i18n: "landing" };

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: data.title }, { name: "description", content: data.description }] : [];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, { t }] = await Promise.all([getUser(request), requestTranslator(request, "landing")]);
  return { signedIn: Boolean(user), title: t("metaTitle"), description: t("metaDescription") };
}

const systemTypes = [
  ["typeManagerialName", "typeManagerialText"],
  ["typeMarketName", "typeMarketText"],
  ["typeFederatedName", "typeFederatedText"],
  ["typeNetworkedName", "typeNetworkedText"],
  ["typeDefaultName", "typeDefaultText"],
] as const;

export default function Landing() {
  const { signedIn } = useLoaderData<typeof loader>();
  const { t } = useTranslation("landing");
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("heroTitle")}</h1>
        <p className="lead">{t("heroLead")}</p>
        <p className="hero__actions">
          {signedIn ? (
            <Link className="button" to={href("/home")}>
              {t("goToOrganizations")}
            </Link>
          ) : (
            <>
              <Link className="button" to={href("/signup")}>
                {t("startCoalition")}
              </Link>
              <Link className="button button--secondary" to={href("/login")}>
                {t("logIn")}
              </Link>
            </>
          )}
        </p>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">{t("howTitle")}</h2>
        <ol className="steps">
          <li>
            <h3>{t("stepNameTitle")}</h3>
            <p>{t("stepNameText")}</p>
          </li>
          <li>
            <h3>{t("stepPlaybookTitle")}</h3>
            <p>{t("stepPlaybookText")}</p>
          </li>
          <li>
            <h3>{t("stepCampaignTitle")}</h3>
            <p>{t("stepCampaignText")}</p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="types-title">
        <h2 id="types-title">{t("typesTitle")}</h2>
        <dl className="type-list">
          {systemTypes.map(([name, summary]) => (
            <div key={name}>
              <dt>{t(name)}</dt>
              <dd>{t(summary)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          {/* The article's title stays in English in both languages; lang tells a screen reader so. */}
          <Trans t={t} i18nKey="typesSource" components={{ title: <cite lang="en" /> }} />
        </p>
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{t("whoTitle")}</h2>
        <ul>
          <li>{t("whoCoalitions")}</li>
          <li>{t("whoAgencies")}</li>
        </ul>
      </section>
    </>
  );
}
