import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { href } from "~/lib/paths";
import { getUser } from "~/services/session.server";

export const meta: MetaFunction = () => [
  { title: "Fulcrum · Organize where your pressure on the school district works" },
  {
    name: "description",
    content:
      "Fulcrum helps community coalitions work out how their school district runs instruction, where their influence counts, and run campaigns that follow through.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return { signedIn: Boolean(user) };
}

const systemTypes = [
  ["Managerial", "The central office designs instruction and expects every school to carry it out the same way."],
  ["Market-driven", "Schools design their own programs and compete for families; the central office stays lean."],
  ["Federated", "The district sets a shared frame; each school's own leadership designs within it."],
  ["Networked", "A district-wide approach that schools use, adapt and feed back into."],
  ["The American default", "Sorting students and adding resources, with no shared picture of good teaching."],
] as const;

export default function Landing() {
  const { signedIn } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Put your coalition's pressure where it moves the district</h1>
        <p className="lead">
          Families and community groups often push hard on school districts and see little change, because the decisions
          they care about are made somewhere else. Fulcrum helps your coalition find out how your district actually runs
          instruction, which people hold the work you want to change, and then run campaigns that keep track of every
          meeting, ask and commitment.
        </p>
        <p className="hero__actions">
          {signedIn ? (
            <Link className="button" to={href("/home")}>
              Go to your organizations
            </Link>
          ) : (
            <>
              <Link className="button" to={href("/signup")}>
                Start a coalition
              </Link>
              <Link className="button button--secondary" to={href("/login")}>
                Log in
              </Link>
            </>
          )}
        </p>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol className="steps">
          <li>
            <h3>Name your district's system</h3>
            <p>
              Research on US districts finds a handful of ways they organize instruction. Answer a short set of
              questions about who does what in your district, or declare the type you already know, subject by subject
              if it differs.
            </p>
          </li>
          <li>
            <h3>Get a playbook</h3>
            <p>
              Each type places the work of teaching either in the central office or in schools. Fulcrum turns that into
              a map of where your pressure works best (main levers), works some (second levers) and barely works, with
              the people to approach and what to ask them.
            </p>
          </li>
          <li>
            <h3>Run the campaign</h3>
            <p>
              Track targets, meetings, asks and what each person committed to. Share tasks among members and get
              reminders so nothing slips between meetings.
            </p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="types-title">
        <h2 id="types-title">Five ways a district can run instruction</h2>
        <dl className="type-list">
          {systemTypes.map(([name, summary]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{summary}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          Adapted from D. J. Peurach and M. M. Yurkofsky's policy brief for the National Education Policy Center (2018),
          drawing on Peurach, Cohen, Yurkofsky and Spillane, "From Mass Schooling to Education Systems", Review of
          Research in Education (2019).
        </p>
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">Who it is for</h2>
        <ul>
          <li>Coalition organizers and members, most of them volunteers with little time and a phone in hand.</li>
          <li>State education agency staff who publish guidance to the coalitions in their state.</li>
        </ul>
      </section>
    </>
  );
}
