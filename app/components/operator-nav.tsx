import { NavLink } from "@remix-run/react";

/** The operator pages, one menu on each of them. */
export function OperatorNav() {
  return (
    <nav aria-label="Operator pages" className="subnav operator-nav">
      <ul>
        <li>
          <NavLink to="/operator" end>
            State agencies
          </NavLink>
        </li>
        <li>
          <NavLink to="/operator/reports">Reports</NavLink>
        </li>
      </ul>
    </nav>
  );
}
