import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";

type Props = {
  user: { name: string; email: string } | null;
  organizations: Array<{ name: string; slug: string; kind: string }>;
};

export function SiteHeader({ user, organizations }: Props) {
  // Re-mounting the menu on navigation closes it once a choice is made.
  const { pathname } = useLocation();
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={user ? href("/home") : href("/")} className="brand">
          <span aria-hidden="true" className="brand__mark">
            ▲
          </span>{" "}
          Fulcrum
        </Link>
        <nav aria-label={t("header.mainNavigation")}>
          {user ? (
            <ul className="nav-list">
              <li>
                <NavLink to={href("/home")} end>
                  {t("header.home")}
                </NavLink>
              </li>
              {organizations.length > 0 ? (
                <li>
                  <details className="switcher" key={pathname}>
                    <summary>{t("header.organizations")}</summary>
                    <ul>
                      {organizations.map((org) => (
                        <li key={org.slug}>
                          <Link to={href("/o/:slug", { slug: org.slug })}>{org.name}</Link>
                        </li>
                      ))}
                      <li>
                        <Link to={href("/orgs/new")}>{t("header.newOrganization")}</Link>
                      </li>
                    </ul>
                  </details>
                </li>
              ) : null}
              <li>
                <Form method="post" action={href("/logout")}>
                  <button type="submit" className="link-button">
                    {t("header.logOut")} <span className="visually-hidden">{user.name}</span>
                  </button>
                </Form>
              </li>
            </ul>
          ) : (
            <ul className="nav-list">
              <li>
                <NavLink to={href("/login")}>{t("header.logIn")}</NavLink>
              </li>
              <li>
                <NavLink to={href("/signup")}>{t("header.signUp")}</NavLink>
              </li>
            </ul>
          )}
        </nav>
      </div>
    </header>
  );
}
