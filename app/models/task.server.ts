import { and, asc, eq, lt, sql, type SQL } from "drizzle-orm";

import { db, newId, preparedQuery, schema } from "~/lib/db.server";
import type { TaskStatus } from "~/lib/domain";
import { defaultLocale, formatDay, formatMoment, type Locale } from "~/lib/format-dates";

import { recordActivity, type Actor } from "./activity.server";

export type TaskInput = {
  title: string;
  details: string;
  dueOn: string;
  assigneeId: string;
  campaignId: string | null;
  meetingId: string | null;
  askId: string | null;
};

const columns = {
  id: schema.tasks.id,
  title: schema.tasks.title,
  details: schema.tasks.details,
  dueOn: schema.tasks.dueOn,
  status: schema.tasks.status,
  handBackNote: schema.tasks.handBackNote,
  handedBackByName: schema.tasks.handedBackByName,
  handedBackAt: schema.tasks.handedBackAt,
  doneAt: schema.tasks.doneAt,
  organizerActedAt: schema.tasks.organizerActedAt,
  createdById: schema.tasks.createdById,
  assigneeId: schema.tasks.assigneeId,
  assigneeName: schema.users.name,
  campaignId: schema.tasks.campaignId,
  campaignTitle: schema.campaigns.title,
  meetingId: schema.tasks.meetingId,
  askId: schema.tasks.askId,
  createdByName: schema.tasks.createdByName,
};

export type TaskRow = {
  id: string;
  title: string;
  details: string;
  dueOn: string;
  status: TaskStatus;
  handBackNote: string;
  handedBackByName: string;
  handedBackAt: Date | null;
  doneAt: Date | null;
  organizerActedAt: Date | null;
  createdById: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  campaignId: string | null;
  campaignTitle: string | null;
  meetingId: string | null;
  askId: string | null;
  createdByName: string;
};

function selectTasks() {
  return db
    .select(columns)
    .from(schema.tasks)
    .leftJoin(schema.users, eq(schema.users.id, schema.tasks.assigneeId))
    .leftJoin(schema.campaigns, eq(schema.campaigns.id, schema.tasks.campaignId));
}

export function getTask(organizationId: string, taskId: string): TaskRow | undefined {
  return selectTasks()
    .where(and(eq(schema.tasks.id, taskId), eq(schema.tasks.organizationId, organizationId)))
    .get();
}

export const taskPageSize = 25;

export type TaskFilter = {
  status?: TaskStatus;
  assigneeId?: string;
  campaignId?: string;
  overdueOn?: string;
  page: number;
};

/** Tasks of an organization, soonest due first; `overdueOn` (today's date) keeps only open tasks due before it. */
export function listTasks(organizationId: string, filter: TaskFilter) {
  const { status, assigneeId, campaignId, overdueOn } = filter;
  const shape = Object.entries({ status, assigneeId, campaignId, overdueOn })
    .filter(([, value]) => value)
    .map(([name]) => name);
  const queries = preparedQuery(`tasks by ${shape.join(", ")}`, () => {
    const conditions: SQL[] = [eq(schema.tasks.organizationId, sql.placeholder("organizationId"))];
    if (status) conditions.push(eq(schema.tasks.status, sql.placeholder("status")));
    if (assigneeId) conditions.push(eq(schema.tasks.assigneeId, sql.placeholder("assigneeId")));
    if (campaignId) conditions.push(eq(schema.tasks.campaignId, sql.placeholder("campaignId")));
    if (overdueOn)
      conditions.push(eq(schema.tasks.status, "open"), lt(schema.tasks.dueOn, sql.placeholder("overdueOn")));
    const where = and(...conditions);
    return {
      total: db
        .select({ count: sql<number>`count(*)` })
        .from(schema.tasks)
        .where(where)
        .prepare(),
      rows: selectTasks()
        .where(where)
        .orderBy(asc(schema.tasks.dueOn), asc(schema.tasks.id))
        .limit(taskPageSize)
        .offset(sql.placeholder("offset"))
        .prepare(),
    };
  });
  const values = {
    organizationId,
    status,
    assigneeId,
    campaignId,
    overdueOn,
    offset: (filter.page - 1) * taskPageSize,
  };
  return { rows: queries.rows.all(values), total: queries.total.get(values)?.count ?? 0 };
}

export function createTask(organizationId: string, input: TaskInput, actor: Actor): string {
  const id = newId();
  db.transaction((tx) => {
    tx.insert(schema.tasks)
      .values({
        id,
        organizationId,
        ...input,
        status: "open",
        createdByName: actor.name,
        createdById: actor.id,
        updatedAt: new Date(),
      })
      .run();
    recordActivity(tx, {
      organizationId,
      campaignId: input.campaignId,
      actor,
      event: { kind: "task.assigned", details: { title: input.title, dueOn: input.dueOn } },
    });
  });
  return id;
}

/** The assignee finishes a task, or hands it back with a note for the organizers. */
export function settleTask(
  organizationId: string,
  task: TaskRow,
  outcome: { status: "done" } | { status: "handed-back"; note: string },
  actor: Actor,
  now = new Date(),
): void {
  const handedBack = outcome.status === "handed-back";
  db.transaction((tx) => {
    tx.update(schema.tasks)
      .set({
        status: outcome.status,
        handBackNote: handedBack ? outcome.note : "",
        handedBackByName: handedBack ? actor.name : "",
        handedBackAt: handedBack ? now : null,
        doneAt: handedBack ? null : now,
        assigneeId: handedBack ? null : task.assigneeId,
        updatedAt: now,
      })
      .where(eq(schema.tasks.id, task.id))
      .run();
    recordActivity(tx, {
      organizationId,
      campaignId: task.campaignId,
      actor,
      event: handedBack
        ? { kind: "task.handedBack", details: { title: task.title, note: outcome.note } }
        : { kind: "task.done", details: { title: task.title } },
    });
  });
}

/** The assignee takes back "Mark done" (the permission gate decides whether they still may): the task is open. */
export function reopenTask(organizationId: string, task: TaskRow, actor: Actor, now = new Date()): void {
  db.transaction((tx) => {
    tx.update(schema.tasks)
      .set({ status: "open", doneAt: null, updatedAt: now })
      .where(and(eq(schema.tasks.id, task.id), eq(schema.tasks.status, "done")))
      .run();
    recordActivity(tx, {
      organizationId,
      campaignId: task.campaignId,
      actor,
      event: { kind: "task.reopened", details: { title: task.title } },
    });
  });
}

/** Puts a task back in someone's hands (after it was handed back, or to change who does it). */
export function reassignTask(
  organizationId: string,
  task: TaskRow,
  assigneeId: string,
  actor: Actor,
  now = new Date(),
): void {
  db.transaction((tx) => {
    tx.update(schema.tasks)
      .set({
        assigneeId,
        status: "open",
        doneAt: null,
        handedBackByName: "",
        handedBackAt: null,
        organizerActedAt: now,
        updatedAt: now,
      })
      .where(eq(schema.tasks.id, task.id))
      .run();
    recordActivity(tx, {
      organizationId,
      campaignId: task.campaignId,
      actor,
      event: { kind: "task.reassigned", details: { title: task.title } },
    });
  });
}

/** An organizer confirms a finished task: it stays done, and its assignee can no longer undo it. */
export function closeTask(organizationId: string, task: TaskRow, actor: Actor, now = new Date()): void {
  db.transaction((tx) => {
    tx.update(schema.tasks).set({ organizerActedAt: now, updatedAt: now }).where(eq(schema.tasks.id, task.id)).run();
    recordActivity(tx, {
      organizationId,
      campaignId: task.campaignId,
      actor,
      event: { kind: "task.confirmed", details: { title: task.title } },
    });
  });
}

/** Handed-back tasks waiting for a new owner, longest waiting first, for the organizers' dashboard. */
export function handedBackTasks(organization: { id: string; timeZone: string }, locale: Locale = defaultLocale) {
  return handedBackRows(organization.id).map(({ at, ...task }) => ({
    ...task,
    handedBackOn: at ? formatMoment(at, "short", organization.timeZone, locale) : null,
    dueText: formatDay(task.dueOn, "date", locale),
  }));
}

export type HandedBackTask = ReturnType<typeof handedBackTasks>[number];

function handedBackRows(organizationId: string) {
  return preparedQuery("handed-back tasks", () =>
    db
      .select({
        id: schema.tasks.id,
        title: schema.tasks.title,
        dueOn: schema.tasks.dueOn,
        note: schema.tasks.handBackNote,
        byName: schema.tasks.handedBackByName,
        at: schema.tasks.handedBackAt,
        campaignTitle: schema.campaigns.title,
      })
      .from(schema.tasks)
      .leftJoin(schema.campaigns, eq(schema.campaigns.id, schema.tasks.campaignId))
      .where(
        and(eq(schema.tasks.organizationId, sql.placeholder("organizationId")), eq(schema.tasks.status, "handed-back")),
      )
      .orderBy(asc(schema.tasks.handedBackAt), asc(schema.tasks.id))
      .limit(50)
      .prepare(),
  ).all({ organizationId });
}

/** The meeting and ask a task was made for, when it has them, for links on its page. */
export function taskMeetingAndAsk(task: Pick<TaskRow, "campaignId" | "meetingId" | "askId">) {
  const meeting = task.meetingId
    ? db
        .select({ id: schema.meetings.id, title: schema.meetings.title, campaignId: schema.meetings.campaignId })
        .from(schema.meetings)
        .where(eq(schema.meetings.id, task.meetingId))
        .get()
    : undefined;
  const ask = task.askId
    ? db
        .select({
          id: schema.asks.id,
          text: schema.asks.text,
          targetName: schema.asks.targetName,
          campaignId: schema.asks.campaignId,
        })
        .from(schema.asks)
        .where(eq(schema.asks.id, task.askId))
        .get()
    : undefined;
  return { meeting, ask };
}

export function isOverdue(task: { status: TaskStatus; dueOn: string }, today: string): boolean {
  return task.status === "open" && task.dueOn < today;
}

/** A task as task lists show it (a page sends its browser no more than it displays). */
export type TaskItem = Pick<TaskRow, "id" | "title" | "dueOn" | "status" | "assigneeName" | "campaignTitle"> & {
  overdue: boolean;
  /** The due day in words, written here so that the browser needs no date formatter to show a list. */
  dueText: string;
};

export function taskListItems(tasks: TaskRow[], today: string, locale: Locale): TaskItem[] {
  return tasks.map(({ id, title, dueOn, status, assigneeName, campaignTitle }) => ({
    id,
    title,
    dueOn,
    status,
    assigneeName,
    campaignTitle,
    overdue: isOverdue({ status, dueOn }, today),
    dueText: formatDay(dueOn, "date", locale),
  }));
}

/** Open tasks due in a window, for a user's calendar feed. */
export function dueTasksOf(userId: string) {
  return db
    .select({
      id: schema.tasks.id,
      title: schema.tasks.title,
      dueOn: schema.tasks.dueOn,
      organizationSlug: schema.organizations.slug,
    })
    .from(schema.tasks)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.tasks.organizationId))
    .innerJoin(
      schema.memberships,
      and(eq(schema.memberships.organizationId, schema.tasks.organizationId), eq(schema.memberships.userId, userId)),
    )
    .where(and(eq(schema.tasks.assigneeId, userId), eq(schema.tasks.status, "open")))
    .orderBy(asc(schema.tasks.dueOn))
    .limit(500)
    .all();
}
