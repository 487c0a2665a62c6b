import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

import { href } from "~/lib/paths";

export const meta: MetaFunction = () => [{ title: "Email confirmed · Fulcrum" }];

export default function EmailConfirmed() {
  return (
    <section className="narrow" aria-labelledby="confirmed-title">
      <h1 id="confirmed-title">Email confirmed</h1>
      <p className="notice notice--success" role="status">
        Thank you: your address is confirmed, so reminders can reach you there.
      </p>
      <p>
        <Link to={href("/home")}>Go to your home page</Link>
      </p>
    </section>
  );
}
