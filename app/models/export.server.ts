import { asc, eq, sql } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";

/** Everything a campaign's CSV exports hold, in three queries (the caller has checked the campaign is theirs). */
export function campaignExportRows(campaignId: string) {
  const asks = db
    .select()
    .from(schema.asks)
    .where(eq(schema.asks.campaignId, campaignId))
    .orderBy(asc(schema.asks.createdAt))
    .all();
  const meetings = db
    .select({
      title: schema.meetings.title,
      startsAt: schema.meetings.startsAt,
      endsAt: schema.meetings.endsAt,
      status: schema.meetings.status,
      location: schema.meetings.location,
      videoUrl: schema.meetings.videoUrl,
      outcome: schema.meetings.outcome,
      targets: sql<string>`coalesce((select group_concat(t.name, '; ') from meeting_targets mt join targets t on t.id = mt.target_id where mt.meeting_id = "meetings"."id"), '')`,
      attendees: sql<string>`coalesce((select group_concat(u.name, '; ') from meeting_attendees ma join users u on u.id = ma.user_id where ma.meeting_id = "meetings"."id"), '')`,
    })
    .from(schema.meetings)
    .where(eq(schema.meetings.campaignId, campaignId))
    .orderBy(asc(schema.meetings.startsAt))
    .all();
  const tasks = db
    .select({
      title: schema.tasks.title,
      dueOn: schema.tasks.dueOn,
      status: schema.tasks.status,
      details: schema.tasks.details,
      assigneeName: schema.users.name,
    })
    .from(schema.tasks)
    .leftJoin(schema.users, eq(schema.users.id, schema.tasks.assigneeId))
    .where(eq(schema.tasks.campaignId, campaignId))
    .orderBy(asc(schema.tasks.dueOn))
    .all();
  return { asks, meetings, tasks };
}
