import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";

import { db, newId, preparedQuery, schema } from "~/lib/db.server";
import type { MeetingStatus } from "~/lib/domain";
import { fixedTranslator } from "~/lib/i18n-catalogs.server";
import { labelKeys } from "~/lib/labels";

import { recordActivity, type Actor } from "./activity.server";

export type MeetingInput = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoUrl: string;
  agenda: string;
  status: MeetingStatus;
  targetIds: string[];
  attendeeIds: string[];
};

export type Meeting = typeof schema.meetings.$inferSelect & {
  targets: Array<{ id: string; name: string }>;
  attendees: Array<{ id: string; name: string }>;
};

/** The people a meeting is with, by name. */
export function meetingTargets(meetingId: string): Array<{ id: string; name: string; title: string }> {
  return db
    .select({ id: schema.targets.id, name: schema.targets.name, title: schema.targets.title })
    .from(schema.meetingTargets)
    .innerJoin(schema.targets, eq(schema.targets.id, schema.meetingTargets.targetId))
    .where(eq(schema.meetingTargets.meetingId, meetingId))
    .orderBy(asc(schema.targets.name))
    .all();
}

function withPeople(row: typeof schema.meetings.$inferSelect): Meeting {
  const targets = meetingTargets(row.id).map(({ id, name }) => ({ id, name }));
  const attendees = db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.meetingAttendees)
    .innerJoin(schema.users, eq(schema.users.id, schema.meetingAttendees.userId))
    .where(eq(schema.meetingAttendees.meetingId, row.id))
    .orderBy(asc(schema.users.name))
    .all();
  return { ...row, targets, attendees };
}

export function getMeeting(campaignId: string, meetingId: string): Meeting | undefined {
  const row = db
    .select()
    .from(schema.meetings)
    .where(and(eq(schema.meetings.id, meetingId), eq(schema.meetings.campaignId, campaignId)))
    .get();
  return row ? withPeople(row) : undefined;
}

function writePeople(tx: Pick<typeof db, "insert" | "delete">, meetingId: string, input: MeetingInput) {
  tx.delete(schema.meetingTargets).where(eq(schema.meetingTargets.meetingId, meetingId)).run();
  tx.delete(schema.meetingAttendees).where(eq(schema.meetingAttendees.meetingId, meetingId)).run();
  if (input.targetIds.length)
    tx.insert(schema.meetingTargets)
      .values(input.targetIds.map((targetId) => ({ meetingId, targetId })))
      .run();
  if (input.attendeeIds.length)
    tx.insert(schema.meetingAttendees)
      .values(input.attendeeIds.map((userId) => ({ meetingId, userId })))
      .run();
}

export function createMeeting(organizationId: string, campaignId: string, input: MeetingInput, actor: Actor): string {
  const id = newId();
  const { targetIds: _t, attendeeIds: _a, ...fields } = input;
  db.transaction((tx) => {
    tx.insert(schema.meetings)
      .values({ id, campaignId, ...fields, updatedAt: new Date() })
      .run();
    writePeople(tx, id, input);
    recordActivity(tx, { organizationId, campaignId, actor, summary: `Scheduled the meeting "${input.title}".` });
  });
  return id;
}

export function updateMeeting(organizationId: string, meeting: Meeting, input: MeetingInput, actor: Actor): void {
  const { targetIds: _t, attendeeIds: _a, ...fields } = input;
  const moved =
    meeting.startsAt.getTime() !== input.startsAt.getTime() || meeting.endsAt.getTime() !== input.endsAt.getTime();
  db.transaction((tx) => {
    tx.update(schema.meetings)
      .set({
        ...fields,
        sequence: meeting.sequence + (moved || meeting.status !== input.status ? 1 : 0),
        updatedAt: new Date(),
      })
      .where(eq(schema.meetings.id, meeting.id))
      .run();
    writePeople(tx, meeting.id, input);
    const summary =
      meeting.status !== input.status
        ? `Marked the meeting "${input.title}" ${fixedTranslator("en", "labels")(labelKeys.meetingStatus[input.status]).toLowerCase()}.`
        : moved
          ? `Rescheduled the meeting "${input.title}".`
          : `Edited the meeting "${input.title}".`;
    recordActivity(tx, { organizationId, campaignId: meeting.campaignId, actor, summary });
  });
}

/** Notes and outcome, which attending members may write as well as organizers. */
export function updateMeetingNotes(
  organizationId: string,
  meeting: Meeting,
  input: { notes: string; outcome: string },
  actor: Actor,
): void {
  db.transaction((tx) => {
    tx.update(schema.meetings)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(schema.meetings.id, meeting.id))
      .run();
    recordActivity(tx, {
      organizationId,
      campaignId: meeting.campaignId,
      actor,
      summary: `Wrote up the meeting "${meeting.title}".`,
    });
  });
}

export const meetingPageSize = 20;

export function listMeetings(
  campaignId: string,
  filter: { when: "upcoming" | "past"; page: number },
  now = new Date(),
) {
  const upcoming = filter.when === "upcoming";
  const queries = preparedQuery(`${filter.when} meetings of a campaign`, () => {
    const where = and(
      eq(schema.meetings.campaignId, sql.placeholder("campaignId")),
      (upcoming ? gte : lt)(schema.meetings.endsAt, sql.placeholder("now")),
    );
    return {
      total: db
        .select({ count: sql<number>`count(*)` })
        .from(schema.meetings)
        .where(where)
        .prepare(),
      rows: db
        .select()
        .from(schema.meetings)
        .where(where)
        .orderBy(upcoming ? asc(schema.meetings.startsAt) : desc(schema.meetings.startsAt))
        .limit(meetingPageSize)
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
  const values = { campaignId, now: now.getTime(), offset: (filter.page - 1) * meetingPageSize };
  return { rows: queries.rows.all(values), total: queries.total.get(values)?.count ?? 0 };
}

const upcomingMeetingsOfOrganization = db
  .select({
    id: schema.meetings.id,
    title: schema.meetings.title,
    startsAt: schema.meetings.startsAt,
    campaignId: schema.meetings.campaignId,
    campaignTitle: schema.campaigns.title,
  })
  .from(schema.meetings)
  .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.meetings.campaignId))
  .where(
    and(
      eq(schema.campaigns.organizationId, sql.placeholder("organizationId")),
      eq(schema.meetings.status, "scheduled"),
      gte(schema.meetings.endsAt, sql.placeholder("now")),
    ),
  )
  .orderBy(asc(schema.meetings.startsAt))
  .limit(sql.placeholder("limit"))
  .prepare();

/** The coalition's next scheduled meetings, across campaigns. */
export function upcomingMeetings(organizationId: string, limit: number, now = new Date()) {
  return upcomingMeetingsOfOrganization.all({ organizationId, limit, now: now.getTime() });
}

/** Meetings a user attends, for their calendar feed (a bounded window around now). */
export function meetingsOfAttendee(userId: string, now = new Date()) {
  const from = new Date(now.getTime() - 90 * 86_400_000);
  return db
    .select({
      meeting: schema.meetings,
      campaignTitle: schema.campaigns.title,
      timeZone: schema.organizations.timeZone,
      organizationSlug: schema.organizations.slug,
    })
    .from(schema.meetingAttendees)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.meetingAttendees.meetingId))
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.meetings.campaignId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.campaigns.organizationId))
    .innerJoin(
      schema.memberships,
      and(eq(schema.memberships.organizationId, schema.organizations.id), eq(schema.memberships.userId, userId)),
    )
    .where(and(eq(schema.meetingAttendees.userId, userId), gte(schema.meetings.startsAt, from)))
    .orderBy(asc(schema.meetings.startsAt))
    .limit(500)
    .all();
}

export function meetingsOfCampaign(campaignId: string) {
  return db
    .select()
    .from(schema.meetings)
    .where(eq(schema.meetings.campaignId, campaignId))
    .orderBy(asc(schema.meetings.startsAt))
    .all();
}

export function meetingIdsOfCampaign(campaignId: string, ids: string[]): Set<string> {
  if (!ids.length) return new Set();
  return new Set(
    db
      .select({ id: schema.meetings.id })
      .from(schema.meetings)
      .where(and(eq(schema.meetings.campaignId, campaignId), inArray(schema.meetings.id, ids)))
      .all()
      .map((r) => r.id),
  );
}
