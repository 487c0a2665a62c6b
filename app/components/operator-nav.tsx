import { NavLink } from "@remix-run/react";

import { href } from "~/lib/paths";

/** The operator pages, one menu on each of them. */
export function OperatorNav() {
  return (
    <nav aria-label="Operator pages" className="subnav operator-nav">
      <ul>
        <li>
          <NavLink to={href("/operator")} end>
            State agencies
          </NavLink>
        </li>
        <li>
          <NavLink to={href("/operator/reports")}>Reports</NavLink>
        </li>
      </ul>
    </nav>
  );
}
