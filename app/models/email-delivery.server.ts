import { and, count, desc, eq, inArray, sql } from "drizzle-orm";

import { db, newId, anyOf, schema } from "~/lib/db.server";
import type { StoredMessage } from "~/lib/email/messages";
import type { EmailKindName, MailDestination } from "~/lib/email-kinds";

export type Delivery = typeof schema.emailDeliveries.$inferSelect;

export type NewDelivery = {
  key: string;
  kind: EmailKindName;
  organizationId: string | null;
  userId: string | null;
  toAddress: string;
  toName: string;
  recordId?: string | null;
  dueAt?: Date | null;
  payload?: StoredMessage | null;
  /** A delivery decided against at once (an unconfirmed address) is recorded as skipped, with the reason. */
  skippedBecause?: string;
};

/** Minutes to wait after each failed attempt; after the last, the delivery is marked failed. */
export const retryDelaysMinutes = [1, 5, 15, 60] as const;
export const maxAttempts = retryDelaysMinutes.length + 1;
const leaseMs = 2 * 60_000;

/**
 * Which of these keys are recorded already. A reminder pass proposes everything due each minute, and nearly all
 * of it was recorded by an earlier pass: reading those keys costs far less than trying to insert them again.
 */
export function recordedKeys(keys: string[]): Set<string> {
  const rows = db
    .select({ key: schema.emailDeliveries.key })
    .from(schema.emailDeliveries)
    .where(inArray(schema.emailDeliveries.key, anyOf(keys)))
    .all();
  return new Set(rows.map((row) => row.key));
}

/**
 * Records deliveries to be made. Each key is inserted at most once, ever: this insert is the claim that makes
 * a reminder go out exactly once however many processes plan it. Returns how many were new; a batch is recorded
 * all at once or not at all.
 */
export function enqueueDeliveries(items: NewDelivery[], now = new Date()): number {
  if (items.length === 0) return 0;
  // One compiled statement run per row: building a many-row insert with drizzle cost more than SQLite took to
  // run it, and a morning's pass records tens of thousands of reminders at once.
  const insert = db.$client.prepare(
    `insert into email_deliveries (id, key, kind, organization_id, user_id, record_id, due_at, to_address, to_name,
       payload, status, last_error, next_attempt_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (key) do nothing`,
  );
  // Takes the write lock at once, as every transaction here does (see db.server.ts); inside another transaction
  // it is a savepoint of that one.
  const record = db.$client.transaction(() => {
    let created = 0;
    for (const item of items)
      created += insert.run(
        newId(),
        item.key,
        item.kind,
        item.organizationId,
        item.userId,
        item.recordId ?? null,
        item.dueAt?.getTime() ?? null,
        item.toAddress,
        item.toName,
        item.payload ? JSON.stringify(item.payload) : null,
        item.skippedBecause ? "skipped" : "queued",
        item.skippedBecause ?? "",
        now.getTime(),
        now.getTime(),
      ).changes;
    return created;
  });
  return record.immediate();
}

/**
 * Takes the next delivery that is due (or whose sender died holding it) for this process alone. SQLite runs
 * the update as one write, so two processes can never take the same row.
 */
export function claimNextDelivery(now = new Date()): Delivery | undefined {
  const t = now.getTime();
  const id = db.$client
    .prepare(
      `update email_deliveries
          set status = 'sending', attempts = attempts + 1, lease_expires_at = ?, updated_at = ?
        where id = (select id from email_deliveries
                     where (status = 'queued' and next_attempt_at <= ?) or (status = 'sending' and lease_expires_at <= ?)
                     order by next_attempt_at limit 1)
        returning id`,
    )
    .pluck()
    .get(t + leaseMs, t, t, t) as string | undefined;
  return id === undefined
    ? undefined
    : db.select().from(schema.emailDeliveries).where(eq(schema.emailDeliveries.id, id)).get();
}

// Every outcome is written only while this process still holds the claim (same attempt, still sending).
const heldBy = (delivery: Delivery) =>
  and(
    eq(schema.emailDeliveries.id, delivery.id),
    eq(schema.emailDeliveries.attempts, delivery.attempts),
    eq(schema.emailDeliveries.status, "sending"),
  );

export function markSent(
  delivery: Delivery,
  sent: { subject: string; messageId: string; toAddress: string; via: MailDestination },
  now = new Date(),
): void {
  db.update(schema.emailDeliveries)
    .set({
      status: "sent",
      sentVia: sent.via,
      subject: sent.subject,
      messageId: sent.messageId,
      toAddress: sent.toAddress,
      sentAt: now,
      payload: null,
      leaseExpiresAt: null,
      lastError: "",
      updatedAt: now,
    })
    .where(heldBy(delivery))
    .run();
}

export function markSkipped(delivery: Delivery, reason: string, now = new Date()): void {
  db.update(schema.emailDeliveries)
    .set({ status: "skipped", lastError: reason, payload: null, leaseExpiresAt: null, updatedAt: now })
    .where(heldBy(delivery))
    .run();
}

/** A failed attempt: try again after the next delay, or give up (and say why) after the last attempt. */
export function markAttemptFailed(
  delivery: Delivery,
  error: string,
  subject: string,
  now = new Date(),
): "retry" | "failed" {
  const delay = retryDelaysMinutes[delivery.attempts - 1];
  const outcome = delay === undefined ? "failed" : "retry";
  db.update(schema.emailDeliveries)
    .set({
      status: outcome === "failed" ? "failed" : "queued",
      subject,
      lastError: error.slice(0, 500),
      nextAttemptAt: new Date(now.getTime() + (delay ?? 0) * 60_000),
      leaseExpiresAt: null,
      // A one-time link is not kept for a message that will never be sent.
      ...(outcome === "failed" ? { payload: null } : {}),
      updatedAt: now,
    })
    .where(heldBy(delivery))
    .run();
  return outcome;
}

export const deliveryPageSize = 50;

export function listDeliveries(organizationId: string, page: number) {
  const where = eq(schema.emailDeliveries.organizationId, organizationId);
  const rows = db
    .select({
      id: schema.emailDeliveries.id,
      kind: schema.emailDeliveries.kind,
      toName: schema.emailDeliveries.toName,
      toAddress: schema.emailDeliveries.toAddress,
      subject: schema.emailDeliveries.subject,
      status: schema.emailDeliveries.status,
      attempts: schema.emailDeliveries.attempts,
      lastError: schema.emailDeliveries.lastError,
      sentVia: schema.emailDeliveries.sentVia,
      nextAttemptAt: schema.emailDeliveries.nextAttemptAt,
      createdAt: schema.emailDeliveries.createdAt,
      sentAt: schema.emailDeliveries.sentAt,
    })
    .from(schema.emailDeliveries)
    .where(where)
    .orderBy(desc(schema.emailDeliveries.createdAt), desc(schema.emailDeliveries.id))
    .limit(deliveryPageSize)
    .offset((page - 1) * deliveryPageSize)
    .all();
  const total = db.select({ n: count() }).from(schema.emailDeliveries).where(where).get()!.n;
  const failed = db
    .select({ n: count() })
    .from(schema.emailDeliveries)
    .where(and(where, eq(schema.emailDeliveries.status, "failed")))
    .get()!.n;
  return { rows, total, failed };
}

/** The latest delivery per invitation, so the invite page can say whether each one went out. */
export function invitationDeliveries(
  organizationId: string,
): Map<string, Pick<Delivery, "status" | "lastError" | "sentAt">> {
  const rows = db
    .select({
      recordId: schema.emailDeliveries.recordId,
      status: schema.emailDeliveries.status,
      lastError: schema.emailDeliveries.lastError,
      sentVia: schema.emailDeliveries.sentVia,
      sentAt: schema.emailDeliveries.sentAt,
    })
    .from(schema.emailDeliveries)
    .where(
      and(eq(schema.emailDeliveries.organizationId, organizationId), eq(schema.emailDeliveries.kind, "invitation")),
    )
    .orderBy(sql`${schema.emailDeliveries.createdAt}`)
    .all();
  return new Map(rows.map((row) => [row.recordId ?? "", row]));
}
