import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";

/** The operator pages, one menu on each of them (each declares the "operator" namespace). */
export function OperatorNav() {
  const { t } = useTranslation("operator");
  return (
    <nav aria-label={t("nav.label")} className="subnav operator-nav">
      <ul>
        <li>
          <NavLink to={href("/operator")} end>
            {t("nav.agencies")}
          </NavLink>
        </li>
        <li>
          <NavLink to={href("/operator/reports")}>{t("nav.reports")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
