import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Trans } from "~/components/trans";
import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { tokenParam } from "~/lib/schemas.server";
import { waitText } from "~/lib/wait-text";
import { findJoinLink, requestToJoin, type JoinLinkState } from "~/models/join-link.server";
import { isMemberOf } from "~/models/membership.server";
import { requestTranslator } from "~/services/i18n.server";
import { getUser, requireUser } from "~/services/session.server";

export const handle = { i18n: ["organizations"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

const closedKeys = {
  "turned-off": "join.closed.turnedOff",
  replaced: "join.closed.replaced",
} as const satisfies Record<Exclude<JoinLinkState, "live">, string>;

async function loadLink(request: Request, token: string | undefined) {
  const translator = await requestTranslator(request, "organizations");
  const parsed = tokenParam.safeParse(token);
  const link = parsed.success ? findJoinLink(parsed.data) : undefined;
  if (!parsed.success || !link) notFound(translator.t("join.notValid"));
  return { token: parsed.data, link, ...translator };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { link, t } = await loadLink(request, params.token);
  const user = await getUser(request);
  const closed =
    link.state === "live" ? (link.organization.suspended ? t("join.suspended") : null) : t(closedKeys[link.state]);
  const back = new URL(request.url).pathname;
  const view = {
    title: t("join.metaTitle"),
    organizationName: link.organization.name,
    closed,
    user: user ? { name: user.name, email: user.email } : null,
    memberHref:
      user && isMemberOf(link.organization.id, user.id) ? href("/o/:slug", { slug: link.organization.slug }) : null,
    loginHref: href("/login", {}, { redirectTo: back }),
    signupHref: href("/signup", {}, { redirectTo: back }),
  };
  return data(view, { status: closed ? 410 : 200 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, link, t } = await loadLink(request, params.token);
  const user = await requireUser(request);
  const result = requestToJoin(token, user.id);
  if (!result) notFound(t("join.notValid"));
  if (result.ok) return redirect(href("/join-requests/:requestId", { requestId: result.requestId }));
  switch (result.reason) {
    case "member":
      return redirect(href("/o/:slug", { slug: result.slug }));
    case "closed":
      return data({ message: t(closedKeys[result.state === "live" ? "turned-off" : result.state]) }, 410);
    case "suspended":
      return data({ message: t("join.suspended") }, 410);
    case "too-many":
      return data(
        { message: t("join.tooMany", { wait: waitText(t, result.retryAfter), name: link.organization.name }) },
        { status: 429, headers: { "Retry-After": String(result.retryAfter) } },
      );
  }
}

export default function JoinPage() {
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("organizations");
  const message = actionData && "message" in actionData ? actionData.message : null;
  const name = view.organizationName;
  return (
    <section className="narrow" aria-labelledby="join-title">
      <h1 id="join-title">{t("join.title", { name })}</h1>
      {view.closed ? (
        <p className="notice notice--error" role="alert">
          {view.closed}
        </p>
      ) : view.memberHref ? (
        <p>
          <Trans
            t={t}
            i18nKey="join.alreadyMember"
            values={{ name }}
            components={{ go: <Link to={view.memberHref} /> }}
          />
        </p>
      ) : (
        <>
          {message ? (
            <p className="notice notice--error" role="alert">
              {message}
            </p>
          ) : null}
          <p>
            <Trans t={t} i18nKey="join.lead" values={{ name }} components={{ strong: <strong /> }} />
          </p>
          {view.user ? (
            <Form method="post" className="stack">
              <p>{t("joining.loggedInAs", { name: view.user.name, email: view.user.email })}</p>
              <button type="submit" className="button">
                {t("join.ask", { name })}
              </button>
            </Form>
          ) : (
            <>
              <p>{t("join.signInFirst")}</p>
              <p className="actions">
                <Link className="button" to={view.signupHref}>
                  {t("join.signUp")}
                </Link>
                <Link className="button button--secondary" to={view.loginHref}>
                  {t("join.logIn")}
                </Link>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
