// A state written straight to the test's SQLite file for the state overview tests: one agency, its guidance and
// coalitions described as plain data, with ids and times that depend only on that description, so two worlds
// built from descriptions that differ in one coalition differ in the database only there.
import { db, schema } from "~/lib/db.server";
import type { SystemType } from "~/lib/typology";

import { emptyDatabase } from "./fixtures";

const day = 86_400_000;

export type DeclarationSpec = { type: SystemType; daysBefore: number; context?: string };
export type ReadSpec = { guidance: number; how: "read-first" | "read-latest" | "acknowledge" };
export type CoalitionSpec = {
  shares: boolean;
  /** One of its members is also on the agency's staff: the agency's own coalition. */
  agencyMember: boolean;
  createdDaysBefore: number;
  districts: DeclarationSpec[][];
  reads: ReadSpec[];
};

/** The agency's pieces: for the whole state, for networked districts (twice published), and one withdrawn. */
export const worldGuidance = [
  {
    id: "GUIDANCE-WHOLE-0",
    title: "For everyone",
    audienceTypes: [] as SystemType[],
    versions: 1,
    status: "published",
  },
  {
    id: "GUIDANCE-NETW-01",
    title: "For networked districts",
    audienceTypes: ["networked"] as SystemType[],
    versions: 2,
    status: "published",
  },
  { id: "GUIDANCE-GONE-02", title: "Withdrawn", audienceTypes: [] as SystemType[], versions: 1, status: "withdrawn" },
] as const;

export const worldAgency = { id: "AGENCY-OHIO-0000", state: "OH" };

/** A district's declarations as the app would have numbered them: later ones get higher sequences. */
export function declarationHistory(declarations: DeclarationSpec[], end: Date) {
  return [...declarations]
    .sort((a, b) => b.daysBefore - a.daysBefore)
    .map((declaration, index) => ({
      type: declaration.type,
      context: declaration.context ?? "",
      sequence: index + 1,
      // An hour before the day's mark, a second apart, so the order in time is the order of sequence.
      createdAt: new Date(end.getTime() - declaration.daysBefore * day - 3_600_000 + index * 1000),
    }));
}

/**
 * Empties the database and writes the world. Times count back from `end` (days before it; negative is after);
 * `key` names a coalition in ids, so the same coalition gets the same ids in every world it is part of.
 */
export function buildWorld(coalitions: Array<{ key: string; spec: CoalitionSpec }>, end: Date): void {
  emptyDatabase();
  // One transaction: a property test builds dozens of worlds.
  db.transaction(() => writeWorld(coalitions, end));
}

/** Rows for each table, written with one insert a table: a world has a few hundred rows, built dozens of times. */
function writeWorld(coalitions: Array<{ key: string; spec: CoalitionSpec }>, end: Date): void {
  const at = (daysBefore: number) => new Date(end.getTime() - daysBefore * day - 60_000);
  const staff = "USER-STAFF-00000";
  const users: Array<typeof schema.users.$inferInsert> = [
    { id: staff, email: "staff@ohio.example.org", name: "Staff", passwordHash: "x" },
  ];
  const organizations: Array<typeof schema.organizations.$inferInsert> = [
    {
      ...worldAgency,
      kind: "state_agency",
      name: "Ohio Department of Education",
      slug: "ohio-agency",
      timeZone: "America/New_York",
      createdAt: at(400),
    },
  ];
  const memberships: Array<typeof schema.memberships.$inferInsert> = [
    { organizationId: worldAgency.id, userId: staff, role: "owner" },
  ];
  const guidance: Array<typeof schema.guidance.$inferInsert> = [];
  const guidanceVersions: Array<typeof schema.guidanceVersions.$inferInsert> = [];
  const districts: Array<typeof schema.districts.$inferInsert> = [];
  const declarations: Array<typeof schema.declarations.$inferInsert> = [];
  const guidanceReceipts: Array<typeof schema.guidanceReceipts.$inferInsert> = [];
  for (const piece of worldGuidance) {
    const { id, title, audienceTypes, versions, status } = piece;
    guidance.push({
      id,
      agencyId: worldAgency.id,
      state: "OH",
      status,
      title,
      body: "Body",
      audienceTypes,
      publishedVersion: versions,
      updatedAt: at(100),
    });
    for (let version = 1; version <= versions; version++) {
      guidanceVersions.push({
        guidanceId: id,
        version,
        title,
        summary: "",
        body: "Body",
        audienceTypes,
        publishedByName: "Staff",
        publishedAt: at(100 - version),
      });
    }
  }
  for (const { key, spec } of coalitions) {
    const id = `CO-${key}`;
    const owner = `USER-${key}`;
    users.push({ id: owner, email: `${key.toLowerCase()}@example.org`, name: key, passwordHash: "x" });
    organizations.push({
      id,
      kind: "coalition",
      name: `Coalition ${key}`,
      slug: `co-${key.toLowerCase()}`,
      state: "OH",
      timeZone: "America/New_York",
      shareDeclarations: spec.shares,
      createdAt: at(spec.createdDaysBefore),
    });
    memberships.push({ organizationId: id, userId: owner, role: "owner" });
    if (spec.agencyMember) memberships.push({ organizationId: id, userId: staff, role: "member" });
    spec.districts.forEach((history, d) => {
      const districtId = `DI-${key}-${d}`;
      districts.push({ id: districtId, organizationId: id, name: `District ${d}`, state: "OH" });
      declarationHistory(history, end).forEach((declaration) => {
        declarations.push({
          id: `DE-${key}-${d}-${declaration.sequence}`,
          districtId,
          context: declaration.context,
          systemType: declaration.type,
          overrides: {},
          declaredByName: key,
          sequence: declaration.sequence,
          createdAt: declaration.createdAt,
        });
      });
    });
    const receipts = new Map<number, { readVersion: number; acknowledgedVersion: number }>();
    for (const read of spec.reads) {
      const piece = worldGuidance[read.guidance]!;
      const seen = receipts.get(read.guidance) ?? { readVersion: 0, acknowledgedVersion: 0 };
      const version = read.how === "read-first" ? 1 : piece.versions;
      seen.readVersion = Math.max(seen.readVersion, version);
      if (read.how === "acknowledge") seen.acknowledgedVersion = version;
      receipts.set(read.guidance, seen);
    }
    for (const [index, receipt] of receipts) {
      guidanceReceipts.push({ guidanceId: worldGuidance[index]!.id, organizationId: id, ...receipt });
    }
  }
  // In the order the foreign keys need.
  db.insert(schema.users).values(users).run();
  db.insert(schema.organizations).values(organizations).run();
  db.insert(schema.memberships).values(memberships).run();
  db.insert(schema.guidance).values(guidance).run();
  db.insert(schema.guidanceVersions).values(guidanceVersions).run();
  if (districts.length) db.insert(schema.districts).values(districts).run();
  if (declarations.length) db.insert(schema.declarations).values(declarations).run();
  if (guidanceReceipts.length) db.insert(schema.guidanceReceipts).values(guidanceReceipts).run();
}
