import { Form, Link, NavLink, useLocation } from "@remix-run/react";

import { href } from "~/lib/paths";

type Props = {
  user: { name: string; email: string } | null;
  organizations: Array<{ name: string; slug: string; kind: string }>;
};

export function SiteHeader({ user, organizations }: Props) {
  // Re-mounting the menu on navigation closes it once a choice is made.
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={user ? href("/home") : href("/")} className="brand">
          <span aria-hidden="true" className="brand__mark">
            ▲
          </span>{" "}
          Fulcrum
        </Link>
        <nav aria-label="Main">
          {user ? (
            <ul className="nav-list">
              <li>
                <NavLink to={href("/home")} end>
                  Home
                </NavLink>
              </li>
              {organizations.length > 0 ? (
                <li>
                  <details className="switcher" key={pathname}>
                    <summary>Organizations</summary>
                    <ul>
                      {organizations.map((org) => (
                        <li key={org.slug}>
                          <Link to={href("/o/:slug", { slug: org.slug })}>{org.name}</Link>
                        </li>
                      ))}
                      <li>
                        <Link to={href("/orgs/new")}>New organization…</Link>
                      </li>
                    </ul>
                  </details>
                </li>
              ) : null}
              <li>
                <Form method="post" action={href("/logout")}>
                  <button type="submit" className="link-button">
                    Log out <span className="visually-hidden">{user.name}</span>
                  </button>
                </Form>
              </li>
            </ul>
          ) : (
            <ul className="nav-list">
              <li>
                <NavLink to={href("/login")}>Log in</NavLink>
              </li>
              <li>
                <NavLink to={href("/signup")}>Sign up</NavLink>
              </li>
            </ul>
          )}
        </nav>
      </div>
    </header>
  );
}
