import type { DeliveryStatus, MailDestination } from "./email-kinds";

/** The short status word for a list of emails: "Delivered" and "In the outbox" are different fates. */
export function deliveryStatusLabel(delivery: { status: DeliveryStatus; sentVia?: MailDestination | null }): string {
  if (delivery.status === "sent") {
    if (delivery.sentVia === "outbox") return "In the outbox only";
    return delivery.sentVia === "smtp" ? "Delivered" : "Sent";
  }
  return statusLabels[delivery.status];
}

const statusLabels = {
  queued: "Waiting",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  skipped: "Not sent",
} as const satisfies Record<DeliveryStatus, string>;

/** How an email's fate reads to an organizer, and whether it needs their attention. */
export function deliveryStatusText(
  delivery:
    { status: DeliveryStatus; lastError: string; attempts?: number; sentVia?: MailDestination | null } | undefined,
): { text: string; problem: boolean } {
  if (!delivery) return { text: "No email was sent for this one.", problem: false };
  switch (delivery.status) {
    case "sent":
      // Written to the outbox is not delivered: with no mail server set up, the message waits in a folder on the
      // server and its reader never gets it. Said plainly, so nobody counts on it having arrived.
      if (delivery.sentVia === "outbox")
        return {
          text: "Not delivered: no mail server is set up, so the email was only saved in Fulcrum's outbox folder.",
          problem: true,
        };
      if (delivery.sentVia === "smtp") return { text: "Email delivered: the mail server accepted it.", problem: false };
      return { text: "Email handed to the mail server.", problem: false };
    case "queued":
      return delivery.lastError
        ? { text: `Email not delivered yet; Fulcrum will try again (${delivery.lastError}).`, problem: true }
        : { text: "Email waiting to be sent.", problem: false };
    case "sending":
      return { text: "Email being sent.", problem: false };
    case "failed":
      return { text: `Email could not be delivered: ${delivery.lastError}`, problem: true };
    case "skipped":
      return { text: delivery.lastError || "Email not sent.", problem: false };
  }
}
