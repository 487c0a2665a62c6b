// What a state agency may learn about its state's coalitions.
//
// The attacker we design against is the agency itself: any number of staff accounts, able to create coalitions
// in its state, publish guidance to any audience, and read this overview every month. It wants the declared
// system type of a coalition that did NOT choose to share. It had three ways in, each closed here or in
// guidance.server.ts:
//
// 1. Guidance aimed at one declared type reached non-sharing coalitions, and their read receipts showed up
//    here. Now audiences by type match only sharing coalitions (everyone else gets whole-state guidance only),
//    and reception is counted only from sharing coalitions, whatever the audience.
// 2. An exact 0 beside a "<3" gave small cells away, and live counts moved the moment one coalition
//    re-declared. Now every cell counts DISTINCT COALITIONS and is hidden below `smallestShown`, zero included;
//    a month shows nothing until `fewestSharing` coalitions were counted in it; and the page shows only
//    month-end snapshots, written once after the month ends and never recomputed from today's sharing flags.
// 3. The agency's own sock-puppet coalitions could be subtracted out. Now a coalition with any member who also
//    belongs to an agency of the state is left out of every count.
//
// What remains: sock puppets run from accounts with no tie to any agency cannot be told apart from real
// coalitions, and a visible cell that changes between two months says that much changed.
//
// `stateOverview` is a pure function of the stored snapshots and the agency's own guidance, so gates such as
// agency verification belong in the route.
import { and, desc, eq, exists, inArray, isNull, lt, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";

import { db, schema } from "~/lib/db.server";
import { defaultLocale, formatDay, type Locale } from "~/lib/format-dates";
import { fewestSharing, shownCell, type Cell } from "~/lib/small-counts";
import { systemTypes, type SystemType } from "~/lib/typology";

/** "2026-11" for the month before the one `now` falls in (UTC), and the first moment after it. */
function lastEndedMonth(now: Date): { month: string; end: Date } {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { month: start.toISOString().slice(0, 7), end };
}

const monthLabel = (month: string, locale: Locale) => formatDay(month, "month", locale);

const agencies = alias(schema.organizations, "agencies");
const agencyMemberships = alias(schema.memberships, "agency_memberships");

/** Coalitions of the state that share, existed before `end`, and have no member in one of the state's agencies. */
function countedCoalitions(state: string, end: Date): string[] {
  const memberOfAnAgency = db
    .select({ one: sql`1` })
    .from(schema.memberships)
    .innerJoin(agencyMemberships, eq(agencyMemberships.userId, schema.memberships.userId))
    .innerJoin(agencies, eq(agencies.id, agencyMemberships.organizationId))
    .where(
      and(
        eq(schema.memberships.organizationId, schema.organizations.id),
        eq(agencies.kind, "state_agency"),
        eq(agencies.state, state),
      ),
    );
  return db
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(
      and(
        eq(schema.organizations.state, state),
        eq(schema.organizations.kind, "coalition"),
        eq(schema.organizations.shareDeclarations, true),
        lt(schema.organizations.createdAt, end),
        notExists(memberOfAnAgency),
      ),
    )
    .all()
    .map((row) => row.id);
}

/** Per system type, how many of these coalitions had a district declared it district-wide just before `end`. */
function typeCountsAt(coalitionIds: string[], end: Date): Record<SystemType, number> {
  const rows = coalitionIds.length
    ? db
        .select({
          organizationId: schema.districts.organizationId,
          districtId: schema.declarations.districtId,
          sequence: schema.declarations.sequence,
          systemType: schema.declarations.systemType,
        })
        .from(schema.declarations)
        .innerJoin(schema.districts, eq(schema.districts.id, schema.declarations.districtId))
        .where(
          and(
            inArray(schema.districts.organizationId, coalitionIds),
            eq(schema.declarations.context, ""),
            lt(schema.declarations.createdAt, end),
          ),
        )
        .all()
    : [];
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = newest.get(row.districtId);
    if (!seen || row.sequence > seen.sequence) newest.set(row.districtId, row);
  }
  // A coalition with two districts of one type counts once for it.
  const coalitionsByType = new Map<SystemType, Set<string>>(systemTypes.map((type) => [type, new Set()]));
  for (const row of newest.values()) coalitionsByType.get(row.systemType)!.add(row.organizationId);
  return Object.fromEntries(systemTypes.map((type) => [type, coalitionsByType.get(type)!.size])) as Record<
    SystemType,
    number
  >;
}

/**
 * How many of these coalitions read any version, read the latest and acknowledged each piece of the state's
 * guidance first published before `end` (one published after it waits for its own month).
 */
function receptionOf(state: string, coalitionIds: string[], end: Date) {
  const counted = new Set(coalitionIds);
  const firstVersion = and(
    eq(schema.guidanceVersions.guidanceId, schema.guidance.id),
    eq(schema.guidanceVersions.version, 1),
  );
  const versions = db
    .select({
      id: schema.guidance.id,
      translationOfId: schema.guidance.translationOfId,
      publishedVersion: schema.guidance.publishedVersion,
    })
    .from(schema.guidance)
    .innerJoin(schema.guidanceVersions, firstVersion)
    .where(
      and(
        eq(schema.guidance.state, state),
        inArray(schema.guidance.status, ["published", "withdrawn"]),
        lt(schema.guidanceVersions.publishedAt, end),
      ),
    )
    .all();
  const receipts = versions.length
    ? db
        .select()
        .from(schema.guidanceReceipts)
        .where(
          inArray(
            schema.guidanceReceipts.guidanceId,
            versions.map((piece) => piece.id),
          ),
        )
        .all()
    : [];
  // A Spanish version beside an English one is one piece to coalitions, so the pair is one line here, under its
  // original's id, and a coalition counts once whichever version (or both) it read.
  const pieces = new Map<string, typeof versions>();
  for (const version of versions) {
    const key = version.translationOfId ?? version.id;
    pieces.set(key, [...(pieces.get(key) ?? []), version]);
  }
  return [...pieces].map(([guidanceId, pair]) => {
    const latest = new Map(pair.map((version) => [version.id, version.publishedVersion]));
    const mine = receipts.filter((receipt) => latest.has(receipt.guidanceId) && counted.has(receipt.organizationId));
    const coalitions = (took: (receipt: (typeof mine)[number]) => boolean) =>
      new Set(mine.filter(took).map((receipt) => receipt.organizationId)).size;
    return {
      guidanceId,
      read: coalitions((receipt) => receipt.readVersion > 0),
      readLatest: coalitions((receipt) => receipt.readVersion === latest.get(receipt.guidanceId)),
      acknowledged: coalitions((receipt) => receipt.acknowledgedVersion > 0),
    };
  });
}

/**
 * Records the month that last ended for every state with an agency, once: a month already recorded is left as it
 * was, so this is safe on every background pass and from several processes. Returns how many states it recorded.
 * A state whose agency arrives later gets that month recorded from the sharing choices of that moment.
 */
export function recordMonthEndSnapshots(now = new Date()): number {
  const { month, end } = lastEndedMonth(now);
  const alreadyRecorded = db
    .select({ one: sql`1` })
    .from(schema.stateOverviewSnapshots)
    .where(
      and(
        eq(schema.stateOverviewSnapshots.state, schema.organizations.state),
        eq(schema.stateOverviewSnapshots.month, month),
      ),
    );
  const states = db
    .selectDistinct({ state: schema.organizations.state })
    .from(schema.organizations)
    .where(and(eq(schema.organizations.kind, "state_agency"), notExists(alreadyRecorded)))
    .all()
    .map((row) => row.state);
  let recorded = 0;
  for (const state of states) {
    db.transaction((tx) => {
      const coalitionIds = countedCoalitions(state, end);
      const inserted = tx
        .insert(schema.stateOverviewSnapshots)
        .values({
          state,
          month,
          coalitions: coalitionIds.length,
          typeCounts: typeCountsAt(coalitionIds, end),
          takenAt: now,
        })
        .onConflictDoNothing()
        .run();
      if (inserted.changes === 0) return; // another process got there first
      const reception = receptionOf(state, coalitionIds, end);
      if (reception.length)
        tx.insert(schema.guidanceReceptionSnapshots)
          .values(reception.map((row) => ({ ...row, month })))
          .onConflictDoNothing()
          .run();
      recorded++;
    });
  }
  return recorded;
}

export type MonthView = {
  month: string;
  label: string;
  enough: boolean;
  counts: Array<{ type: SystemType; count: Cell }>;
};
export type GuidanceView = {
  id: string;
  title: string;
  /** The language the agency wrote it in, for marking its title. */
  language: string;
  counted: boolean;
  read: Cell;
  readLatest: Cell;
  acknowledged: Cell;
};

const monthsShown = 6;

/**
 * The overview an agency sees: the last six recorded months, oldest first, and how its guidance had been received
 * by the latest of them. Small cells are already hidden here; nothing below the threshold leaves this function.
 * Months are named in the reader's locale.
 */
export function stateOverview(agency: { id: string; state: string }, locale: Locale = defaultLocale) {
  const snapshots = db
    .select()
    .from(schema.stateOverviewSnapshots)
    .where(eq(schema.stateOverviewSnapshots.state, agency.state))
    .orderBy(desc(schema.stateOverviewSnapshots.month))
    .limit(monthsShown)
    .all()
    .reverse();
  const months: MonthView[] = snapshots.map((snapshot) => {
    const enough = snapshot.coalitions >= fewestSharing;
    return {
      month: snapshot.month,
      label: monthLabel(snapshot.month, locale),
      enough,
      counts: systemTypes.map((type) => ({ type, count: enough ? shownCell(snapshot.typeCounts[type] ?? 0) : null })),
    };
  });
  const latest = months.at(-1) ?? null;
  const translation = alias(schema.guidance, "translation");
  const publishedTranslation = db
    .select({ one: sql`1` })
    .from(translation)
    .where(
      and(eq(translation.translationOfId, schema.guidance.id), inArray(translation.status, ["published", "withdrawn"])),
    );
  const pieces = db
    .select({
      id: schema.guidance.id,
      title: schema.guidance.title,
      language: schema.guidance.language,
      reception: schema.guidanceReceptionSnapshots,
    })
    .from(schema.guidance)
    .leftJoin(
      schema.guidanceReceptionSnapshots,
      and(
        eq(schema.guidanceReceptionSnapshots.guidanceId, schema.guidance.id),
        eq(schema.guidanceReceptionSnapshots.month, latest?.month ?? ""),
      ),
    )
    .where(
      and(
        eq(schema.guidance.agencyId, agency.id),
        // One line per pair, under the original, once either of its versions was published.
        isNull(schema.guidance.translationOfId),
        or(inArray(schema.guidance.status, ["published", "withdrawn"]), exists(publishedTranslation)),
      ),
    )
    .orderBy(desc(schema.guidance.updatedAt), schema.guidance.id)
    .all();
  const guidance: GuidanceView[] = pieces.map(({ id, title, language, reception }) => {
    const shown = (n: number | undefined): Cell => (latest?.enough && n !== undefined ? shownCell(n) : null);
    return {
      id,
      title,
      language,
      counted: reception !== null,
      read: shown(reception?.read),
      readLatest: shown(reception?.readLatest),
      acknowledged: shown(reception?.acknowledged),
    };
  });
  return { months, latest, guidance };
}
