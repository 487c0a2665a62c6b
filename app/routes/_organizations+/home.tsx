import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { labelKeys } from "~/lib/labels";
import { href } from "~/lib/paths";
import { stateName } from "~/lib/us-states";
import { useLanguage } from "~/lib/use-language";
import { listOrganizationsOf } from "~/models/organization.server";
import { requestTranslator } from "~/services/i18n.server";
import { isOperator } from "~/services/permissions.server";
import { requireUser } from "~/services/session.server";

export const handle = { i18n: ["organizations", "labels"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const organizations = listOrganizationsOf(user.id).map((org) => ({
    name: org.name,
    slug: org.slug,
    kind: org.kind,
    state: org.state,
    role: org.role,
  }));
  const passwordChanged = new URL(request.url).searchParams.get("password") === "changed";
  const { t } = await requestTranslator(request, "organizations");
  return {
    title: t("home.metaTitle"),
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    twoFactorOn: user.twoFactorOn,
    operator: isOperator(user),
    passwordChanged,
    organizations,
  };
}

export default function Home() {
  const { name, email, emailVerified, twoFactorOn, operator, passwordChanged, organizations } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("organizations");
  const language = useLanguage();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t("home.welcome", { name })}</h1>
      {operator ? (
        <p className="notice">
          <Trans t={t} i18nKey="home.operator" components={{ operator: <Link to={href("/operator")} /> }} />
        </p>
      ) : null}
      {passwordChanged ? (
        <p className="notice notice--success" role="status">
          {t("home.passwordChanged")}
        </p>
      ) : null}
      {emailVerified ? null : (
        <p className="notice">
          {t("home.confirmEmail", { email })} <Link to={href("/account/emails")}>{t("home.sendAgain")}</Link>
        </p>
      )}
      {twoFactorOn ? null : (
        <p className="notice">
          {t("home.protect")} <Link to={href("/account/two-factor")}>{t("home.setUpTwoFactor")}</Link>
        </p>
      )}
      {organizations.length === 0 ? (
        <div className="empty">
          <p>{t("home.none")}</p>
          <p>{t("home.startOne")}</p>
          <Link className="button" to={href("/orgs/new")}>
            {t("home.create")}
          </Link>
        </div>
      ) : (
        <>
          <h2>{t("home.yours")}</h2>
          <ul className="card-list">
            {organizations.map((org) => (
              <li key={org.slug} className="card">
                <h3>
                  <Link to={href("/o/:slug", { slug: org.slug })}>{org.name}</Link>
                </h3>
                <p className="muted">
                  {t("home.card", {
                    kind: t(labelKeys.organizationKind[org.kind]),
                    state: stateName(org.state, language),
                    role: t(labelKeys.role[org.role]).toLowerCase(),
                  })}
                </p>
              </li>
            ))}
          </ul>
          <p className="actions">
            <Link to={href("/orgs/new")}>{t("home.createAnother")}</Link>
            <Link to={href("/account/calendar")}>{t("home.calendar")}</Link>
            <Link to={href("/account/emails")}>{t("home.emailSettings")}</Link>
            <Link to={href("/account/two-factor")}>{t("home.twoFactor")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
