import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";

import { optionalEmailKindLabels } from "~/lib/email-kinds";
import { readForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { href } from "~/lib/paths";
import { optedOutKinds, optIn, optOut } from "~/models/email-preference.server";
import { findUserById } from "~/models/user.server";
import { readUnsubscribeToken } from "~/services/email/unsubscribe.server";

export const meta: MetaFunction = () => [{ title: "Email preferences · Fulcrum" }];

// No login: the signed link itself says who and which kind of email, and it can do nothing else.
function subscription(token: string | undefined) {
  const read = token ? readUnsubscribeToken(token) : null;
  const user = read ? findUserById(read.userId) : undefined;
  if (!read || !user)
    notFound(
      "This unsubscribe link is not valid. Check that you opened the whole link from the email, or log in to choose which emails you get.",
    );
  return { userId: user.id, kind: read.kind, email: user.email };
}

export async function loader({ params }: LoaderFunctionArgs) {
  const { userId, kind, email } = subscription(params.token);
  return { kindName: optionalEmailKindLabels[kind].name, email, receiving: !optedOutKinds(userId).has(kind) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { userId, kind } = subscription(params.token);
  const form = await readForm(request);
  // Mail apps' one-click button posts "List-Unsubscribe=One-Click" (RFC 8058); this page's buttons post an intent.
  const intent = form.get("List-Unsubscribe") === "One-Click" ? "unsubscribe" : form.get("intent");
  if (intent === "unsubscribe") optOut(userId, kind);
  else if (intent === "resubscribe") optIn(userId, kind);
  else
    return data(
      { receiving: null, message: "That request was incomplete. Use one of the buttons on this page." },
      { status: 400 },
    );
  return { receiving: intent === "resubscribe", message: null };
}

export default function Unsubscribe() {
  const { kindName, email, receiving: initiallyReceiving } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const receiving = result?.receiving ?? initiallyReceiving;
  const lowerName = kindName.toLowerCase();
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
          {receiving
            ? `Done: ${email} gets ${lowerName} again.`
            : `Done: ${email} gets no more ${lowerName}. Other emails from Fulcrum are not affected.`}
        </p>
      ) : (
        <p>
          {receiving ? `${email} gets ${lowerName} from Fulcrum.` : `${email} does not get ${lowerName} from Fulcrum.`}
        </p>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value={receiving ? "unsubscribe" : "resubscribe"} />
        <button type="submit" className={receiving ? "button" : "button button--secondary"} disabled={busy}>
          {receiving ? `Stop ${lowerName}` : `Get ${lowerName} again`}
        </button>
      </Form>
      <p>
        To choose among all kinds of email, <Link to={href("/account/emails")}>log in to your email settings</Link>.
      </p>
    </section>
  );
}
