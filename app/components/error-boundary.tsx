import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { isMessageKey } from "~/lib/form-failure";
import { href } from "~/lib/paths";

type Message = { text: string; values?: Record<string, string> };

const isValues = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && Object.values(value).every((entry) => typeof entry === "string");

function messageOf(data: unknown): Message | null {
  if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") {
    const values = "values" in data && isValues(data.values) ? data.values : undefined;
    return { text: data.message, ...(values ? { values } : {}) };
  }
  return typeof data === "string" && data.length < 300 ? { text: data } : null;
}

const titleKeys: Record<number, string> = {
  400: "errorPage.title400",
  403: "errorPage.title403",
  404: "errorPage.title404",
  405: "errorPage.title405",
  413: "errorPage.title413",
  429: "errorPage.title429",
};

/** The one error page: friendly words for expected statuses, a generic apology (and no internals) for the rest. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const { t } = useTranslation();
  const title = t(titleKeys[status] ?? "errorPage.titleOther");
  const message = isRouteErrorResponse(error) ? messageOf(error.data) : null;
  const detail = isRouteErrorResponse(error)
    ? // A thrown message may be a catalog key of an always-loaded namespace ("common:access.notFound.task"), with
      // values: people's own words (a coalition's name), shown as they are.
      message && isMessageKey(message.text)
      ? t(message.text, message.values)
      : (message?.text ?? null)
    : // An error can come after part of a request was written (a session started, a row saved), so this page
      // never promises that nothing was saved.
      t("errorPage.unexpected");
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">{t("errorPage.status", { status })}</p>
      <h1 id="error-title">{title}</h1>
      {status === 404 ? (
        <p>
          {detail ?? t("errorPage.notFoundDetail")} {t("errorPage.notFoundMembership")}
        </p>
      ) : detail ? (
        <p>{detail}</p>
      ) : null}
      <p>
        <Trans
          t={t}
          i18nKey="errorPage.whereNext"
          components={{ start: <Link to={href("/")} />, home: <Link to={href("/home")} /> }}
        />
      </p>
    </section>
  );
}
