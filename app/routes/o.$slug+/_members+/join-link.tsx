import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { publicOrigin } from "~/lib/email/public-origin.server";
import { formatMoment } from "~/lib/format-dates";
import { formValues, readForm } from "~/lib/forms.server";
import { useOrganization } from "~/lib/organization-context";
import { href } from "~/lib/paths";
import { qrCodeSvg } from "~/lib/two-factor-qr.server";
import { liveJoinLink, renewJoinLink, turnOffJoinLink } from "~/models/join-link.server";
import { requireMembership } from "~/services/permissions.server";

import { joinLinkIntentSchema } from "./__join-link-form.server";

export const meta: MetaFunction = () => [{ title: "Join link · Fulcrum" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.slug, "members.joinLink");
  const live = liveJoinLink(organization.id);
  const url = new URL(request.url);
  return {
    live: live ? { since: formatMoment(live.createdAt, "short", organization.timeZone) } : null,
    turnedOff: url.searchParams.get("off") === "1",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization, user } = await requireMembership(request, params.slug, "members.joinLink");
  const parsed = joinLinkIntentSchema.safeParse(formValues(await readForm(request)));
  if (!parsed.success) return data({ message: "That request was incomplete. Reload the page and try again." }, 400);
  if (parsed.data.intent === "off") {
    turnOffJoinLink(organization.id);
    return redirect(href("/o/:slug/join-link", { slug: organization.slug }, { off: 1 }));
  }
  const link = `${publicOrigin()}${href("/join/:token", { token: renewJoinLink(organization.id, user.id) })}`;
  return { link, qrSvg: await qrCodeSvg(link, `QR code that opens the link to join ${organization.name}`) };
}

export default function JoinLinkPage() {
  const { organization } = useOrganization();
  const { live, turnedOff } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = actionData && "link" in actionData ? actionData : null;
  const message = actionData && "message" in actionData ? actionData.message : null;
  return (
    <section className="narrow" aria-labelledby="join-link-title">
      <p className="breadcrumb">
        <Link to={href("/o/:slug/members", { slug: organization.slug })}>Members</Link>
      </p>
      <h1 id="join-link-title">Join link</h1>
      <p>
        At a meeting, show this link or its QR code: whoever opens it signs in (or signs up) and asks to join{" "}
        {organization.name} as a member. An organizer approves or declines each request on the members page, so a link
        that travels further than the room lets nobody in by itself.
      </p>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      {turnedOff && !shown ? (
        <p className="notice notice--success" role="status">
          The join link is off. Anyone who opens it now is told to ask you for a new one.
        </p>
      ) : null}
      {shown ? (
        <div className="join-link stack">
          <p className="notice notice--success" role="status">
            Here is your new join link. Any earlier link no longer works.
          </p>
          <div className="join-link__qr" dangerouslySetInnerHTML={{ __html: shown.qrSvg }} />
          <p className="join-link__url">{shown.link}</p>
          <p className="muted">
            Fulcrum keeps only a fingerprint of the link, so it is shown this once: copy it now, or make a new one later
            (that turns this one off).
          </p>
        </div>
      ) : live ? (
        <p>A join link has been on since {live.since}. To show it again, make a new one: the old one stops working.</p>
      ) : (
        <p>There is no join link at the moment.</p>
      )}
      <div className="actions">
        <Form method="post">
          <input type="hidden" name="intent" value="renew" />
          <button type="submit" className="button">
            {live || shown ? "Make a new join link" : "Turn on a join link"}
          </button>
        </Form>
        {live || shown ? (
          <Form method="post">
            <input type="hidden" name="intent" value="off" />
            <button type="submit" className="button button--danger-outline">
              Turn the join link off
            </button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
