import { and, desc, eq, sql } from "drizzle-orm";

import { db, preparedQuery, schema } from "~/lib/db.server";

type Writer = Pick<typeof db, "insert">;
export type Actor = { id: string; name: string };

/** Adds a line to the organization's timeline (and a campaign's, when given). */
export function recordActivity(
  writer: Writer,
  entry: { organizationId: string; campaignId?: string | null; actor: Actor; summary: string },
): void {
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
  const queries = preparedQuery(`campaign activity${search ? " matching" : ""}`, () => {
    const pattern = sql.placeholder("pattern");
    const where = search
      ? and(
          eq(schema.activity.campaignId, sql.placeholder("campaignId")),
          sql`(${schema.activity.summary} like ${pattern} escape '\\' or ${schema.activity.actorName} like ${pattern} escape '\\')`,
        )
      : eq(schema.activity.campaignId, sql.placeholder("campaignId"));
    return {
      total: db
        .select({ count: sql<number>`count(*)` })
        .from(schema.activity)
        .where(where)
        .prepare(),
      rows: db
        .select({
          id: schema.activity.id,
          actorName: schema.activity.actorName,
          summary: schema.activity.summary,
          at: schema.activity.at,
        })
        .from(schema.activity)
        .where(where)
        .orderBy(desc(schema.activity.at), desc(schema.activity.id))
        .limit(activityPageSize)
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
  const values = {
    campaignId,
    pattern: `%${search.replace(/[\\%_]/g, "\\$&")}%`,
    offset: (page - 1) * activityPageSize,
  };
  return { rows: queries.rows.all(values), total: queries.total.get(values)?.count ?? 0 };
}
