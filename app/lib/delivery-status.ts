import type { DeliveryStatus, MailDestination } from "./email-kinds";

// Words for an email's fate, as catalog keys of "coalition" (the sent-email page and the members page).
const labelKeys = {
  outbox: "coalition:delivery.label.outbox",
  delivered: "coalition:delivery.label.delivered",
  queued: "coalition:delivery.label.queued",
  sending: "coalition:delivery.label.sending",
  sent: "coalition:delivery.label.sent",
  failed: "coalition:delivery.label.failed",
  skipped: "coalition:delivery.label.skipped",
} as const;

/** The short status word for a list of emails: "Delivered" and "In the outbox" are different fates. */
export function deliveryStatusLabel(delivery: { status: DeliveryStatus; sentVia?: MailDestination | null }): string {
  if (delivery.status === "sent") {
    if (delivery.sentVia === "outbox") return labelKeys.outbox;
    return delivery.sentVia === "smtp" ? labelKeys.delivered : labelKeys.sent;
  }
  return labelKeys[delivery.status];
}

/**
 * How an email's fate reads to an organizer, and whether it needs their attention: a catalog key and what it
 * interpolates (the mail server's own error, as it gave it), or, for an email skipped on purpose, the reason the
 * server recorded.
 */
export type DeliveryOutcome = { key: string; values?: { error: string }; problem: boolean };

export function deliveryStatusText(
  delivery:
    { status: DeliveryStatus; lastError: string; attempts?: number; sentVia?: MailDestination | null } | undefined,
): DeliveryOutcome {
  if (!delivery) return { key: "coalition:delivery.text.none", problem: false };
  const error = delivery.lastError;
  switch (delivery.status) {
    case "sent":
      // Written to the outbox is not delivered: with no mail server set up, the message waits in a folder on the
      // server and its reader never gets it. Said plainly, so nobody counts on it having arrived.
      if (delivery.sentVia === "outbox") return { key: "coalition:delivery.text.outbox", problem: true };
      if (delivery.sentVia === "smtp") return { key: "coalition:delivery.text.delivered", problem: false };
      return { key: "coalition:delivery.text.handedOver", problem: false };
    case "queued":
      return error
        ? { key: "coalition:delivery.text.retrying", values: { error }, problem: true }
        : { key: "coalition:delivery.text.waiting", problem: false };
    case "sending":
      return { key: "coalition:delivery.text.sending", problem: false };
    case "failed":
      return { key: "coalition:delivery.text.failed", values: { error }, problem: true };
    case "skipped":
      // The reason a delivery was skipped is stored with it, as text: it is shown as it was written.
      return error
        ? { key: "coalition:delivery.text.skippedBecause", values: { error }, problem: false }
        : { key: "coalition:delivery.text.skipped", problem: false };
  }
}
