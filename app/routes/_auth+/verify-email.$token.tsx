import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { href } from "~/lib/paths";
import { tokenParam } from "~/lib/schemas.server";
import { checkAccountToken } from "~/models/account-token.server";
import { confirmEmail } from "~/models/user.server";
import { requestTranslator } from "~/services/i18n.server";

import { closedLinkStatus, closedVerifyLink } from "./__account-links";

export const handle = { i18n: ["auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.title }] : []);

function checkLink(token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  return parsed.success ? checkAccountToken(parsed.data, "verify-email") : ({ state: "not-found" } as const);
}

// Opening the link only shows a button: mail scanners that open every link must not use the token up.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const link = checkLink(params.token);
  const { t } = await requestTranslator(request, "auth");
  const title = t("verify.metaTitle");
  if (link.state !== "valid")
    return data({ closed: closedVerifyLink[link.state], email: null, title }, { status: closedLinkStatus[link.state] });
  return { closed: null, email: link.email, title };
}

export async function action({ params }: ActionFunctionArgs) {
  const link = checkLink(params.token);
  if (link.state !== "valid")
    return data({ confirmed: false, message: closedVerifyLink[link.state] }, { status: closedLinkStatus[link.state] });
  if (!confirmEmail(link)) return data({ confirmed: false, message: closedVerifyLink.used }, { status: 410 });
  // Away from this page: its link is used up now, and reloading it should not look like a failure.
  return redirect(href("/verify-email/confirmed"));
}

export default function VerifyEmail() {
  const { t } = useTranslation("auth");
  const { closed, email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const closedKey = result?.message ?? closed;
  const message = closedKey ? t(closedKey) : null;
  return (
    <section className="narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t("verify.title")}</h1>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : (
        <Form method="post" className="stack">
          <p>{t("verify.lead", { email })}</p>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("verify.busy") : t("verify.submit")}
          </button>
        </Form>
      )}
      <p>
        <Link to={href("/home")}>{t("verify.home")}</Link>
      </p>
    </section>
  );
}
