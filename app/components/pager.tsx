import { Link } from "@remix-run/react";

/** Previous / next links for a paged list, keeping its filters in the query string. */
export function Pager({
  label,
  page,
  pages,
  query,
  labels = ["Previous", "Next"],
}: {
  label: string;
  page: number;
  pages: number;
  query: Record<string, string>;
  labels?: [string, string];
}) {
  if (pages <= 1) return null;
  const to = (n: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(n) })}`;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? <Link to={to(page - 1)}>{labels[0]}</Link> : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link to={to(page + 1)}>{labels[1]}</Link> : null}
    </nav>
  );
}
