import { Form, Link, NavLink, useLocation } from "@remix-run/react";

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
        <Link to={user ? "/home" : "/"} className="brand">
          <span aria-hidden="true" className="brand__mark">
            ▲
          </span>{" "}
          Fulcrum
        </Link>
        <nav aria-label="Main">
          {user ? (
            <ul className="nav-list">
              <li>
                <NavLink to="/home" end>
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
                          <Link to={`/o/${org.slug}`}>{org.name}</Link>
                        </li>
                      ))}
                      <li>
                        <Link to="/orgs/new">New organization…</Link>
                      </li>
                    </ul>
                  </details>
                </li>
              ) : null}
              <li>
                <Form method="post" action="/logout">
                  <button type="submit" className="link-button">
                    Log out <span className="visually-hidden">{user.name}</span>
                  </button>
                </Form>
              </li>
            </ul>
          ) : (
            <ul className="nav-list">
              <li>
                <NavLink to="/login">Log in</NavLink>
              </li>
              <li>
                <NavLink to="/signup">Sign up</NavLink>
              </li>
            </ul>
          )}
        </nav>
      </div>
    </header>
  );
}
