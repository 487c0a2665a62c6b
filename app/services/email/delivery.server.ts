import { mailerFromEnv, type Mailer } from "~/lib/email/mailer.server";
import { claimNextDelivery, markAttemptFailed, markSent, markSkipped } from "~/models/email-delivery.server";
import { planReminders } from "~/models/reminder.server";
import { messageFor } from "~/services/email/compose.server";

export type DeliveryOptions = {
  mailer?: Mailer;
  /** The clock, for tests that travel in time; each message reads it afresh. */
  now?: () => Date;
  /** Checked between messages: a stopping server finishes the message in hand and no more. */
  shouldStop?: () => boolean;
};

export type DeliveryTally = { sent: number; retrying: number; failed: number; skipped: number };

/** Sends every delivery that is due, one at a time, each claimed first so no other process sends it too. */
export async function deliverDueEmails(options: DeliveryOptions = {}): Promise<DeliveryTally> {
  const mailer = options.mailer ?? mailerFromEnv();
  const now = options.now ?? (() => new Date());
  const tally: DeliveryTally = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  while (!options.shouldStop?.()) {
    const delivery = claimNextDelivery(now());
    if (!delivery) break;
    let subject = delivery.subject;
    try {
      const outcome = await messageFor(delivery, now());
      if ("skip" in outcome) {
        markSkipped(delivery, outcome.skip, now());
        tally.skipped++;
        continue;
      }
      subject = outcome.message.subject;
      const sent = await mailer.send(outcome.message);
      markSent(
        delivery,
        { subject, messageId: sent.messageId, toAddress: outcome.message.to.address, via: mailer.destination },
        now(),
      );
      tally.sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const result = markAttemptFailed(delivery, reason, subject, now());
      tally[result === "failed" ? "failed" : "retrying"]++;
      console.error(
        `mail: attempt ${delivery.attempts} of ${delivery.kind} to ${delivery.toAddress} failed (${result === "failed" ? "giving up" : "will retry"}): ${reason}`,
      );
    }
  }
  return tally;
}

export type PassResult = DeliveryTally & { due: number; planned: number };

/** One reminder pass: record what became due, then send everything that is waiting. */
export async function runReminderPass(options: DeliveryOptions = {}): Promise<PassResult> {
  const now = options.now ?? (() => new Date());
  const { due, created } = planReminders(now());
  const tally = await deliverDueEmails(options);
  return { due, planned: created, ...tally };
}

export function describePass(result: PassResult): string {
  return `reminders: ${result.planned} newly due, ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed, ${result.skipped} skipped`;
}
