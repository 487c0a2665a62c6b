// What an inviter is told when an invitation is not sent, shared by the invite form and the members page's re-send.
// Each message is a catalog key of "members" with the values it interpolates, translated where it is shown.
import { invitationLimits, type InviteResult } from "~/models/invitation.server";

type Reason = Extract<InviteResult, { ok: false }>["reason"];

export type InviteRefusal = {
  status: 400 | 404 | 429;
  field: "email" | "form";
  message: string;
  values: Record<string, string | number>;
};

export function inviteRefusal(reason: Reason, email: string, organizationName: string): InviteRefusal {
  switch (reason) {
    case "member":
      return {
        status: 400,
        field: "email",
        message: "members:invite.refusal.member",
        values: { email, organization: organizationName },
      };
    case "organization-limit":
      return {
        status: 429,
        field: "form",
        message: "members:invite.refusal.organizationLimit",
        values: { organization: organizationName, limit: invitationLimits.perOrganization },
      };
    case "address-limit":
      return {
        status: 429,
        field: "form",
        message: "members:invite.refusal.addressLimit",
        values: { email, limit: invitationLimits.perAddress },
      };
    case "not-found":
      return { status: 404, field: "form", message: "members:invite.refusal.notFound", values: {} };
  }
}

export const unconfirmedInviterMessage = "members:invite.refusal.unconfirmed";
