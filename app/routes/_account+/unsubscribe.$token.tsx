import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { optionalEmailKindKeys } from "~/lib/email-kinds";
import { localeFor } from "~/lib/format-dates";
import { readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { optedOutKinds, optIn, optOut } from "~/models/email-preference.server";
import { findUserById } from "~/models/user.server";
import { readUnsubscribeToken } from "~/services/email/unsubscribe.server";
import { requestTranslator } from "~/services/i18n.server";

export const handle = { i18n: ["account"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

// No login: the signed link itself says who and which kind of email, and it can do nothing else.
async function subscription(request: Request, token: string | undefined) {
  const read = token ? readUnsubscribeToken(token) : null;
  const user = read ? findUserById(read.userId) : undefined;
  const translator = await requestTranslator(request, "account");
  if (!read || !user) notFound(translator.t("unsubscribe.notValid"));
  return { userId: user.id, kind: read.kind, email: user.email, ...translator };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { userId, kind, email, t, language } = await subscription(request, params.token);
  // The kind's words are the email settings page's and the email footer's, in the "emails" catalog.
  const kinds = await requestTranslator(request, "emails");
  const name = kinds.t(optionalEmailKindKeys[kind].name);
  return {
    title: t("unsubscribe.metaTitle"),
    kindName: name,
    // Inside a sentence: "gets meeting reminders".
    kindInSentence: name.toLocaleLowerCase(localeFor(language)),
    stop: kinds.t(optionalEmailKindKeys[kind].stop),
    email,
    receiving: !optedOutKinds(userId).has(kind),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { userId, kind, t } = await subscription(request, params.token);
  const form = await readForm(request);
  // Mail apps' one-click button posts "List-Unsubscribe=One-Click" (RFC 8058); this page's buttons post an intent.
  const intent = form.get("List-Unsubscribe") === "One-Click" ? "unsubscribe" : form.get("intent");
  if (intent === "unsubscribe") optOut(userId, kind);
  else if (intent === "resubscribe") optIn(userId, kind);
  else return data({ receiving: null, message: t("unsubscribe.incomplete") }, { status: 400 });
  return { receiving: intent === "resubscribe", message: null };
}

export default function Unsubscribe() {
  const { kindName, kindInSentence: kind, stop, email, receiving: initiallyReceiving } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const busy = useNavigation().state === "submitting";
  const receiving = result?.receiving ?? initiallyReceiving;
  return (
    <section className="narrow" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">{kindName}</h1>
      {result?.message ? (
        <p className="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : null}
      {result && result.message === null ? (
        <p className="notice notice--success" role="status">
          {receiving ? t("unsubscribe.doneReceiving", { email, kind }) : t("unsubscribe.doneStopped", { email, kind })}
        </p>
      ) : (
        <p>
          {receiving ? t("unsubscribe.receiving", { email, kind }) : t("unsubscribe.notReceiving", { email, kind })}
        </p>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value={receiving ? "unsubscribe" : "resubscribe"} />
        <button type="submit" className={receiving ? "button" : "button button--secondary"} disabled={busy}>
          {receiving ? stop : t("unsubscribe.resubscribe", { kind })}
        </button>
      </Form>
      <p>
        <Trans t={t} i18nKey="unsubscribe.settings" components={{ settings: <Link to={href("/account/emails")} /> }} />
      </p>
    </section>
  );
}
