import { sql } from "drizzle-orm";
import { db, schema } from "~/lib/db.server";
import type { SchoolLevel } from "~/lib/domain";
import { createDistrict, createSchool } from "./district.server";
import { createOrganization } from "./organization.server";
import { createUser } from "./user.server";

// Everything here is fictional: the district, its schools and the people.
export const demoLogins = [
  { name: "Dana Ortiz", email: "organizer@example.org", password: "fulcrum-demo-organizer", role: "owner" },
  { name: "Sam Lee", email: "member@example.org", password: "fulcrum-demo-member", role: "member" },
] as const;

const demoSchools: Array<{ name: string; level: SchoolLevel }> = [
  { name: "Alder Street Elementary", level: "elementary" },
  { name: "Birchwood Elementary", level: "elementary" },
  { name: "Creekside Elementary", level: "elementary" },
  { name: "Harbor View Middle School", level: "middle" },
  { name: "Maple Hollow High School", level: "high" },
];

function isEmpty(): boolean {
  const users = db.select({ count: sql<number>`count(*)` }).from(schema.users).get()?.count ?? 0;
  const organizations = db.select({ count: sql<number>`count(*)` }).from(schema.organizations).get()?.count ?? 0;
  return users === 0 && organizations === 0;
}

/** Seeds the demo coalition into an empty database; never touches a database that holds anything. */
export async function seedDemoIfEmpty(): Promise<{ logins: typeof demoLogins } | null> {
  if (!isEmpty()) return null;
  const [owner, member] = await Promise.all(demoLogins.map((login) => createUser(login)));
  const coalition = createOrganization(
    {
      kind: "coalition",
      name: "Maple Hollow Families for Learning",
      slug: "maple-hollow-families",
      state: "OH",
      timeZone: "America/New_York",
    },
    owner!.id,
  );
  db.insert(schema.memberships).values({ organizationId: coalition.id, userId: member!.id, role: "member" }).run();
  const district = createDistrict(coalition.id, { name: "Maple Hollow City School District", state: "OH", ncesId: null });
  for (const school of demoSchools) createSchool(district.id, { ...school, ncesId: null });
  return { logins: demoLogins };
}
