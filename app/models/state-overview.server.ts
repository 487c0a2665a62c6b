// What a state agency may learn about its state's districts: counts from coalitions that chose to share, with
// small numbers hidden, and how its own guidance was received. Never a coalition's name, targets or campaigns.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db, schema } from "~/lib/db.server";
import { systemTypes, type SystemType } from "~/lib/typology";
import { addDays } from "~/lib/zoned-time";

type Counts = Record<SystemType, number>;
const zeroCounts = (): Counts => Object.fromEntries(systemTypes.map((type) => [type, 0])) as Counts;

const sharedDeclarationsInState = db
  .select({ districtId: schema.declarations.districtId, systemType: schema.declarations.systemType, sequence: schema.declarations.sequence, createdAt: schema.declarations.createdAt })
  .from(schema.declarations)
  .innerJoin(schema.districts, eq(schema.districts.id, schema.declarations.districtId))
  .innerJoin(schema.organizations, eq(schema.organizations.id, schema.districts.organizationId))
  .where(
    and(
      eq(schema.organizations.state, sql.placeholder("state")),
      eq(schema.organizations.kind, "coalition"),
      eq(schema.organizations.shareDeclarations, true),
      eq(schema.declarations.context, ""),
    ),
  )
  .prepare();

function sharedDeclarations(state: string) {
  return sharedDeclarationsInState.all({ state });
}

/** How many coalitions read and acknowledged each piece of the agency's published (or withdrawn) guidance. */
const guidanceReception = db
  .select({
    id: schema.guidance.id,
    title: schema.guidance.title,
    read: sql<number>`count(case when ${schema.guidanceReceipts.readVersion} > 0 then 1 end)`,
    readLatest: sql<number>`count(case when ${schema.guidanceReceipts.readVersion} = ${schema.guidance.publishedVersion} then 1 end)`,
    acknowledged: sql<number>`count(case when ${schema.guidanceReceipts.acknowledgedVersion} > 0 then 1 end)`,
  })
  .from(schema.guidance)
  .leftJoin(schema.guidanceReceipts, eq(schema.guidanceReceipts.guidanceId, schema.guidance.id))
  .where(and(eq(schema.guidance.agencyId, sql.placeholder("agencyId")), inArray(schema.guidance.status, ["published", "withdrawn"])))
  .groupBy(schema.guidance.id)
  .orderBy(desc(schema.guidance.updatedAt))
  .prepare();

const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** Districts by their district-wide type as it stood at a moment (the newest declaration up to then). */
function countsAt(rows: ReturnType<typeof sharedDeclarations>, moment: number): Counts {
  const newest = new Map<string, { sequence: number; systemType: SystemType }>();
  for (const row of rows) {
    if (row.createdAt.getTime() > moment) continue;
    const seen = newest.get(row.districtId);
    if (!seen || row.sequence > seen.sequence) newest.set(row.districtId, row);
  }
  const counts = zeroCounts();
  for (const { systemType } of newest.values()) counts[systemType]++;
  return counts;
}

export function stateOverview(agency: { id: string; state: string }, now = new Date()) {
  const rows = sharedDeclarations(agency.state);
  const current = countsAt(rows, now.getTime());
  // Month ends for the last six months, oldest first, ending with today.
  const today = now.toISOString().slice(0, 10);
  const monthEnds = Array.from({ length: 6 }, (_, i) => {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    const end = i === 0 ? today : addDays(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)).toISOString().slice(0, 10), -1);
    return { label: monthFormat.format(first), end };
  }).reverse();
  const history = monthEnds.map(({ label, end }) => ({ label, counts: countsAt(rows, Date.parse(`${end}T23:59:59.999Z`)) }));

  return { current, history, guidance: guidanceReception.all({ agencyId: agency.id }) };
}
