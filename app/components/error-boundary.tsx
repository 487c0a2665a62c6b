import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

import { href } from "~/lib/paths";

function messageOf(data: unknown): string | null {
  if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") {
    return data.message;
  }
  return typeof data === "string" && data.length < 300 ? data : null;
}

const titles: Record<number, string> = {
  400: "That request did not make sense",
  403: "You do not have access to this",
  404: "Page not found",
  405: "That is not something this page does",
  413: "That was too much to send at once",
  429: "Too many attempts",
};

/** The one error page: friendly words for expected statuses, a generic apology (and no internals) for the rest. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = titles[status] ?? "Something went wrong";
  const detail = isRouteErrorResponse(error)
    ? messageOf(error.data)
    : // An error can come after part of a request was written (a session started, a row saved), so this page
      // never promises that nothing was saved.
      "Fulcrum hit an unexpected problem and could not finish this. If you were saving something, look for it " +
      "before you send it again: part of it may have been saved. If this keeps happening, tell your coalition's owner.";
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">Error {status}</p>
      <h1 id="error-title">{title}</h1>
      {status === 404 ? (
        <p>
          {detail ?? "The page may have moved, or the link may be incomplete."} It may also belong to an organization
          you are not part of.
        </p>
      ) : detail ? (
        <p>{detail}</p>
      ) : null}
      <p>
        <Link to={href("/")}>Go to the start page</Link> or <Link to={href("/home")}>your organizations</Link>.
      </p>
    </section>
  );
}
