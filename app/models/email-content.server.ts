// Reads what a reminder email is about, at the moment it is sent: a reminder retried an hour later shows the
// meeting's current place, and a reminder whose reason went away (meeting moved or cancelled, task finished,
// ask closed) is not sent at all.
import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";

import { db, schema } from "~/lib/db.server";
import { openAskStatuses } from "~/lib/domain";
import { href } from "~/lib/paths";
import { addDays, daysBetween, instantToZoned, zonedToInstant } from "~/lib/zoned-time";

import { activityColumns, readActivityRow } from "./activity.server";
import { meetingTargets } from "./meeting.server";
import { meetingReminderMoment, overdueReminderDays } from "./reminder.server";

const organizationOf = (id: string) =>
  db
    .select({
      id: schema.organizations.id,
      name: schema.organizations.name,
      slug: schema.organizations.slug,
      timeZone: schema.organizations.timeZone,
      minutes: schema.organizations.meetingReminderMinutes,
    })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, id))
    .get();

export type ReminderOrganization = NonNullable<ReturnType<typeof organizationOf>>;

const endOfLocalDay = (date: string, timeZone: string) => zonedToInstant(addDays(date, 1), "00:00", timeZone);

export function meetingReminderContent(meetingId: string, dueAt: Date, now: Date) {
  const row = db
    .select({
      meeting: schema.meetings,
      campaignTitle: schema.campaigns.title,
      organizationId: schema.campaigns.organizationId,
    })
    .from(schema.meetings)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.meetings.campaignId))
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!row) return { skip: "The meeting was deleted." } as const;
  const { meeting } = row;
  const organization = organizationOf(row.organizationId)!;
  if (meeting.status === "cancelled") return { skip: "The meeting was cancelled." } as const;
  if (meeting.status !== "scheduled" || meeting.startsAt.getTime() <= now.getTime())
    return { skip: "The meeting had already started." } as const;
  const stillDue = organization.minutes.some(
    (offset) => meetingReminderMoment(meeting.startsAt, offset, organization.timeZone).getTime() === dueAt.getTime(),
  );
  if (!stillDue) return { skip: "The meeting was moved; its reminders follow the new time." } as const;
  const targets = meetingTargets(meeting.id);
  return {
    organization,
    meeting,
    campaignTitle: row.campaignTitle,
    targets: targets.map((target) => (target.title ? `${target.name} (${target.title})` : target.name)).join(", "),
    path: href("/o/:slug/campaigns/:campaignId/meetings/:meetingId", {
      slug: organization.slug,
      campaignId: meeting.campaignId,
      meetingId: meeting.id,
    }),
  };
}

function taskWithContext(taskId: string) {
  return db
    .select({ task: schema.tasks, campaignTitle: schema.campaigns.title })
    .from(schema.tasks)
    .leftJoin(schema.campaigns, eq(schema.campaigns.id, schema.tasks.campaignId))
    .where(eq(schema.tasks.id, taskId))
    .get();
}

export function taskReminderContent(
  kind: "task-due-soon" | "task-overdue",
  taskId: string,
  userId: string,
  dueAt: Date,
  now: Date,
) {
  const row = taskWithContext(taskId);
  if (!row) return { skip: "The task was deleted." } as const;
  const { task } = row;
  const organization = organizationOf(task.organizationId)!;
  if (task.status !== "open") return { skip: "The task was finished or handed back." } as const;
  if (task.assigneeId !== userId) return { skip: "The task was given to someone else." } as const;
  const reminderDay = instantToZoned(dueAt, organization.timeZone).date;
  const late = daysBetween(task.dueOn, reminderDay);
  if (kind === "task-due-soon" ? late !== -1 : late < 1 || late > overdueReminderDays)
    return { skip: "The task's due date changed." } as const;
  // A "due tomorrow" note is pointless once the day has come; an overdue note is for its own day only.
  const relevantUntil =
    kind === "task-due-soon"
      ? zonedToInstant(task.dueOn, "00:00", organization.timeZone)
      : endOfLocalDay(reminderDay, organization.timeZone);
  if (now.getTime() >= relevantUntil.getTime())
    return { skip: "The moment for this reminder passed while no reminders could be sent." } as const;
  return {
    organization,
    task,
    campaignTitle: row.campaignTitle ?? "",
    daysLate: late,
    isLastReminder: late === overdueReminderDays,
    path: href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: task.id }),
  };
}

export function taskAssignedContent(taskId: string) {
  const row = taskWithContext(taskId);
  if (!row) return undefined;
  const organization = organizationOf(row.task.organizationId)!;
  return {
    organization,
    task: row.task,
    campaignTitle: row.campaignTitle ?? "",
    path: href("/o/:slug/tasks/:taskId", { slug: organization.slug, taskId: row.task.id }),
  };
}

export function askFollowUpContent(askId: string, dueAt: Date, now: Date) {
  const row = db
    .select({
      ask: schema.asks,
      campaignTitle: schema.campaigns.title,
      organizationId: schema.campaigns.organizationId,
    })
    .from(schema.asks)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.asks.campaignId))
    .where(eq(schema.asks.id, askId))
    .get();
  if (!row) return { skip: "The ask was deleted." } as const;
  const organization = organizationOf(row.organizationId)!;
  const day = instantToZoned(dueAt, organization.timeZone).date;
  if (!openAskStatuses.includes(row.ask.status)) return { skip: "The ask was settled." } as const;
  if (row.ask.followUpOn !== day) return { skip: "The ask's follow-up date changed." } as const;
  if (now.getTime() >= endOfLocalDay(day, organization.timeZone).getTime())
    return { skip: "The follow-up day passed while no reminders could be sent." } as const;
  return {
    organization,
    ask: row.ask,
    campaignTitle: row.campaignTitle,
    followUpDay: day,
    path: href("/o/:slug/campaigns/:campaignId/asks/:askId", {
      slug: organization.slug,
      campaignId: row.ask.campaignId,
      askId: row.ask.id,
    }),
  };
}

const digestListSize = 10;
const waitingStatuses = openAskStatuses.filter((status) => status !== "planned");

export function weeklyDigestContent(organizationId: string, dueAt: Date, now: Date) {
  const organization = organizationOf(organizationId);
  if (!organization) return { skip: "The coalition was deleted." } as const;
  const today = instantToZoned(dueAt, organization.timeZone).date;
  if (now.getTime() >= endOfLocalDay(today, organization.timeZone).getTime())
    return { skip: "Monday passed while no reminders could be sent." } as const;
  const since = new Date(dueAt.getTime() - 7 * 86_400_000);
  const changesWhere = and(eq(schema.activity.organizationId, organizationId), gte(schema.activity.at, since));
  const changes = db
    .select(activityColumns)
    .from(schema.activity)
    .where(changesWhere)
    .orderBy(desc(schema.activity.at), desc(schema.activity.id))
    .limit(20)
    .all()
    .map(readActivityRow);
  const changeCount = db
    .select({ n: sql<number>`count(*)` })
    .from(schema.activity)
    .where(changesWhere)
    .get()!.n;
  const openTasks = (range: ReturnType<typeof and>) =>
    db
      .select({
        id: schema.tasks.id,
        title: schema.tasks.title,
        dueOn: schema.tasks.dueOn,
        assignee: schema.users.name,
      })
      .from(schema.tasks)
      .leftJoin(schema.users, eq(schema.users.id, schema.tasks.assigneeId))
      .where(and(eq(schema.tasks.organizationId, organizationId), eq(schema.tasks.status, "open"), range))
      .orderBy(asc(schema.tasks.dueOn), asc(schema.tasks.id))
      .limit(digestListSize)
      .all();
  const overdue = openTasks(lt(schema.tasks.dueOn, today));
  const dueSoon = openTasks(and(gte(schema.tasks.dueOn, today), lt(schema.tasks.dueOn, addDays(today, 8))));
  const waitingAsks = db
    .select({
      id: schema.asks.id,
      text: schema.asks.text,
      targetName: schema.asks.targetName,
      status: schema.asks.status,
      updatedAt: schema.asks.updatedAt,
      campaignId: schema.asks.campaignId,
    })
    .from(schema.asks)
    .innerJoin(schema.campaigns, eq(schema.campaigns.id, schema.asks.campaignId))
    .where(and(eq(schema.campaigns.organizationId, organizationId), inArray(schema.asks.status, waitingStatuses)))
    .orderBy(asc(schema.asks.updatedAt))
    .limit(digestListSize)
    .all();
  return { organization, today, changes, changeCount, overdue, dueSoon, waitingAsks };
}
