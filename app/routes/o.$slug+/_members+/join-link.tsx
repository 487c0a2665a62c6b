import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { publicOrigin } from "~/lib/email/public-origin.server";
import { formatMoment, localeFor } from "~/lib/format-dates";
import { formValues, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { qrCodeSvg } from "~/lib/two-factor-qr.server";
import { liveJoinLink, renewJoinLink, turnOffJoinLink } from "~/models/join-link.server";
import { requestTranslator } from "~/services/i18n.server";
import { requireMembership } from "~/services/permissions.server";

import { joinLinkIntentSchema } from "./__join-link-form.server";

export const handle = { i18n: ["members"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "members.joinLink");
  const { t, language } = await requestTranslator(request, "members");
  const live = liveJoinLink(organization.id);
  const url = new URL(request.url);
  return {
    title: t("joinLink.metaTitle"),
    live: live ? { since: formatMoment(live.createdAt, "short", organization.timeZone, localeFor(language)) } : null,
    turnedOff: url.searchParams.get("off") === "1",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "members.joinLink");
  const { t } = await requestTranslator(request, "members");
  const parsed = joinLinkIntentSchema.safeParse(formValues(await readForm(request)));
  if (!parsed.success) return data({ message: t("errors.incomplete") }, 400);
  if (parsed.data.intent === "off") {
    turnOffJoinLink(organization.id);
    return redirect(href("/o/:slug/join-link", { slug: organization.slug }, { off: 1 }));
  }
  const link = `${publicOrigin()}${href("/join/:token", { token: renewJoinLink(organization.id, user.id) })}`;
  return { link, qrSvg: await qrCodeSvg(link, t("joinLink.qrLabel", { name: organization.name })) };
}

export default function JoinLinkPage() {
  const { organization } = useOrganization();
  const { live, turnedOff } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = actionData && "link" in actionData ? actionData : null;
  const message = actionData && "message" in actionData ? actionData.message : null;
  const { t } = useTranslation("members");
  return (
    <section className="narrow" aria-labelledby="join-link-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/members", { slug: organization.slug })}>{t("list.title")}</Link>
      </p>
      <h1 id="join-link-title">{t("joinLink.title")}</h1>
      <p>{t("joinLink.intro", { name: organization.name })}</p>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      {turnedOff && !shown ? (
        <p className="notice notice--success" role="status">
          {t("joinLink.off")}
        </p>
      ) : null}
      {shown ? (
        <div className="join-link stack">
          <p className="notice notice--success" role="status">
            {t("joinLink.new")}
          </p>
          <div className="join-link__qr" dangerouslySetInnerHTML={{ __html: shown.qrSvg }} />
          <p className="join-link__url">{shown.link}</p>
          <p className="muted">{t("joinLink.shownOnce")}</p>
        </div>
      ) : live ? (
        <p>{t("joinLink.live", { since: live.since })}</p>
      ) : (
        <p>{t("joinLink.none")}</p>
      )}
      <div className="actions">
        <Form method="post">
          <input type="hidden" name="intent" value="renew" />
          <button type="submit" className="button">
            {live || shown ? t("joinLink.renew") : t("joinLink.turnOn")}
          </button>
        </Form>
        {live || shown ? (
          <Form method="post">
            <input type="hidden" name="intent" value="off" />
            <button type="submit" className="button button--danger-outline">
              {t("joinLink.turnOff")}
            </button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
