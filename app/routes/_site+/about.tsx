import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { playbookContent } from "~/lib/playbook-content.server";

export const meta: MetaFunction = () => [{ title: "About Fulcrum and its sources · Fulcrum" }];

// Reads only the playbook prose held in memory: no database query, which also makes this page the
// benchmark's reference for "a page rendered through the root layout".
export function loader() {
  return { citations: playbookContent().citations.map(({ citation }) => citation) };
}

export default function About() {
  const { citations } = useLoaderData<typeof loader>();
  return (
    <section className="narrow" aria-labelledby="about-title">
      <h1 id="about-title">About Fulcrum</h1>
      <p>
        Fulcrum is for families and community groups who want a say in how their public school district runs teaching
        and learning. Research on US districts finds that they organize instruction in a few distinct ways, and each way
        places the decisions about curriculum, coaching, data and school leadership in different hands. Knowing which
        way your district works tells you whom to press, and on what.
      </p>
      <p>
        The typology, the five domains of work and the leverage points in every playbook follow the sources below.
        Fulcrum puts them in its own words; any mistakes are Fulcrum's, not the authors'.
      </p>
      <h2>Sources</h2>
      <ul>
        {citations.map((citation) => (
          <li key={citation}>{citation}</li>
        ))}
      </ul>
      <p>
        <Link to="/">Back to the start page</Link>
      </p>
    </section>
  );
}
