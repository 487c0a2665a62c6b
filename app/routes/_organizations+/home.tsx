import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { organizationKindLabels, roleLabels } from "~/lib/labels";
import { href } from "~/lib/paths";
import { stateName } from "~/lib/us-states";
import { listOrganizationsOf } from "~/models/organization.server";
import { isOperator } from "~/services/permissions.server";
import { requireUser } from "~/services/session.server";

export const meta: MetaFunction = () => [{ title: "Your organizations · Fulcrum" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const organizations = listOrganizationsOf(user.id).map((org) => ({
    name: org.name,
    slug: org.slug,
    kind: org.kind,
    state: org.state,
    role: org.role,
  }));
  const passwordChanged = new URL(request.url).searchParams.get("password") === "changed";
  return {
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    twoFactorOn: user.twoFactorOn,
    operator: isOperator(user),
    passwordChanged,
    organizations,
  };
}

export default function Home() {
  const { name, email, emailVerified, twoFactorOn, operator, passwordChanged, organizations } =
    useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Welcome, {name}</h1>
      {operator ? (
        <p className="notice">
          You run this Fulcrum server: <Link to={href("/operator")}>the operator pages</Link> list state agencies
          waiting for verification and what coalitions reported.
        </p>
      ) : null}
      {passwordChanged ? (
        <p className="notice notice--success" role="status">
          Your new password is saved, and every other device you were logged in on has been logged out.
        </p>
      ) : null}
      {emailVerified ? null : (
        <p className="notice">
          Please confirm your email: open the link we sent to {email}. Until then, reminders cannot reach you.{" "}
          <Link to={href("/account/emails")}>Send it again</Link>
        </p>
      )}
      {twoFactorOn ? null : (
        <p className="notice">
          Protect your account with a second step: logging in will also ask for a code from an app on your phone.{" "}
          <Link to={href("/account/two-factor")}>Set up two-step sign-in</Link>
        </p>
      )}
      {organizations.length === 0 ? (
        <div className="empty">
          <p>You are not part of any organization yet.</p>
          <p>Start one for your coalition or agency, or open the invitation link an organizer sent you.</p>
          <Link className="button" to={href("/orgs/new")}>
            Create an organization
          </Link>
        </div>
      ) : (
        <>
          <h2>Your organizations</h2>
          <ul className="card-list">
            {organizations.map((org) => (
              <li key={org.slug} className="card">
                <h3>
                  <Link to={href("/o/:slug", { slug: org.slug })}>{org.name}</Link>
                </h3>
                <p className="muted">
                  {organizationKindLabels[org.kind]} · {stateName(org.state)} · you are{" "}
                  {roleLabels[org.role].toLowerCase()}
                </p>
              </li>
            ))}
          </ul>
          <p className="actions">
            <Link to={href("/orgs/new")}>Create another organization</Link>
            <Link to={href("/account/calendar")}>Your calendar feed</Link>
            <Link to={href("/account/emails")}>Your email settings</Link>
            <Link to={href("/account/two-factor")}>Two-step sign-in</Link>
          </p>
        </>
      )}
    </section>
  );
}
