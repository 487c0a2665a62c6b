import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

import { href } from "~/lib/paths";
import { safeRedirect } from "~/lib/schemas.server";
import { setUserLanguage } from "~/models/user.server";
import { languageCookie } from "~/services/i18n.server";
import { getUser } from "~/services/session.server";

import { languageChoice } from "./__language-choice.server";

// The switcher is a plain form: a bare GET of its address just goes home.
export function loader() {
  return redirect(href("/"));
}

/** The switcher on every page: remembered in a cookie, and in the account of someone signed in. */
export async function action({ request }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const choice = languageChoice.safeParse(form);
  const back = safeRedirect(typeof form.returnTo === "string" ? form.returnTo : null, href("/"));
  if (!choice.success) return redirect(back, 303);
  const user = await getUser(request);
  if (user) setUserLanguage(user.id, choice.data.language);
  return redirect(back, {
    status: 303,
    headers: { "Set-Cookie": await languageCookie.serialize(choice.data.language) },
  });
}
