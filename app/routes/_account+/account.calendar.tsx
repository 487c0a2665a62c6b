import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { hasCalendarFeed, renewCalendarFeed, revokeCalendarFeed } from "~/models/calendar-feed.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireUser } from "~/services/session.server";

export const handle = { i18n: ["account"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await requestTranslator(request, "account");
  return { title: t("calendar.metaTitle"), active: hasCalendarFeed(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const intent = (await readForm(request)).get("intent");
  if (intent === "renew") {
    const token = renewCalendarFeed(user.id);
    return { url: new URL(href("/calendar/:file", { file: `${token}.ics` }), request.url).toString() };
  }
  if (intent === "revoke") {
    revokeCalendarFeed(user.id);
    return { revoked: true };
  }
  const { t } = await requestTranslator(request, "account");
  return data({ message: t("calendar.incomplete") }, { status: 400 });
}

export default function CalendarFeed() {
  const { active } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const url = result && "url" in result ? result.url : null;
  const { t } = useTranslation("account");
  return (
    <section className="narrow" aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t("calendar.title")}</h1>
      <p>{t("calendar.lead")}</p>
      {url ? (
        <div className="notice notice--success" role="status">
          <label htmlFor="feed-url">{t("calendar.linkLabel")}</label>
          <input id="feed-url" className="copy-field" readOnly value={url} />
          <p>{t("calendar.linkWarning")}</p>
        </div>
      ) : null}
      {result && "revoked" in result ? (
        <p className="notice" role="status">
          {t("calendar.revoked")}
        </p>
      ) : null}
      {result && "message" in result ? (
        <p className="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : null}
      <Form method="post" className="actions">
        <button type="submit" name="intent" value="renew" className="button">
          {active || url ? t("calendar.renew") : t("calendar.create")}
        </button>
        {active || url ? (
          <button type="submit" name="intent" value="revoke" className="button button--danger-outline">
            {t("calendar.revoke")}
          </button>
        ) : null}
      </Form>
    </section>
  );
}
