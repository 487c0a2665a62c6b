import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db, newId, schema } from "~/lib/db.server";
import { optOut } from "~/models/email-preference.server";
import {
  coalitionInbox,
  createGuidance,
  publishGuidance,
  stateNotesForPlaybook,
  saveAgencyPlaybookNotes,
} from "~/models/guidance.server";
import { emailGuidancePublished } from "~/services/email/notifications.server";

import { emailFixture } from "../support/email-fixture";
import { insertCoalition, insertMeeting, insertUser } from "../support/fixtures";

// Email from a suspended organization stops, even what was already waiting to be sent; its guidance and its
// playbook notes stop reaching coalitions. Lifting the suspension undoes both.

const email = emailFixture();

const pass = email.pass;
const suspend = (organizationId: string, suspended: boolean) =>
  db
    .update(schema.organizations)
    .set({ suspendedAt: suspended ? new Date() : null, suspensionReason: suspended ? "Under review" : "" })
    .where(eq(schema.organizations.id, organizationId))
    .run();

function insertAgency() {
  const id = newId();
  db.insert(schema.organizations)
    .values({
      id,
      kind: "state_agency",
      name: "Ohio Department of Education",
      slug: `oh-${id}`,
      state: "OH",
      timeZone: "America/New_York",
      verifiedAt: new Date(),
    })
    .run();
  return { id, state: "OH" };
}

describe("a suspended organization", () => {
  it("sends no reminders while suspended, and sends again once lifted", async () => {
    const ana = insertUser({ name: "Ana" });
    const co = insertCoalition(ana.id);
    optOut(ana.id, "weekly-digest");
    insertMeeting(co.campaignId, new Date("2026-06-10T22:00:00Z"), [ana.id]);
    suspend(co.id, true);
    expect(await pass("2026-06-09T22:00:00Z")).toMatchObject({ sent: 0, skipped: 1 });
    const [skipped] = db.select().from(schema.emailDeliveries).all();
    expect(skipped).toMatchObject({ status: "skipped", lastError: `Coalition ${co.slug} is suspended.` });
    suspend(co.id, false);
    expect(await pass("2026-06-10T21:00:00Z")).toMatchObject({ sent: 1 });
  });

  it("stops guidance email already queued, and hides its guidance and notes from coalitions", async () => {
    const olive = insertUser({ name: "Olive" });
    const co = insertCoalition(olive.id);
    optOut(olive.id, "weekly-digest");
    const agency = insertAgency();
    const guidanceId = createGuidance(agency, {
      title: "Budget season",
      summary: "",
      body: "Body",
      audienceTypes: [],
    });
    publishGuidance(agency.id, guidanceId, "", { name: "Staff" });
    saveAgencyPlaybookNotes(agency.id, { networked: "Call the state office." });
    emailGuidancePublished(guidanceId, 1);
    const coalition = { id: co.id, state: "OH" };
    expect(coalitionInbox(coalition, "en").map((entry) => entry.id)).toEqual([guidanceId]);

    suspend(agency.id, true);
    expect(await pass(new Date())).toMatchObject({ sent: 0, skipped: 1 });
    expect(db.select().from(schema.emailDeliveries).get()).toMatchObject({
      status: "skipped",
      lastError: "Ohio Department of Education is suspended.",
    });
    expect(coalitionInbox(coalition, "en")).toEqual([]);
    expect(stateNotesForPlaybook("OH", "networked")).toEqual([]);

    suspend(agency.id, false);
    expect(coalitionInbox(coalition, "en").map((entry) => entry.id)).toEqual([guidanceId]);
    expect(stateNotesForPlaybook("OH", "networked")).toMatchObject([
      { source: "Ohio Department of Education", body: "Call the state office." },
    ]);
  });
});
