// Which reminders are due, computed from the data each pass: nothing is scheduled ahead, so moving a meeting,
// finishing a task or closing an ask changes what is due without any bookkeeping.
import { and, between, eq, gt, inArray, isNotNull, lte } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";
import { openAskStatuses } from "~/lib/domain";
import type { OptionalEmailKind } from "~/lib/email-kinds";
import { addDays, daysBetween, instantToZoned, todayIn, weekdayOf, zonedToInstant } from "~/lib/zoned-time";

import { enqueueDeliveries, type NewDelivery } from "./email-delivery.server";
import { optedOutAmong } from "./email-preference.server";

/** Daily reminders (tasks, asks, the digest) go out from this local time on. */
export const dailyReminderTime = "08:00";
export const defaultMeetingReminderMinutes = [1440, 60];
export const maxMeetingReminderMinutes = 7 * 1440;
/** Overdue tasks are reminded on the first days after their due date, at most this many times. */
export const overdueReminderDays = 3;
const mondayWeekday = 1;

/**
 * When a meeting reminder is due. Whole days count on the local calendar, so "a day before" a 6 pm meeting is
 * 6 pm the day before even when the clocks change in between; shorter offsets are plain durations.
 */
export function meetingReminderMoment(startsAt: Date, offsetMinutes: number, timeZone: string): Date {
  if (offsetMinutes % 1440 === 0) {
    const { date, time } = instantToZoned(startsAt, timeZone);
    return zonedToInstant(addDays(date, -offsetMinutes / 1440), time, timeZone);
  }
  return new Date(startsAt.getTime() - offsetMinutes * 60_000);
}

/** The latest reminder moment that has passed, if any: after downtime only the most recent one still matters. */
export function dueMeetingMoment(startsAt: Date, offsets: number[], timeZone: string, now: Date): Date | null {
  if (startsAt.getTime() <= now.getTime()) return null;
  let latest: Date | null = null;
  for (const offset of offsets) {
    const moment = meetingReminderMoment(startsAt, offset, timeZone);
    if (moment.getTime() <= now.getTime() && (!latest || moment.getTime() > latest.getTime())) latest = moment;
  }
  return latest;
}

/** The local day and the moment daily reminders start on it, per time zone, computed once per pass. */
function localClock(now: Date) {
  const cache = new Map<string, { today: string; dailyDue: boolean; dailyMoment: Date }>();
  return (timeZone: string) => {
    let clock = cache.get(timeZone);
    if (!clock) {
      const today = instantToZoned(now, timeZone).date;
      const dailyMoment = zonedToInstant(today, dailyReminderTime, timeZone);
      clock = { today, dailyDue: now.getTime() >= dailyMoment.getTime(), dailyMoment };
      cache.set(timeZone, clock);
    }
    return clock;
  };
}

type Planned = {
  key: string;
  kind: OptionalEmailKind;
  organizationId: string;
  userId: string;
  recordId: string;
  dueAt: Date;
};

function plannedMeetingReminders(now: Date): Planned[] {
  const rows = db
    .select({
      id: schema.meetings.id,
      startsAt: schema.meetings.startsAt,
      organizationId: schema.campaigns.organizationId,
      leadUserId: schema.campaigns.leadUserId,
      timeZone: schema.organizations.timeZone,
      minutes: schema.organizations.meetingReminderMinutes,
    })
    .from(schema.meetings)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.meetings.campaignId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.campaigns.organizationId))
    .where(
      and(
        eq(schema.meetings.status, "scheduled"),
        gt(schema.meetings.startsAt, now),
        lte(schema.meetings.startsAt, new Date(now.getTime() + maxMeetingReminderMinutes * 60_000 + 2 * 86_400_000)),
      ),
    )
    .all();
  const due = rows.flatMap((row) => {
    const moment = dueMeetingMoment(row.startsAt, row.minutes, row.timeZone, now);
    return moment ? [{ ...row, moment }] : [];
  });
  if (due.length === 0) return [];
  const attendees = new Map<string, string[]>();
  for (const { meetingId, userId } of db
    .select({ meetingId: schema.meetingAttendees.meetingId, userId: schema.meetingAttendees.userId })
    .from(schema.meetingAttendees)
    .where(
      inArray(
        schema.meetingAttendees.meetingId,
        due.map((row) => row.id),
      ),
    )
    .all()) {
    attendees.set(meetingId, [...(attendees.get(meetingId) ?? []), userId]);
  }
  return due.flatMap((row) => {
    // With nobody listed as attending, the campaign's lead hears about it rather than nobody.
    const people = attendees.get(row.id) ?? (row.leadUserId ? [row.leadUserId] : []);
    return people.map((userId) => ({
      key: `meeting-reminder:${row.id}:${row.moment.toISOString()}:${userId}`,
      kind: "meeting-reminder" as const,
      organizationId: row.organizationId,
      userId,
      recordId: row.id,
      dueAt: row.moment,
    }));
  });
}

function plannedTaskReminders(now: Date, clock: ReturnType<typeof localClock>): Planned[] {
  // A window of days wide enough for every zone's today; each row is then read on its coalition's calendar.
  const utcToday = todayIn("UTC", now);
  const rows = db
    .select({
      id: schema.tasks.id,
      dueOn: schema.tasks.dueOn,
      userId: schema.tasks.assigneeId,
      organizationId: schema.tasks.organizationId,
      timeZone: schema.organizations.timeZone,
    })
    .from(schema.tasks)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.tasks.organizationId))
    .where(
      and(
        eq(schema.tasks.status, "open"),
        between(schema.tasks.dueOn, addDays(utcToday, -(overdueReminderDays + 2)), addDays(utcToday, 2)),
        isNotNull(schema.tasks.assigneeId),
      ),
    )
    .all();
  return rows.flatMap(({ userId, ...row }): Planned[] => {
    const { today, dailyDue, dailyMoment } = clock(row.timeZone);
    if (!dailyDue || !userId) return [];
    const late = daysBetween(row.dueOn, today);
    const base = { organizationId: row.organizationId, userId, recordId: row.id, dueAt: dailyMoment };
    if (late === -1) return [{ ...base, kind: "task-due-soon", key: `task-due-soon:${row.id}:${row.dueOn}:${userId}` }];
    if (late >= 1 && late <= overdueReminderDays)
      return [{ ...base, kind: "task-overdue", key: `task-overdue:${row.id}:${row.dueOn}:${late}:${userId}` }];
    return [];
  });
}

function organizersOf(organizationIds: string[]): Map<string, string[]> {
  const byOrganization = new Map<string, string[]>();
  if (organizationIds.length === 0) return byOrganization;
  for (const { organizationId, userId, role } of db
    .select({
      organizationId: schema.memberships.organizationId,
      userId: schema.memberships.userId,
      role: schema.memberships.role,
    })
    .from(schema.memberships)
    .where(inArray(schema.memberships.organizationId, [...new Set(organizationIds)]))
    .all()) {
    if (role !== "owner" && role !== "organizer") continue;
    byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), userId]);
  }
  return byOrganization;
}

function plannedAskFollowUps(now: Date, clock: ReturnType<typeof localClock>): Planned[] {
  const utcToday = todayIn("UTC", now);
  const rows = db
    .select({
      id: schema.asks.id,
      followUpOn: schema.asks.followUpOn,
      organizationId: schema.campaigns.organizationId,
      leadUserId: schema.campaigns.leadUserId,
      timeZone: schema.organizations.timeZone,
    })
    .from(schema.asks)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.asks.campaignId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.campaigns.organizationId))
    .where(
      and(
        between(schema.asks.followUpOn, addDays(utcToday, -1), addDays(utcToday, 1)),
        inArray(schema.asks.status, openAskStatuses),
      ),
    )
    .all()
    .filter((row) => {
      const { today, dailyDue } = clock(row.timeZone);
      return dailyDue && row.followUpOn === today;
    });
  const organizers = organizersOf(rows.filter((row) => !row.leadUserId).map((row) => row.organizationId));
  return rows.flatMap((row) =>
    // The campaign's lead follows up; a campaign without one falls to the coalition's organizers.
    (row.leadUserId ? [row.leadUserId] : (organizers.get(row.organizationId) ?? [])).map((userId) => ({
      key: `ask-follow-up:${row.id}:${row.followUpOn}:${userId}`,
      kind: "ask-follow-up" as const,
      organizationId: row.organizationId,
      userId,
      recordId: row.id,
      dueAt: clock(row.timeZone).dailyMoment,
    })),
  );
}

function plannedDigests(now: Date, clock: ReturnType<typeof localClock>): Planned[] {
  const coalitions = db
    .select({ id: schema.organizations.id, timeZone: schema.organizations.timeZone, kind: schema.organizations.kind })
    .from(schema.organizations)
    .all()
    .filter((row) => {
      const { today, dailyDue } = clock(row.timeZone);
      return row.kind === "coalition" && dailyDue && weekdayOf(today) === mondayWeekday;
    });
  const organizers = organizersOf(coalitions.map((row) => row.id));
  return coalitions.flatMap((row) =>
    (organizers.get(row.id) ?? []).map((userId) => ({
      key: `weekly-digest:${row.id}:${clock(row.timeZone).today}:${userId}`,
      kind: "weekly-digest" as const,
      organizationId: row.id,
      userId,
      recordId: row.id,
      dueAt: clock(row.timeZone).dailyMoment,
    })),
  );
}

/** Everything due now, before recipients' choices are applied. */
export function findDueReminders(now = new Date()): Planned[] {
  const clock = localClock(now);
  return [
    ...plannedMeetingReminders(now),
    ...plannedTaskReminders(now, clock),
    ...plannedAskFollowUps(now, clock),
    ...plannedDigests(now, clock),
  ];
}

export const unconfirmedAddressReason = "Not sent: this person has not confirmed their email address yet.";

/**
 * Records the reminders that are due as deliveries, each exactly once (its key is the claim). People who turned
 * a kind off get nothing; people who left the coalition get nothing; an unconfirmed address is recorded as skipped.
 */
export function planReminders(now = new Date()): { due: number; created: number } {
  const planned = findDueReminders(now);
  if (planned.length === 0) return { due: 0, created: 0 };
  const userIds = [...new Set(planned.map((item) => item.userId))];
  const users = new Map(
    db
      .select({
        id: schema.users.id,
        name: schema.users.name,
        email: schema.users.email,
        verifiedAt: schema.users.emailVerifiedAt,
      })
      .from(schema.users)
      .where(inArray(schema.users.id, userIds))
      .all()
      .map((user) => [user.id, user]),
  );
  const memberships = new Set(
    db
      .select({ organizationId: schema.memberships.organizationId, userId: schema.memberships.userId })
      .from(schema.memberships)
      .where(inArray(schema.memberships.userId, userIds))
      .all()
      .map((row) => `${row.organizationId} ${row.userId}`),
  );
  const optedOut = new Map<OptionalEmailKind, Set<string>>();
  const deliveries: NewDelivery[] = [];
  for (const item of planned) {
    const user = users.get(item.userId);
    if (!user || !memberships.has(`${item.organizationId} ${item.userId}`)) continue;
    if (!optedOut.has(item.kind)) optedOut.set(item.kind, optedOutAmong(userIds, item.kind));
    if (optedOut.get(item.kind)!.has(item.userId)) continue;
    deliveries.push({
      ...item,
      toAddress: user.email,
      toName: user.name,
      skippedBecause: user.verifiedAt ? undefined : unconfirmedAddressReason,
    });
  }
  const created = db.transaction((tx) => enqueueDeliveries(deliveries, now, tx));
  return { due: deliveries.length, created };
}
