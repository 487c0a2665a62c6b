import type { DeliveryStatus } from "./email-kinds";

/** How an email's fate reads to an organizer, and whether it needs their attention. */
export function deliveryStatusText(
  delivery: { status: DeliveryStatus; lastError: string; attempts?: number } | undefined,
): { text: string; problem: boolean } {
  if (!delivery) return { text: "No email was sent for this one.", problem: false };
  switch (delivery.status) {
    case "sent":
      return { text: "Email delivered to the mail server.", problem: false };
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
