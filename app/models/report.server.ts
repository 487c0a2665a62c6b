// Reports coalitions send about guidance or an agency, what the operators do about them, and the suspensions
// that follow: a suspended person cannot sign in; a suspended organization cannot publish or invite, its
// guidance is hidden from coalitions and its email stops.
import { aliasedTable, and, asc, desc, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import type { ModerationActionKind, ReportStatus, ReportSubject } from "~/lib/reports";

export type Suspension = { since: Date; reason: string };

/** The condition an agency's published work must meet to reach coalitions (organizations joined as the agency). */
export const agencyNotSuspended = isNull(schema.organizations.suspendedAt);

const suspensionOf = (row: { suspendedAt: Date | null; suspensionReason: string } | undefined): Suspension | null =>
  row?.suspendedAt ? { since: row.suspendedAt, reason: row.suspensionReason } : null;

export function userSuspension(userId: string): Suspension | null {
  const row = db
    .select({ suspendedAt: schema.users.suspendedAt, suspensionReason: schema.users.suspensionReason })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .get();
  return suspensionOf(row);
}

type Reporter = { id: string; name: string };

/** Records a coalition's report on guidance it received (or the agency behind it); returns its id. */
export function fileReport(input: {
  coalitionId: string;
  reporter: Reporter;
  subject: ReportSubject;
  guidanceId: string;
  guidanceVersion: number;
  reason: string;
}): string | null {
  const agency = db
    .select({ agencyId: schema.guidance.agencyId })
    .from(schema.guidance)
    .where(eq(schema.guidance.id, input.guidanceId))
    .get();
  if (!agency) return null;
  const id = newId();
  db.insert(schema.reports)
    .values({
      id,
      coalitionId: input.coalitionId,
      reporterId: input.reporter.id,
      reporterName: input.reporter.name,
      subject: input.subject,
      agencyId: agency.agencyId,
      guidanceId: input.guidanceId,
      guidanceVersion: input.guidanceVersion,
      reason: input.reason,
      status: "open",
    })
    .run();
  return id;
}

/** Confirmed, unsuspended accounts whose address is listed in OPERATOR_EMAILS: the people told about reports. */
export function operatorAccounts(operatorEmails: readonly string[]) {
  if (operatorEmails.length === 0) return [];
  return db
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      language: schema.users.language,
    })
    .from(schema.users)
    .where(
      and(
        inArray(schema.users.email, [...operatorEmails]),
        isNotNull(schema.users.emailVerifiedAt),
        isNull(schema.users.suspendedAt),
      ),
    )
    .all();
}

const coalitions = aliasedTable(schema.organizations, "coalitions");
const agencies = aliasedTable(schema.organizations, "agencies");

const reportRows = () =>
  db
    .select({
      report: schema.reports,
      coalitionName: coalitions.name,
      agencyName: agencies.name,
      agencySlug: agencies.slug,
      agencySuspendedAt: agencies.suspendedAt,
      agencySuspensionReason: agencies.suspensionReason,
      guidanceTitle: schema.guidanceVersions.title,
    })
    .from(schema.reports)
    .innerJoin(coalitions, eq(coalitions.id, schema.reports.coalitionId))
    .innerJoin(agencies, eq(agencies.id, schema.reports.agencyId))
    .leftJoin(
      schema.guidanceVersions,
      and(
        eq(schema.guidanceVersions.guidanceId, schema.reports.guidanceId),
        eq(schema.guidanceVersions.version, schema.reports.guidanceVersion),
      ),
    );

/** How many closed reports the list shows after every open one. */
export const closedReportsShown = 100;

/** Every open report, oldest first (the longest waiting on top), then the most recently closed ones. */
export function listReports() {
  const open = reportRows().where(eq(schema.reports.status, "open")).orderBy(asc(schema.reports.createdAt)).all();
  const closed = reportRows()
    .where(ne(schema.reports.status, "open"))
    .orderBy(desc(schema.reports.closedAt))
    .limit(closedReportsShown)
    .all();
  return { open, closed };
}

/** A report with the guidance version it was about, what was done so far, and the agency's people. */
export function getReport(reportId: string) {
  const row = reportRows().where(eq(schema.reports.id, reportId)).get();
  if (!row) return undefined;
  const { guidanceId, guidanceVersion } = row.report;
  const version =
    guidanceId && guidanceVersion !== null
      ? db
          .select()
          .from(schema.guidanceVersions)
          .where(
            and(
              eq(schema.guidanceVersions.guidanceId, guidanceId),
              eq(schema.guidanceVersions.version, guidanceVersion),
            ),
          )
          .get()
      : undefined;
  const actions = db
    .select()
    .from(schema.moderationActions)
    .where(eq(schema.moderationActions.reportId, reportId))
    .orderBy(asc(schema.moderationActions.at), asc(schema.moderationActions.id))
    .all();
  return { ...row, version, actions, agencyPeople: agencyPeople(row.report.agencyId) };
}

export type ReportDetail = NonNullable<ReturnType<typeof getReport>>;

function agencyPeople(agencyId: string) {
  return db
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      role: schema.memberships.role,
      suspendedAt: schema.users.suspendedAt,
      suspensionReason: schema.users.suspensionReason,
    })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(eq(schema.memberships.organizationId, agencyId))
    .orderBy(asc(schema.users.name))
    .all();
}

type Actor = { id: string; name: string };
type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function record(
  tx: Tx,
  reportId: string,
  action: ModerationActionKind,
  actor: Actor,
  note: string,
  now: Date,
  subject: { userId?: string; name: string },
) {
  tx.insert(schema.moderationActions)
    .values({
      reportId,
      action,
      userId: subject.userId ?? null,
      subjectName: subject.name,
      note,
      actorId: actor.id,
      actorName: actor.name,
      at: now,
    })
    .run();
}

function close(tx: Tx, reportId: string, status: Exclude<ReportStatus, "open">, now: Date) {
  // A report already closed keeps the outcome it had first; later actions are still recorded.
  tx.update(schema.reports)
    .set({ status, closedAt: now })
    .where(and(eq(schema.reports.id, reportId), eq(schema.reports.status, "open")))
    .run();
}

export function dismissReport(report: ReportDetail, actor: Actor, note: string, now = new Date()): void {
  db.transaction((tx) => {
    record(tx, report.report.id, "dismiss", actor, note, now, { name: "" });
    close(tx, report.report.id, "dismissed", now);
  });
}

/** Suspends the reported agency; the note is the reason its people see. */
export function suspendAgency(report: ReportDetail, actor: Actor, note: string, now = new Date()): void {
  db.transaction((tx) => {
    tx.update(schema.organizations)
      .set({ suspendedAt: now, suspensionReason: note })
      .where(eq(schema.organizations.id, report.report.agencyId))
      .run();
    record(tx, report.report.id, "suspend-organization", actor, note, now, { name: report.agencyName });
    close(tx, report.report.id, "actioned", now);
  });
}

export function liftAgencySuspension(report: ReportDetail, actor: Actor, note: string, now = new Date()): void {
  db.transaction((tx) => {
    tx.update(schema.organizations)
      .set({ suspendedAt: null, suspensionReason: "" })
      .where(eq(schema.organizations.id, report.report.agencyId))
      .run();
    record(tx, report.report.id, "lift-organization", actor, note, now, { name: report.agencyName });
  });
}

/** Suspends one of the agency's people and ends every session they have, at once. */
export function suspendUser(
  report: ReportDetail,
  person: { id: string; name: string },
  actor: Actor,
  note: string,
  now = new Date(),
): void {
  db.transaction((tx) => {
    tx.update(schema.users)
      .set({ suspendedAt: now, suspensionReason: note })
      .where(eq(schema.users.id, person.id))
      .run();
    tx.delete(schema.sessions).where(eq(schema.sessions.userId, person.id)).run();
    record(tx, report.report.id, "suspend-user", actor, note, now, { userId: person.id, name: person.name });
    close(tx, report.report.id, "actioned", now);
  });
}

export function liftUserSuspension(
  report: ReportDetail,
  person: { id: string; name: string },
  actor: Actor,
  note: string,
  now = new Date(),
): void {
  db.transaction((tx) => {
    tx.update(schema.users)
      .set({ suspendedAt: null, suspensionReason: "" })
      .where(eq(schema.users.id, person.id))
      .run();
    record(tx, report.report.id, "lift-user", actor, note, now, { userId: person.id, name: person.name });
  });
}

/**
 * Why an email must not go because the organization it comes from is suspended: the organization it was sent
 * for, or, for guidance, the agency that wrote it. Null when nothing stands in the way.
 */
export function suspendedSenderReason(delivery: {
  kind: string;
  organizationId: string | null;
  recordId: string | null;
}): string | null {
  const suspended = (organizationId: string) =>
    db
      .select({ name: schema.organizations.name })
      .from(schema.organizations)
      .where(and(eq(schema.organizations.id, organizationId), isNotNull(schema.organizations.suspendedAt)))
      .get();
  const fromOrganization = delivery.organizationId ? suspended(delivery.organizationId) : undefined;
  if (fromOrganization) return `${fromOrganization.name} is suspended.`;
  if (delivery.kind === "guidance-published" && delivery.recordId) {
    const agency = db
      .select({ name: schema.organizations.name })
      .from(schema.guidance)
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.guidance.agencyId))
      .where(and(eq(schema.guidance.id, delivery.recordId), isNotNull(schema.organizations.suspendedAt)))
      .get();
    if (agency) return `${agency.name} is suspended.`;
  }
  return null;
}
