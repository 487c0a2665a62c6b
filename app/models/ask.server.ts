import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";

import { db, newId, preparedQuery, schema } from "~/lib/db.server";
import { askTransitions, openAskStatuses, type AskStatus, type AskVenue } from "~/lib/domain";
import type { Domain } from "~/lib/typology";

import { recordActivity, type Actor } from "./activity.server";
import { targetsOfDistrict } from "./campaign.server";
import { meetingIdsOfCampaign } from "./meeting.server";

export type AskInput = {
  targetId: string;
  text: string;
  domain: Domain;
  venue: AskVenue;
  followUpOn: string | null;
  meetingId: string | null;
};
export type Ask = typeof schema.asks.$inferSelect;

export class StaleEditError extends Error {
  constructor(readonly current: Ask) {
    super(
      "Someone else changed this ask after you opened it. Their version is shown below; make your change again if it still applies.",
    );
  }
}

/** A status change the ask's lifecycle does not allow; the page words it from `from` and `to` in its language. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly from: AskStatus,
    readonly to: AskStatus,
  ) {
    // For logs only: people read the page's own words for it.
    super(
      `An ask cannot move from ${from} to ${to} (it can move to: ${askTransitions[from].join(", ") || "nothing"}).`,
    );
  }
}

export function getAsk(campaignId: string, askId: string): Ask | undefined {
  return db
    .select()
    .from(schema.asks)
    .where(and(eq(schema.asks.id, askId), eq(schema.asks.campaignId, campaignId)))
    .get();
}

export function askHistory(askId: string) {
  return db
    .select()
    .from(schema.askEvents)
    .where(eq(schema.askEvents.askId, askId))
    .orderBy(asc(schema.askEvents.at), asc(schema.askEvents.id))
    .all();
}

export const askPageSize = 25;

export function listAsks(campaignId: string, filter: { status?: AskStatus; targetId?: string; page: number }) {
  const { status, targetId } = filter;
  const queries = preparedQuery(
    `asks of a campaign${status ? " by status" : ""}${targetId ? " by target" : ""}`,
    () => {
      const conditions: SQL[] = [eq(schema.asks.campaignId, sql.placeholder("campaignId"))];
      if (status) conditions.push(eq(schema.asks.status, sql.placeholder("status")));
      if (targetId) conditions.push(eq(schema.asks.targetId, sql.placeholder("targetId")));
      const where = and(...conditions);
      return {
        total: db
          .select({ count: sql<number>`count(*)` })
          .from(schema.asks)
          .where(where)
          .prepare(),
        rows: db
          .select()
          .from(schema.asks)
          .where(where)
          .orderBy(desc(schema.asks.updatedAt), desc(schema.asks.id))
          .limit(askPageSize)
          .offset(sql.placeholder("offset"))
          .prepare(),
      };
    },
  );
  const values = { campaignId, status, targetId, offset: (filter.page - 1) * askPageSize };
  return { rows: queries.rows.all(values), total: queries.total.get(values)?.count ?? 0 };
}

const askCountsOfCampaign = db
  .select({ status: schema.asks.status, count: sql<number>`count(*)` })
  .from(schema.asks)
  .where(eq(schema.asks.campaignId, sql.placeholder("campaignId")))
  .groupBy(schema.asks.status)
  .prepare();

const askCountsOfActiveCampaigns = db
  .select({ status: schema.asks.status, count: sql<number>`count(*)` })
  .from(schema.asks)
  .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.asks.campaignId))
  .where(
    and(eq(schema.campaigns.organizationId, sql.placeholder("organizationId")), eq(schema.campaigns.status, "active")),
  )
  .groupBy(schema.asks.status)
  .prepare();

/** How many asks are at each status, in one campaign or across an organization's active campaigns. */
export function askCountsByStatus(
  scope: { campaignId: string } | { activeCampaignsOf: string },
): Partial<Record<AskStatus, number>> {
  const rows =
    "campaignId" in scope
      ? askCountsOfCampaign.all(scope)
      : askCountsOfActiveCampaigns.all({ organizationId: scope.activeCampaignsOf });
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

function targetName(targetId: string): string {
  return (
    db.select({ name: schema.targets.name }).from(schema.targets).where(eq(schema.targets.id, targetId)).get()?.name ??
    ""
  );
}

/** A form field whose record does not belong to this campaign (a target outside its district, another
 * campaign's meeting), with the message to show, or null. */
export function foreignAskReference(
  campaign: { id: string; districtId: string },
  input: { targetId: string; meetingId: string | null },
): { field: string; message: string } | null {
  if (!targetsOfDistrict(campaign.districtId, [input.targetId]).has(input.targetId)) {
    return { field: "targetId", message: "asks:form.targetId.notInDistrict" };
  }
  if (input.meetingId && !meetingIdsOfCampaign(campaign.id, [input.meetingId]).has(input.meetingId)) {
    return { field: "meetingId", message: "asks:form.meetingId.notInCampaign" };
  }
  return null;
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Writes a new planned ask and its first history entry inside the caller's transaction. */
export function insertPlannedAsk(
  tx: Tx,
  organizationId: string,
  campaignId: string,
  input: AskInput,
  actor: Actor,
): string {
  const id = newId();
  const now = new Date();
  const name = targetName(input.targetId);
  tx.insert(schema.asks)
    .values({ id, campaignId, ...input, targetName: name, status: "planned", updatedAt: now })
    .run();
  tx.insert(schema.askEvents)
    .values({
      askId: id,
      fromStatus: null,
      toStatus: "planned",
      note: "",
      actorId: actor.id,
      actorName: actor.name,
      at: now,
    })
    .run();
  recordActivity(tx, {
    organizationId,
    campaignId,
    actor,
    event: { kind: "ask.planned", details: { target: name, text: input.text } },
  });
  return id;
}

export function createAsk(organizationId: string, campaignId: string, input: AskInput, actor: Actor): string {
  return db.transaction((tx) => insertPlannedAsk(tx, organizationId, campaignId, input, actor));
}

/** Saves an edit made on `version`; refuses with the current ask if someone changed it since. */
export function updateAsk(organizationId: string, ask: Ask, version: number, input: AskInput, actor: Actor): void {
  db.transaction((tx) => {
    const result = tx
      .update(schema.asks)
      .set({
        ...input,
        targetName: targetName(input.targetId),
        version: sql`${schema.asks.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(schema.asks.id, ask.id), eq(schema.asks.version, version)))
      .run();
    if (result.changes !== 1) throw new StaleEditError(getAsk(ask.campaignId, ask.id)!);
    recordActivity(tx, {
      organizationId,
      campaignId: ask.campaignId,
      actor,
      event: { kind: "ask.edited", details: { text: input.text } },
    });
  });
}

/** Moves an ask along its lifecycle, recording who, when, a note and evidence. */
export function changeAskStatus(
  organizationId: string,
  ask: Ask,
  version: number,
  change: { to: AskStatus; note: string; evidenceUrl: string },
  actor: Actor,
): void {
  db.transaction((tx) => {
    const current = tx.select().from(schema.asks).where(eq(schema.asks.id, ask.id)).get()!;
    if (current.version !== version) throw new StaleEditError(current);
    if (!askTransitions[current.status].includes(change.to))
      throw new InvalidTransitionError(current.status, change.to);
    const now = new Date();
    tx.update(schema.asks)
      .set({ status: change.to, version: current.version + 1, updatedAt: now })
      .where(eq(schema.asks.id, ask.id))
      .run();
    tx.insert(schema.askEvents)
      .values({
        askId: ask.id,
        fromStatus: current.status,
        toStatus: change.to,
        note: change.note,
        evidenceUrl: change.evidenceUrl,
        actorId: actor.id,
        actorName: actor.name,
        at: now,
      })
      .run();
    recordActivity(tx, {
      organizationId,
      campaignId: ask.campaignId,
      actor,
      event: {
        kind: "ask.moved",
        details: { target: current.targetName, text: current.text, from: current.status, to: change.to },
      },
    });
  });
}

export function countAsksOfTarget(targetId: string): number {
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(schema.asks)
      .where(eq(schema.asks.targetId, targetId))
      .get()?.count ?? 0
  );
}

const openAskPoints = db
  .selectDistinct({ districtId: schema.targets.districtId, domain: schema.asks.domain, locus: schema.targets.locus })
  .from(schema.asks)
  .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.asks.campaignId))
  .innerJoin(schema.targets, eq(schema.targets.id, schema.asks.targetId))
  .where(
    and(
      eq(schema.campaigns.organizationId, sql.placeholder("organizationId")),
      inArray(schema.asks.status, [...openAskStatuses]),
    ),
  )
  .prepare();

/** Per district of the coalition, the leverage points ("domain.locus") that have an open ask on one of its targets. */
export function openAskPointsByDistrict(organizationId: string): Map<string, Set<string>> {
  const rows = openAskPoints.all({ organizationId });
  const points = new Map<string, Set<string>>();
  for (const row of rows) {
    const district = points.get(row.districtId) ?? new Set<string>();
    district.add(`${row.domain}.${row.locus}`);
    points.set(row.districtId, district);
  }
  return points;
}

export function asksOfMeeting(meetingId: string) {
  return db
    .select({
      id: schema.asks.id,
      text: schema.asks.text,
      targetName: schema.asks.targetName,
      status: schema.asks.status,
    })
    .from(schema.asks)
    .where(eq(schema.asks.meetingId, meetingId))
    .orderBy(asc(schema.asks.createdAt))
    .all();
}
