import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { readForm } from "~/lib/forms.server";
import { href } from "~/lib/paths";
import { hasCalendarFeed, renewCalendarFeed, revokeCalendarFeed } from "~/models/calendar-feed.server";
import { requireUser } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Calendar feed · Fulcrum" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { active: hasCalendarFeed(user.id) };
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
  return data({ message: "That request was incomplete. Reload the page and try again." }, { status: 400 });
}

export default function CalendarFeed() {
  const { active } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const url = result && "url" in result ? result.url : null;
  return (
    <section className="narrow" aria-labelledby="calendar-title">
      <h1 id="calendar-title">Your calendar feed</h1>
      <p>
        Subscribe to one private link in Google Calendar, Apple Calendar or Outlook to see the meetings you attend and
        the due dates of your open tasks, across all your coalitions. Calendar apps refresh it on their own schedule
        (often a few times a day).
      </p>
      {url ? (
        <div className="notice notice--success" role="status">
          <label htmlFor="feed-url">Your feed link (shown once: copy it now)</label>
          <input id="feed-url" className="copy-field" readOnly value={url} />
          <p>
            Anyone with this link can see those meetings and tasks. If it leaks, make a new one: the old one stops
            working.
          </p>
        </div>
      ) : null}
      {result && "revoked" in result ? (
        <p className="notice" role="status">
          The feed link was turned off. Calendars subscribed to it will stop updating.
        </p>
      ) : null}
      {result && "message" in result ? (
        <p className="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : null}
      <Form method="post" className="actions">
        <button type="submit" name="intent" value="renew" className="button">
          {active || url ? "Make a new link (turns off the old one)" : "Create my feed link"}
        </button>
        {active || url ? (
          <button type="submit" name="intent" value="revoke" className="button button--danger-outline">
            Turn the feed off
          </button>
        ) : null}
      </Form>
    </section>
  );
}
