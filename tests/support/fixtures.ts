// Records written straight to the test's SQLite file, for tests of the model layer.
import { db, newId, schema } from "~/lib/db.server";
import { createOrganization } from "~/models/organization.server";

import { emptyTables } from "./empty-tables";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now().toString(36)}`;

export function insertUser(options: { name?: string; verified?: boolean; language?: "en" | "es" } = {}) {
  const id = newId();
  const email = `${unique("person")}@example.org`;
  const name = options.name ?? "Test Person";
  const emailVerifiedAt = options.verified === false ? null : new Date();
  db.insert(schema.users)
    .values({ id, name, email, passwordHash: "x", emailVerifiedAt, language: options.language ?? null })
    .run();
  return { id, name, email };
}

export function insertCoalition(
  ownerId: string,
  options: { timeZone?: string; meetingReminderMinutes?: number[] } = {},
) {
  const id = newId();
  const slug = unique("co");
  db.insert(schema.organizations)
    .values({
      id,
      kind: "coalition",
      name: `Coalition ${slug}`,
      slug,
      state: "OH",
      timeZone: options.timeZone ?? "America/New_York",
      meetingReminderMinutes: options.meetingReminderMinutes ?? [1440, 60],
    })
    .run();
  db.insert(schema.memberships).values({ organizationId: id, userId: ownerId, role: "owner" }).run();
  const districtId = newId();
  db.insert(schema.districts).values({ id: districtId, organizationId: id, name: "District", state: "OH" }).run();
  const campaignId = newId();
  db.insert(schema.campaigns)
    .values({
      id: campaignId,
      organizationId: id,
      districtId,
      title: "Family voice",
      win: "Parents on the committee",
      status: "active",
      leadUserId: ownerId,
      chart: {},
      updatedAt: new Date(),
    })
    .run();
  const targetId = newId();
  db.insert(schema.targets)
    .values({
      id: targetId,
      districtId,
      name: "Dr. Alvarez",
      title: "Chief academic officer",
      locus: "central-office",
      domains: ["use"],
      updatedAt: new Date(),
    })
    .run();
  return { id, slug, campaignId, targetId };
}

export function addMember(organizationId: string, userId: string, role: "organizer" | "member" = "member") {
  db.insert(schema.memberships).values({ organizationId, userId, role }).run();
}

export function insertMeeting(
  campaignId: string,
  startsAt: Date,
  attendeeIds: string[],
  extra: Partial<typeof schema.meetings.$inferInsert> = {},
) {
  const id = newId();
  db.insert(schema.meetings)
    .values({
      id,
      campaignId,
      title: "Meeting with Dr. Alvarez",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      location: "District office, room 204",
      status: "scheduled",
      updatedAt: new Date(),
      ...extra,
    })
    .run();
  if (attendeeIds.length)
    db.insert(schema.meetingAttendees)
      .values(attendeeIds.map((userId) => ({ meetingId: id, userId })))
      .run();
  return id;
}

export function insertTask(
  organizationId: string,
  assigneeId: string | null,
  dueOn: string,
  campaignId: string | null = null,
) {
  const id = newId();
  db.insert(schema.tasks)
    .values({
      id,
      organizationId,
      campaignId,
      title: "Call three parents",
      dueOn,
      assigneeId,
      status: "open",
      createdByName: "Organizer",
      updatedAt: new Date(),
    })
    .run();
  return id;
}

export function insertAsk(
  campaignId: string,
  targetId: string,
  followUpOn: string | null,
  status: typeof schema.asks.$inferInsert.status = "made",
) {
  const id = newId();
  db.insert(schema.asks)
    .values({
      id,
      campaignId,
      targetId,
      targetName: "Dr. Alvarez",
      text: "Add two parent seats",
      domain: "use",
      venue: "meeting",
      followUpOn,
      status,
      updatedAt: new Date(),
    })
    .run();
  return id;
}

/** Empties every table, so a test that plans reminders across the whole database sees only its own records. */
export const emptyDatabase = () => emptyTables(db.$client);

/** A guidance draft and its author, for tests of what reaches coalitions. */
export const agencyDraft = {
  title: "Budget hearings",
  summary: "How to testify",
  body: "## First steps\n\n- Sign up.",
  audienceTypes: [],
};
export const agencyAuthor = { name: "Agency staff" };

/** A state agency made as its owner would make it (unverified). */
export function newAgency(name = "Ohio Department of Education", state = "OH", slug = "oh-doe") {
  const owner = insertUser();
  return createOrganization({ kind: "state_agency", name, slug, state, timeZone: "America/New_York" }, owner.id);
}
