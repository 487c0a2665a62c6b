// Sending renders the email templates (MJML in a worker), so this agency test lives with the integration tests.
import { beforeEach, describe, expect, it } from "vitest";

import type { Mailer, OutgoingMessage } from "~/lib/email/mailer.server";
import { decideVerification } from "~/models/agency-verification.server";
import { createGuidance, publishGuidance } from "~/models/guidance.server";
import { deliverDueEmails } from "~/services/email/delivery.server";
import { emailGuidancePublished } from "~/services/email/notifications.server";

import {
  agencyDraft as draft,
  agencyAuthor as by,
  emptyDatabase,
  insertCoalition,
  insertUser,
  newAgency,
} from "../support/fixtures";

beforeEach(() => emptyDatabase());

function fakeMailer() {
  const sent: OutgoingMessage[] = [];
  const mailer: Mailer = {
    description: "test",
    destination: "smtp",
    send: async (message) => (sent.push(message), { messageId: "m" }),
  };
  return { mailer, sent };
}

describe("an agency nobody verified", () => {
  it("does not send guidance email queued before its agency was revoked, checked as it goes out", async () => {
    const agency = newAgency();
    insertCoalition(insertUser().id);
    decideVerification("oh-doe", "verify", "Olive", "Checked");
    const first = createGuidance(agency, draft);
    publishGuidance(agency.id, first, "", by);
    emailGuidancePublished(first, 1);
    const sending = fakeMailer();
    expect(await deliverDueEmails({ mailer: sending.mailer })).toMatchObject({ sent: 1, skipped: 0 });
    expect(sending.sent[0]!.text).toContain("Verified by the operators of this Fulcrum server");

    const second = createGuidance(agency, { ...draft, title: "Second" });
    publishGuidance(agency.id, second, "", by);
    emailGuidancePublished(second, 1);
    decideVerification("oh-doe", "revoke", "Olive", "Not the real agency");
    const held = fakeMailer();
    expect(await deliverDueEmails({ mailer: held.mailer })).toMatchObject({ sent: 0, skipped: 1 });
    expect(held.sent).toEqual([]);
  });
});
