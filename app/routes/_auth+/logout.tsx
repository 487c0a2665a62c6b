import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

import { endSession } from "~/lib/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  const cookie = await endSession(request);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}

export function loader() {
  return redirect("/");
}
