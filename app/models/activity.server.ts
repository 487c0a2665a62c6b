import { and, desc, eq, sql } from "drizzle-orm";
import { db, schema } from "~/lib/db.server";

type Writer = Pick<typeof db, "insert">;
export type Actor = { id: string; name: string };

/** Adds a line to the organization's timeline (and a campaign's, when given). */
export function recordActivity(writer: Writer, entry: { organizationId: string; campaignId?: string | null; actor: Actor; summary: string }): void {
  writer
    .insert(schema.activity)
    .values({
      organizationId: entry.organizationId,
      campaignId: entry.campaignId ?? null,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      summary: entry.summary,
      at: new Date(),
    })
    .run();
}

export const activityPageSize = 20;

/** One page of a campaign's timeline, newest first, optionally only entries mentioning `search`, with the total. */
export function campaignActivity(campaignId: string, page: number, search = "") {
  const pattern = `%${search.replace(/[\\%_]/g, "\\$&")}%`;
  const where = search
    ? and(eq(schema.activity.campaignId, campaignId), sql`(${schema.activity.summary} like ${pattern} escape '\\' or ${schema.activity.actorName} like ${pattern} escape '\\')`)
    : eq(schema.activity.campaignId, campaignId);
  const total = db.select({ count: sql<number>`count(*)` }).from(schema.activity).where(where).get()?.count ?? 0;
  const rows = db
    .select({ id: schema.activity.id, actorName: schema.activity.actorName, summary: schema.activity.summary, at: schema.activity.at })
    .from(schema.activity)
    .where(and(where))
    .orderBy(desc(schema.activity.at), desc(schema.activity.id))
    .limit(activityPageSize)
    .offset((page - 1) * activityPageSize)
    .all();
  return { rows, total };
}
