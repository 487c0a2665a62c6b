// What an inviter is told when an invitation is not sent, shared by the invite form and the members page's re-send.
import { invitationLimits, type InviteResult } from "~/models/invitation.server";

type Reason = Extract<InviteResult, { ok: false }>["reason"];

export type InviteRefusal = { status: 400 | 404 | 429; field: "email" | "form"; message: string };

export function inviteRefusal(reason: Reason, email: string, organizationName: string): InviteRefusal {
  switch (reason) {
    case "member":
      return { status: 400, field: "email", message: `${email} is already a member of ${organizationName}.` };
    case "organization-limit":
      return {
        status: 429,
        field: "form",
        message:
          `${organizationName} has sent ${invitationLimits.perOrganization} invitations in the last 24 hours, ` +
          "the most Fulcrum sends in a day. Nothing was sent this time: please try again tomorrow.",
      };
    case "address-limit":
      return {
        status: 429,
        field: "form",
        message:
          `${email} has already been sent ${invitationLimits.perAddress} invitations in the last 24 hours, ` +
          "the most Fulcrum sends to one address in a day. Nothing was sent: please try again tomorrow.",
      };
    case "not-found":
      return { status: 404, field: "form", message: "That invitation is no longer open. Reload the page." };
  }
}

export const unconfirmedInviterMessage = (email: string) =>
  `Nothing was sent: please confirm your address (${email}) first, then send the invitation again.`;
