import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";

import type { ActivityDetails, ActivityEvent, ActivityKind, StoredActivity } from "~/lib/activity";
import { isActivityKind } from "~/lib/activity";
import { db, preparedQuery, schema } from "~/lib/db.server";
import { askStatuses, campaignStatuses, meetingStatuses } from "~/lib/domain";

type Writer = Pick<typeof db, "insert">;
export type Actor = { id: string; name: string };

/** Adds an event to the organization's timeline (and a campaign's, when given). */
export function recordActivity(
  writer: Writer,
  entry: { organizationId: string; campaignId?: string | null; actor: Actor; event: ActivityEvent },
): void {
  writer
    .insert(schema.activity)
    .values({
      organizationId: entry.organizationId,
      campaignId: entry.campaignId ?? null,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      kind: entry.event.kind,
      details: entry.event.details,
      summary: "",
      at: new Date(),
    })
    .run();
}

const title = z.object({ title: z.string() });
// What each kind's stored details must hold to be read back; anything else is shown as an unreadable entry.
const detailSchemas: { [K in ActivityKind]: z.ZodType<ActivityDetails<K>> } = {
  "campaign.started": title,
  "campaign.statusChanged": z.object({ from: z.enum(campaignStatuses), to: z.enum(campaignStatuses) }),
  "campaign.edited": z.object({}).transform((): Record<string, never> => ({})),
  "ask.planned": z.object({ target: z.string(), text: z.string() }),
  "ask.edited": z.object({ text: z.string() }),
  "ask.moved": z.object({
    target: z.string(),
    text: z.string(),
    from: z.enum(askStatuses),
    to: z.enum(askStatuses),
  }),
  "task.assigned": z.object({ title: z.string(), dueOn: z.iso.date() }),
  "task.done": title,
  "task.handedBack": z.object({ title: z.string(), note: z.string() }),
  "task.reopened": title,
  "task.reassigned": title,
  "task.confirmed": title,
  "meeting.scheduled": title,
  "meeting.statusChanged": z.object({ title: z.string(), status: z.enum(meetingStatuses) }),
  "meeting.rescheduled": title,
  "meeting.edited": title,
  "meeting.writtenUp": title,
};

function eventOf<K extends ActivityKind>(kind: K, details: unknown): ActivityEvent | null {
  const parsed = detailSchemas[kind].safeParse(details);
  if (!parsed.success) return null;
  // Kind and details were checked together just above; TypeScript cannot pair them across the generic.
  const event: { kind: K; details: ActivityDetails<K> } = { kind, details: parsed.data };
  return event as ActivityEvent;
}

/** A stored row as an event, or its English sentence from before events, or neither (a kind this server lacks). */
export function storedActivity(row: { kind: string | null; details: unknown; summary: string }): StoredActivity {
  const event = isActivityKind(row.kind) ? eventOf(row.kind, row.details) : null;
  if (row.kind !== null && !event) console.warn(`activity: cannot read an entry of kind "${row.kind}"`);
  return { event, summary: row.kind === null ? row.summary : null };
}

export type ActivityRow = { id: number; actorName: string; at: Date } & StoredActivity;

/** The columns an entry is read from, for every query that lists entries (the timeline, the digest). */
export const activityColumns = {
  id: schema.activity.id,
  actorName: schema.activity.actorName,
  kind: schema.activity.kind,
  details: schema.activity.details,
  summary: schema.activity.summary,
  at: schema.activity.at,
};

/** An entry as read: its event, or the English sentence stored before entries were events. */
export const readActivityRow = ({
  kind,
  details,
  summary,
  ...row
}: { id: number; actorName: string; at: Date } & {
  kind: string | null;
  details: unknown;
  summary: string;
}): ActivityRow => ({ ...row, ...storedActivity({ kind, details, summary }) });

export const activityPageSize = 20;

/** One page of a campaign's timeline, newest first, with the total. */
export function campaignActivity(campaignId: string, page: number) {
  const queries = preparedQuery("campaign activity", () => {
    const where = eq(schema.activity.campaignId, sql.placeholder("campaignId"));
    return {
      total: db
        .select({ count: sql<number>`count(*)` })
        .from(schema.activity)
        .where(where)
        .prepare(),
      rows: db
        .select(activityColumns)
        .from(schema.activity)
        .where(where)
        .orderBy(desc(schema.activity.at), desc(schema.activity.id))
        .limit(activityPageSize)
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
  const values = { campaignId, offset: (page - 1) * activityPageSize };
  return { rows: queries.rows.all(values).map(readActivityRow), total: queries.total.get(values)?.count ?? 0 };
}

/**
 * Every entry of a campaign's timeline, newest first, for a search: what a reader searches is the sentence in
 * their own language, which exists only once an entry is put into words, so the matching cannot happen in SQL.
 */
export function allCampaignActivity(campaignId: string): ActivityRow[] {
  return preparedQuery("campaign activity, all", () =>
    db
      .select(activityColumns)
      .from(schema.activity)
      .where(eq(schema.activity.campaignId, sql.placeholder("campaignId")))
      .orderBy(desc(schema.activity.at), desc(schema.activity.id))
      .prepare(),
  )
    .all({ campaignId })
    .map(readActivityRow);
}
