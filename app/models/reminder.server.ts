// Which reminders are due, computed from the data each pass: nothing is scheduled ahead, so moving a meeting,
// finishing a task or closing an ask changes what is due without any bookkeeping.
import { and, eq, gt, inArray, isNotNull, lte, sql } from "drizzle-orm";

import { anyOf, db, preparedQuery, schema } from "~/lib/db.server";
import { openAskStatuses } from "~/lib/domain";
import type { OptionalEmailKind } from "~/lib/email-kinds";
import { addDays, daysBetween, instantToZoned, weekdayOf, zonedToInstant } from "~/lib/zoned-time";

import { enqueueDeliveries, recordedKeys, type NewDelivery } from "./email-delivery.server";
import { optedOutAmong } from "./email-preference.server";
import type { Organization } from "./organization.server";

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

type OrganizationClock = { id: string; timeZone: string; kind: Organization["kind"]; minutes: number[] };

function plannedMeetingReminders(now: Date, organizations: Map<string, OrganizationClock>): Planned[] {
  // Read from the side that stays small, the next days' meetings; their campaigns are then looked up by id.
  // Joined in one query, SQLite may start from the coalitions instead and visit every campaign's meetings.
  const meetings = db
    .select({ id: schema.meetings.id, startsAt: schema.meetings.startsAt, campaignId: schema.meetings.campaignId })
    .from(schema.meetings)
    .where(
      and(
        eq(schema.meetings.status, "scheduled"),
        gt(schema.meetings.startsAt, now),
        lte(schema.meetings.startsAt, new Date(now.getTime() + maxMeetingReminderMinutes * 60_000 + 2 * 86_400_000)),
      ),
    )
    .all();
  if (meetings.length === 0) return [];
  const campaigns = new Map(
    db
      .select({
        id: schema.campaigns.id,
        organizationId: schema.campaigns.organizationId,
        leadUserId: schema.campaigns.leadUserId,
      })
      .from(schema.campaigns)
      .where(inArray(schema.campaigns.id, anyOf([...new Set(meetings.map((meeting) => meeting.campaignId))])))
      .all()
      .map((campaign) => [campaign.id, campaign]),
  );
  const rows = meetings.flatMap(({ id, startsAt, campaignId }) => {
    const campaign = campaigns.get(campaignId);
    const organization = campaign && organizations.get(campaign.organizationId);
    if (!campaign || !organization) return [];
    const { organizationId, leadUserId } = campaign;
    return [
      { id, startsAt, organizationId, leadUserId, timeZone: organization.timeZone, minutes: organization.minutes },
    ];
  });
  const due = rows.flatMap((row) => {
    const moment = dueMeetingMoment(row.startsAt, row.minutes, row.timeZone, now);
    return moment ? [{ ...row, moment }] : [];
  });
  if (due.length === 0) return [];
  const attendees = new Map<string, string[]>();
  for (const { meetingId, userId } of db
    .select({ meetingId: schema.meetingAttendees.meetingId, userId: schema.meetingAttendees.userId })
    .from(schema.meetingAttendees)
    .where(inArray(schema.meetingAttendees.meetingId, anyOf(due.map((row) => row.id))))
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

/**
 * The local days on which daily reminders are due right now: "today" in each time zone where 8 am has passed.
 * Tasks and asks are then read for those days only, straight from their indexes, so a pass reads what is due
 * rather than every row in a window wide enough for all zones.
 */
function dailyReminderDays(organizations: OrganizationClock[], clock: ReturnType<typeof localClock>): string[] {
  const days = new Set<string>();
  for (const { timeZone } of organizations) {
    const { today, dailyDue } = clock(timeZone);
    if (dailyDue) days.add(today);
  }
  return [...days];
}

function plannedTaskReminders(
  days: string[],
  zoneOf: Map<string, string>,
  clock: ReturnType<typeof localClock>,
): Planned[] {
  // Due tomorrow, or overdue by one to `overdueReminderDays` days, on some zone's today.
  const dueOn = new Set(
    days.flatMap((today) => [
      addDays(today, 1),
      ...Array.from({ length: overdueReminderDays }, (_, i) => addDays(today, -(i + 1))),
    ]),
  );
  if (dueOn.size === 0) return [];
  // How late a task due on each of those days is, on each zone's today: worked out once, not once per task.
  const lateness = new Map(
    days.map((today) => [today, new Map([...dueOn].map((day) => [day, daysBetween(day, today)]))]),
  );
  const openTasksDueOn = preparedQuery("open assigned tasks due on a day", () =>
    db
      .select({ id: schema.tasks.id, userId: schema.tasks.assigneeId, organizationId: schema.tasks.organizationId })
      .from(schema.tasks)
      .where(
        and(
          // Written as the partial index tasks_open_due_idx states it, so that SQLite reads only that index.
          sql`${schema.tasks.status} = 'open'`,
          isNotNull(schema.tasks.assigneeId),
          eq(schema.tasks.dueOn, sql.placeholder("dueOn")),
        ),
      )
      .prepare(),
  );
  const planned: Planned[] = [];
  for (const day of dueOn) {
    // Rows as plain arrays, in a plain loop: at scale tens of thousands of tasks are due at once, and making an
    // object of each row cost more than SQLite took to read them.
    for (const [id, userId, organizationId] of openTasksDueOn.values({ dueOn: day })) {
      if (typeof id !== "string" || typeof userId !== "string" || typeof organizationId !== "string") continue;
      const timeZone = zoneOf.get(organizationId);
      if (!timeZone) continue;
      const { today, dailyDue, dailyMoment } = clock(timeZone);
      const late = dailyDue ? lateness.get(today)?.get(day) : undefined;
      if (late === -1)
        planned.push({
          key: `task-due-soon:${id}:${day}:${userId}`,
          kind: "task-due-soon",
          organizationId,
          userId,
          recordId: id,
          dueAt: dailyMoment,
        });
      else if (late !== undefined && late >= 1 && late <= overdueReminderDays)
        planned.push({
          key: `task-overdue:${id}:${day}:${late}:${userId}`,
          kind: "task-overdue",
          organizationId,
          userId,
          recordId: id,
          dueAt: dailyMoment,
        });
    }
  }
  return planned;
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
    .where(inArray(schema.memberships.organizationId, anyOf([...new Set(organizationIds)])))
    .all()) {
    if (role !== "owner" && role !== "organizer") continue;
    byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), userId]);
  }
  return byOrganization;
}

function plannedAskFollowUps(
  days: string[],
  zoneOf: Map<string, string>,
  clock: ReturnType<typeof localClock>,
): Planned[] {
  if (days.length === 0) return [];
  const rows = db
    .select({
      id: schema.asks.id,
      followUpOn: schema.asks.followUpOn,
      organizationId: schema.campaigns.organizationId,
      leadUserId: schema.campaigns.leadUserId,
    })
    .from(schema.asks)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.asks.campaignId))
    .where(
      and(
        // The partial index asks_follow_up_status_idx holds only asks with a follow-up date.
        isNotNull(schema.asks.followUpOn),
        inArray(schema.asks.followUpOn, days),
        inArray(schema.asks.status, openAskStatuses),
      ),
    )
    .all()
    .flatMap((row) => {
      const timeZone = zoneOf.get(row.organizationId);
      if (!timeZone) return [];
      const { today, dailyDue, dailyMoment } = clock(timeZone);
      return dailyDue && row.followUpOn === today ? [{ ...row, dailyMoment }] : [];
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
      dueAt: row.dailyMoment,
    })),
  );
}

function plannedDigests(organizations: OrganizationClock[], clock: ReturnType<typeof localClock>): Planned[] {
  const coalitions = organizations.filter((row) => {
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
  // Every organization's time zone and meeting reminder times, read once (a small table beside tasks and asks):
  // the digests need them all, and meetings, tasks and asks are matched to theirs here instead of in a join.
  const organizations = db
    .select({
      id: schema.organizations.id,
      timeZone: schema.organizations.timeZone,
      kind: schema.organizations.kind,
      minutes: schema.organizations.meetingReminderMinutes,
    })
    .from(schema.organizations)
    .all();
  const zoneOf = new Map(organizations.map((row) => [row.id, row.timeZone]));
  const days = dailyReminderDays(organizations, clock);
  return [
    ...plannedMeetingReminders(now, new Map(organizations.map((row) => [row.id, row]))),
    ...plannedTaskReminders(days, zoneOf, clock),
    ...plannedAskFollowUps(days, zoneOf, clock),
    ...plannedDigests(organizations, clock),
  ];
}

export const unconfirmedAddressReason = "Not sent: this person has not confirmed their email address yet.";

/**
 * Records the reminders that are due as deliveries, each exactly once (its key is the claim). People who turned
 * a kind off get nothing; people who left the coalition get nothing; an unconfirmed address is recorded as skipped.
 * `due` counts everything due now, recorded before or not; `created`, what this pass recorded.
 */
export function planReminders(now = new Date()): { due: number; created: number } {
  const due = findDueReminders(now);
  // A pass runs every minute and finds again what earlier passes recorded: only the rest is looked into.
  const recorded = recordedKeys(due.map((item) => item.key));
  const planned = due.filter((item) => !recorded.has(item.key));
  if (planned.length === 0) return { due: due.length, created: 0 };
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
      .where(inArray(schema.users.id, anyOf(userIds)))
      .all()
      .map((user) => [user.id, user]),
  );
  const memberships = new Set(
    db
      .select({ organizationId: schema.memberships.organizationId, userId: schema.memberships.userId })
      .from(schema.memberships)
      .where(inArray(schema.memberships.userId, anyOf(userIds)))
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
  return { due: due.length, created: enqueueDeliveries(deliveries, now) };
}
