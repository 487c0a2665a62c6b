import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { formatCount } from "~/lib/format-numbers";
import { useLocale } from "~/lib/use-language";

/** Previous / next links for a paged list, keeping its filters in the query string. */
export function Pager({
  label,
  page,
  pages,
  query,
  labels,
}: {
  label: string;
  page: number;
  pages: number;
  query: Record<string, string>;
  labels?: [string, string];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (pages <= 1) return null;
  const [previous, next] = labels ?? [t("forms.pager.previous"), t("forms.pager.next")];
  const to = (n: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(n) })}`;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? <Link to={to(page - 1)}>{previous}</Link> : null}
      <span>{t("forms.pager.page", { page: formatCount(page, locale), pages: formatCount(pages, locale) })}</span>
      {page < pages ? <Link to={to(page + 1)}>{next}</Link> : null}
    </nav>
  );
}
