import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";

import {
  askStatuses,
  askVenues,
  campaignStatuses,
  guidanceStatuses,
  meetingStatuses,
  organizationKinds,
  roles,
  schoolLevels,
  taskStatuses,
} from "../app/lib/domain";
import type { StoredMessage } from "../app/lib/email/messages";
import {
  accountTokenPurposes,
  deliveryStatuses,
  emailKindNames,
  mailDestinations,
  optionalEmailKinds,
} from "../app/lib/email-kinds";
import { languages } from "../app/lib/i18n";
import { moderationActionKinds, reportStatuses, reportSubjects } from "../app/lib/reports";
import { contextKinds } from "../app/lib/typology/context-kinds";
import type { Overrides } from "../app/lib/typology/leverage";
import { domains, loci, systemTypes, type Domain, type SystemType } from "../app/lib/typology/vocabulary";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    // Stored lower-cased: emails are compared case-insensitively.
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    // Set once the person proved they read mail at this address; reminders only go to confirmed addresses.
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
    // Set while an operator suspends this account: it cannot sign in, and the reason is shown when it tries.
    suspendedAt: integer("suspended_at", { mode: "timestamp_ms" }),
    suspensionReason: text("suspension_reason").notNull().default(""),
    // The language the person chose for pages and email; null until they choose (their browser's then decides).
    language: text("language", { enum: languages }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Seconds since the epoch, as lucia's drizzle adapter writes it.
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const organizations = sqliteTable(
  "organizations",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: organizationKinds }).notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    state: text("state").notNull(),
    timeZone: text("time_zone").notNull(),
    // How long before each meeting its attendees are reminded, in minutes (whole days follow the local calendar).
    meetingReminderMinutes: text("meeting_reminder_minutes", { mode: "json" })
      .notNull()
      .$type<number[]>()
      .default(sql`'[1440,60]'`),
    // Whether the coalition lets its state agency count its districts' declared types (off until it opts in).
    shareDeclarations: integer("share_declarations", { mode: "boolean" }).notNull().default(false),
    // State agencies only: set when an operator verified the agency; until then nothing it writes reaches a coalition.
    verifiedAt: integer("verified_at", { mode: "timestamp_ms" }),
    // Set while an operator suspends it: it cannot publish or invite, its guidance is hidden, its email stops.
    suspendedAt: integer("suspended_at", { mode: "timestamp_ms" }),
    suspensionReason: text("suspension_reason").notNull().default(""),
    // Coalitions: when a member first opened one of its playbooks (a step of the dashboard's getting-started list).
    playbookViewedAt: integer("playbook_viewed_at", { mode: "timestamp_ms" }),
    // The language of invitations to people who have no account yet (each has a link to the other language).
    defaultLanguage: text("default_language", { enum: languages }).notNull().default("en"),
    createdAt: createdAt(),
  },
  // A state's agency (its playbook notes, its guidance's sender) is found among every organization: without this
  // index each playbook read all of them, a cost that grew with the whole server rather than the coalition.
  (t) => [index("organizations_state_kind_idx").on(t.state, t.kind)],
);

export const memberships = sqliteTable(
  "memberships",
  {
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: roles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    // SHA-256 of the token; the token itself is only ever shown to the inviter.
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    // Set when a newer invitation to the same address (or a re-send to another) replaced this one. The row stays,
    // so the daily limits count every invitation sent, and a replacement cannot reset them.
    supersededAt: integer("superseded_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("invitations_org_idx").on(t.organizationId),
    // The daily limit per address counts across every organization.
    index("invitations_email_created_idx").on(t.email, t.createdAt),
  ],
);

/**
 * A link (and QR code) an owner shows at a meeting so people can ask to join. One is live per organization at
 * most: renewing or turning it off stamps the row, and the row stays so an old link can say what happened.
 */
export const joinLinks = sqliteTable(
  "join_links",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // SHA-256 of the token; the token itself is shown only to the owner who made it, once.
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    turnedOffAt: integer("turned_off_at", { mode: "timestamp_ms" }),
    replacedAt: integer("replaced_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("join_links_org_idx").on(t.organizationId)],
);

/** Someone who opened a join link and asked to become a member; an organizer approves or declines. */
export const joinRequests = sqliteTable(
  "join_requests",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinLinkId: text("join_link_id").references(() => joinLinks.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    decision: text("decision", { enum: ["approved", "declined"] }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
  },
  // One request per person and coalition: asking again shows the same request instead of piling up.
  (t) => [uniqueIndex("join_requests_org_user_unique").on(t.organizationId, t.userId)],
);

export const districts = sqliteTable(
  "districts",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    state: text("state").notNull(),
    ncesId: text("nces_id"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("districts_org_name_unique").on(t.organizationId, t.name),
    uniqueIndex("districts_org_nces_unique").on(t.organizationId, t.ncesId),
  ],
);

export const schools = sqliteTable(
  "schools",
  {
    id: text("id").primaryKey(),
    // Deleting a district never takes its schools silently: the app deletes them explicitly, after confirmation.
    districtId: text("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    level: text("level", { enum: schoolLevels }).notNull(),
    ncesId: text("nces_id"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("schools_district_name_unique").on(t.districtId, t.name),
    uniqueIndex("schools_district_nces_unique").on(t.districtId, t.ncesId),
  ],
);

// One row per counted event of a rate limit (a login attempt, a sign-up, a new organization), claimed before
// the work it counts, so that parallel requests cannot all slip under a limit. Kept in the database so that
// every server process sees the same counts; a row is dropped once it no longer counts for anything.
export const rateLimitEvents = sqliteTable(
  "rate_limit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // What is limited and for whom, e.g. "login:pair:<email>|<address tag>" or "orgs:<user id>".
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("rate_limit_events_key_at_idx").on(t.key, t.at),
    index("rate_limit_events_expires_idx").on(t.expiresAt),
  ],
);

export const diagnostics = sqliteTable(
  "diagnostics",
  {
    id: text("id").primaryKey(),
    districtId: text("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    // "" for the whole district; otherwise the context it describes (a subject, grade band, program).
    context: text("context").notNull().default(""),
    // Checked against the question set they were given with (`questionSet`) whenever they are read.
    answers: text("answers", { mode: "json" }).notNull().$type<unknown>(),
    // The questions these answers were given to: 1 before the questions followed the corrected cues, then 2.
    // Old answers are kept as given, not rewritten, so the page can show exactly what was asked and answered.
    questionSet: integer("question_set").notNull().default(1),
    answeredBy: text("answered_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("diagnostics_district_idx").on(t.districtId)],
);

export const declarations = sqliteTable(
  "declarations",
  {
    id: text("id").primaryKey(),
    districtId: text("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    // "" for the whole district; otherwise the context it covers. The newest row per context is current.
    context: text("context").notNull().default(""),
    // Which kind of context that is (null for the whole district); the label above stays the coalition's words.
    contextKind: text("context_kind", { enum: contextKinds }),
    systemType: text("system_type", { enum: systemTypes }).notNull(),
    overrides: text("overrides", { mode: "json" }).notNull().$type<Overrides>(),
    note: text("note").notNull().default(""),
    declaredBy: text("declared_by").references(() => users.id, { onDelete: "set null" }),
    declaredByName: text("declared_by_name").notNull(),
    // Monotonic order within a district, so "newest" never depends on clock resolution.
    sequence: integer("sequence").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("declarations_district_context_idx").on(t.districtId, t.context, t.sequence),
    uniqueIndex("declarations_district_sequence_unique").on(t.districtId, t.sequence),
  ],
);

export const targets = sqliteTable(
  "targets",
  {
    id: text("id").primaryKey(),
    districtId: text("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    title: text("title").notNull().default(""),
    locus: text("locus", { enum: loci }).notNull(),
    // Set when the target works at one school; null at the central office.
    schoolId: text("school_id").references(() => schools.id, { onDelete: "restrict" }),
    domains: text("domains", { mode: "json" }).notNull().$type<Domain[]>(),
    email: text("email").notNull().default(""),
    phone: text("phone").notNull().default(""),
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("targets_district_idx").on(t.districtId), index("targets_school_idx").on(t.schoolId)],
);

export const campaigns = sqliteTable(
  "campaigns",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    districtId: text("district_id")
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    win: text("win").notNull(),
    status: text("status", { enum: campaignStatuses }).notNull(),
    startsOn: text("starts_on"),
    endsOn: text("ends_on"),
    leadUserId: text("lead_user_id").references(() => users.id, { onDelete: "set null" }),
    // The strategy chart's text columns (goals, considerations, constituents, allies, opponents, tactics).
    chart: text("chart", { mode: "json" }).notNull().$type<Record<string, string>>(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("campaigns_org_status_idx").on(t.organizationId, t.status),
    index("campaigns_district_idx").on(t.districtId),
  ],
);

export const campaignTargets = sqliteTable(
  "campaign_targets",
  {
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    targetId: text("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["primary", "secondary"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.targetId] }), index("campaign_targets_target_idx").on(t.targetId)],
);

export const activity = sqliteTable(
  "activity",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    campaignId: text("campaign_id").references(() => campaigns.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    // An entry is an event (a kind from app/lib/activity.ts and its details as JSON), put into words in each
    // reader's language when it is read. Entries written before events existed have no kind and keep their
    // English sentence in `summary` (there is no way back from that text to an event); an event's summary is "".
    // (Added columns rather than a nullable summary: SQLite would copy the whole table to change that.)
    kind: text("kind"),
    details: text("details", { mode: "json" }),
    summary: text("summary").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("activity_campaign_at_idx").on(t.campaignId, t.at),
    index("activity_org_at_idx").on(t.organizationId, t.at),
  ],
);

export const asks = sqliteTable(
  "asks",
  {
    id: text("id").primaryKey(),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    // The target's name is kept with the ask, so the history reads the same after a target is deleted.
    targetId: text("target_id").references(() => targets.id, { onDelete: "set null" }),
    targetName: text("target_name").notNull(),
    // Set when the ask was made in a meeting (meetings are defined below; the reference is resolved lazily).
    meetingId: text("meeting_id").references((): AnySQLiteColumn => meetings.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    domain: text("domain", { enum: domains }).notNull(),
    venue: text("venue", { enum: askVenues }).notNull(),
    followUpOn: text("follow_up_on"),
    status: text("status", { enum: askStatuses }).notNull(),
    // Bumped on every write: an edit based on an older version is refused instead of overwriting.
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("asks_campaign_status_idx").on(t.campaignId, t.status),
    index("asks_target_domain_status_idx").on(t.targetId, t.domain, t.status),
    // The reminder pass reads open asks to follow up today across every coalition, from this index alone.
    index("asks_follow_up_status_idx")
      .on(t.followUpOn, t.status, t.campaignId, t.id)
      .where(sql`follow_up_on is not null`),
    index("asks_meeting_idx").on(t.meetingId),
  ],
);

export const askEvents = sqliteTable(
  "ask_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    askId: text("ask_id")
      .notNull()
      .references(() => asks.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: askStatuses }),
    toStatus: text("to_status", { enum: askStatuses }).notNull(),
    note: text("note").notNull().default(""),
    evidenceUrl: text("evidence_url").notNull().default(""),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("ask_events_ask_idx").on(t.askId, t.at)],
);

export const meetings = sqliteTable(
  "meetings",
  {
    id: text("id").primaryKey(),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    // Instants in UTC; shown and entered in the coalition's time zone.
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    location: text("location").notNull().default(""),
    videoUrl: text("video_url").notNull().default(""),
    agenda: text("agenda").notNull().default(""),
    notes: text("notes").notNull().default(""),
    outcome: text("outcome").notNull().default(""),
    status: text("status", { enum: meetingStatuses }).notNull(),
    // Bumped when the time changes, so calendar apps see a new revision of the event.
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("meetings_campaign_starts_idx").on(t.campaignId, t.startsAt),
    index("meetings_starts_idx").on(t.startsAt),
  ],
);

export const meetingTargets = sqliteTable(
  "meeting_targets",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    targetId: text("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.targetId] })],
);

export const meetingAttendees = sqliteTable(
  "meeting_attendees",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index("meeting_attendees_user_idx").on(t.userId)],
);

export const tasks = sqliteTable(
  "tasks",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    campaignId: text("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    askId: text("ask_id").references(() => asks.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    dueOn: text("due_on").notNull(),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: taskStatuses }).notNull(),
    handBackNote: text("hand_back_note").notNull().default(""),
    // Who handed it back and when: the dashboard lists handed-back tasks until an organizer finds a new owner.
    handedBackByName: text("handed_back_by_name").notNull().default(""),
    handedBackAt: integer("handed_back_at", { mode: "timestamp_ms" }),
    createdByName: text("created_by_name").notNull(),
    // Who to tell when it is handed back; null for tasks made before this was kept, or a deleted account.
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    // The last time an organizer acted on it (reassigned, closed): from then on "Mark done" cannot be undone.
    organizerActedAt: integer("organizer_acted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    // Ends with id so that "soonest due first" pages straight off the index, with no sort.
    index("tasks_org_status_due_idx").on(t.organizationId, t.status, t.dueOn, t.id),
    index("tasks_assignee_status_idx").on(t.assigneeId, t.status),
    index("tasks_campaign_status_due_idx").on(t.campaignId, t.status, t.dueOn, t.id),
    // The reminder pass reads the open, assigned tasks due on a few days across every coalition: only those rows
    // are in this index, with every column the pass reads, so it never visits the table (a million rows at scale).
    index("tasks_open_due_idx")
      .on(t.dueOn, t.organizationId, t.assigneeId, t.id)
      .where(sql`status = 'open' and assignee_id is not null`),
  ],
);

export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
});

export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: accountTokenPurposes }).notNull(),
    // The address the link was sent to: confirming an old address never confirms a changed one.
    email: text("email").notNull(),
    // SHA-256 of the token; the token itself only travels in the email.
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("account_tokens_user_purpose_idx").on(t.userId, t.purpose, t.createdAt)],
);

/** Kinds of email a person chose not to get. Absent means they get it. */
export const emailOptOuts = sqliteTable(
  "email_opt_outs",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: optionalEmailKinds }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Every email Fulcrum means to send, from the moment it is decided until it is sent, skipped or given up on. */
export const emailDeliveries = sqliteTable(
  "email_deliveries",
  {
    id: text("id").primaryKey(),
    // Deterministic for reminders (kind, record, moment, recipient): inserting it is the claim, and it succeeds once.
    key: text("key").notNull().unique(),
    kind: text("kind", { enum: emailKindNames }).notNull(),
    organizationId: text("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    // The meeting, task or ask a reminder is about, and the moment it was due.
    recordId: text("record_id"),
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    toAddress: text("to_address").notNull(),
    toName: text("to_name").notNull().default(""),
    subject: text("subject").notNull().default(""),
    // What a one-off message needs to be rendered (it may hold a one-time link): cleared once sent.
    payload: text("payload", { mode: "json" }).$type<StoredMessage>(),
    status: text("status", { enum: deliveryStatuses }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    // While a process is sending, no other process may; a lease that runs out means that process died.
    leaseExpiresAt: integer("lease_expires_at", { mode: "timestamp_ms" }),
    lastError: text("last_error").notNull().default(""),
    messageId: text("message_id").notNull().default(""),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    // Where a sent message went: accepted by an SMTP server, or only written to the outbox folder (no mail server
    // configured), which nobody receives. Empty for messages sent before this was recorded.
    sentVia: text("sent_via", { enum: mailDestinations }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("email_deliveries_status_next_idx").on(t.status, t.nextAttemptAt),
    index("email_deliveries_org_created_idx").on(t.organizationId, t.createdAt),
  ],
);

/** Secrets the app makes for itself on first use (the unsubscribe signing key), so no setup is needed. */
export const appSecrets = sqliteTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/** A piece of engagement guidance a state agency writes for the coalitions in its state. */
export const guidance = sqliteTable(
  "guidance",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // The agency's state when written: coalitions in this state are its audience.
    state: text("state").notNull(),
    status: text("status", { enum: guidanceStatuses }).notNull(),
    // The working copy the agency edits; publishing copies it into a new version.
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    body: text("body").notNull(),
    // The language the agency wrote it in: people's own words are shown as written, marked with this language.
    language: text("language", { enum: languages }).notNull().default("en"),
    // Set on the other language's version of a piece (a Spanish one beside the English): one pair, never a chain,
    // so the original's own column stays empty. Coalitions see the pair as one piece, with the original's audience.
    translationOfId: text("translation_of_id").references((): AnySQLiteColumn => guidance.id, { onDelete: "cascade" }),
    // Empty: every coalition in the state; otherwise only those whose district is declared one of these types.
    audienceTypes: text("audience_types", { mode: "json" }).notNull().$type<SystemType[]>(),
    publishedVersion: integer("published_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("guidance_agency_idx").on(t.agencyId, t.updatedAt),
    index("guidance_state_status_idx").on(t.state, t.status),
    uniqueIndex("guidance_translation_of_idx").on(t.translationOfId),
  ],
);

/** Every published version, kept, so coalitions can see what changed. */
export const guidanceVersions = sqliteTable(
  "guidance_versions",
  {
    guidanceId: text("guidance_id")
      .notNull()
      .references(() => guidance.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    audienceTypes: text("audience_types", { mode: "json" }).notNull().$type<SystemType[]>(),
    changeNote: text("change_note").notNull().default(""),
    publishedByName: text("published_by_name").notNull(),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.guidanceId, t.version] })],
);

/** What a coalition did with a piece of guidance: the version it read, and the one it acknowledged. */
export const guidanceReceipts = sqliteTable(
  "guidance_receipts",
  {
    guidanceId: text("guidance_id")
      .notNull()
      .references(() => guidance.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    readVersion: integer("read_version").notNull().default(0),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    acknowledgedVersion: integer("acknowledged_version").notNull().default(0),
    acknowledgedAt: integer("acknowledged_at", { mode: "timestamp_ms" }),
    campaignId: text("campaign_id").references(() => campaigns.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.guidanceId, t.organizationId] }),
    index("guidance_receipts_org_idx").on(t.organizationId),
  ],
);

/** A state agency's own section for the playbooks of one system type, appended for coalitions in its state. */
export const agencyPlaybookNotes = sqliteTable(
  "agency_playbook_notes",
  {
    agencyId: text("agency_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    systemType: text("system_type", { enum: systemTypes }).notNull(),
    body: text("body").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.systemType] })],
);

/**
 * What a state's overview shows for one month, written once just after the month ends (UTC) and never
 * recomputed: turning sharing on or off later changes only the months still to come. Raw counts are kept here;
 * the overview model hides the small ones before anything leaves the server.
 */
export const stateOverviewSnapshots = sqliteTable(
  "state_overview_snapshots",
  {
    state: text("state").notNull(),
    // "2026-11": the calendar month in UTC.
    month: text("month").notNull(),
    // Coalitions counted (sharing, and with no member in an agency of the state).
    coalitions: integer("coalitions").notNull(),
    // Per system type, how many counted coalitions had a district declared that type district-wide.
    typeCounts: text("type_counts", { mode: "json" }).notNull().$type<Record<string, number>>(),
    takenAt: integer("taken_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.state, t.month] })],
);

/** How a piece of guidance had been received by the counted coalitions when its state's month was recorded. */
export const guidanceReceptionSnapshots = sqliteTable(
  "guidance_reception_snapshots",
  {
    guidanceId: text("guidance_id")
      .notNull()
      .references(() => guidance.id, { onDelete: "cascade" }),
    month: text("month").notNull(),
    read: integer("read").notNull(),
    readLatest: integer("read_latest").notNull(),
    acknowledged: integer("acknowledged").notNull(),
  },
  (t) => [primaryKey({ columns: [t.guidanceId, t.month] })],
);

/** A coalition telling the operators about a piece of guidance or the agency behind it. */
export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    coalitionId: text("coalition_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reporterName: text("reporter_name").notNull(),
    subject: text("subject", { enum: reportSubjects }).notNull(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    // The guidance and the version the coalition was reading, so operators read exactly what was reported.
    guidanceId: text("guidance_id").references(() => guidance.id, { onDelete: "set null" }),
    guidanceVersion: integer("guidance_version"),
    reason: text("reason").notNull(),
    status: text("status", { enum: reportStatuses }).notNull(),
    createdAt: createdAt(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("reports_status_created_idx").on(t.status, t.createdAt)],
);

/** Everything an operator did about a report, kept for the record. */
export const moderationActions = sqliteTable(
  "moderation_actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    action: text("action", { enum: moderationActionKinds }).notNull(),
    // Whom a suspension or its lifting concerned; the name is kept as it was then.
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    subjectName: text("subject_name").notNull().default(""),
    note: text("note").notNull().default(""),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("moderation_actions_report_idx").on(t.reportId, t.at)],
);

/** What a state agency tells the operators so they can check it is who it says it is; one current request each. */
export const agencyVerificationRequests = sqliteTable("agency_verification_requests", {
  agencyId: text("agency_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  officialName: text("official_name").notNull(),
  requesterRole: text("requester_role").notNull(),
  officialEmail: text("official_email").notNull(),
  phone: text("phone").notNull(),
  website: text("website").notNull(),
  submittedBy: text("submitted_by").references(() => users.id, { onDelete: "set null" }),
  submittedByName: text("submitted_by_name").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

/** Every verification, revocation and operator rename of an agency: who, when and why, kept for the record. */
export const agencyVerificationEvents = sqliteTable(
  "agency_verification_events",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    action: text("action", { enum: ["verify", "revoke", "rename"] }).notNull(),
    operatorName: text("operator_name").notNull(),
    note: text("note").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("agency_verification_events_agency_idx").on(t.agencyId, t.createdAt)],
);

/**
 * A person's second sign-in step (TOTP). `secret` is the one in use once `enabledAt` is set; `pendingSecret` is
 * one being set up (or replacing it), kept apart so that a half-finished setup never locks anyone out.
 */
export const twoFactor = sqliteTable("two_factor", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text("secret"),
  enabledAt: integer("enabled_at", { mode: "timestamp_ms" }),
  // The time step of the last code accepted: a code is never accepted twice (replay protection).
  lastUsedStep: integer("last_used_step").notNull().default(0),
  pendingSecret: text("pending_secret"),
  // Wrong codes across sign-in attempts, counted from `failuresSince`: guessing is slowed per account.
  failures: integer("failures").notNull().default(0),
  failuresSince: integer("failures_since", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** Single-use recovery codes, stored only as SHA-256 hashes (the codes are random, 50 bits each). */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_unique").on(t.userId, t.codeHash)],
);

/** A sign-in waiting for its second step: the password was right, no session exists yet. */
export const twoFactorChallenges = sqliteTable(
  "two_factor_challenges",
  {
    // SHA-256 of the token in the browser's cookie.
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    redirectTo: text("redirect_to").notNull(),
    // Codes tried so far, each counted before it is checked; the sign-in ends at the limit.
    failures: integer("failures").notNull().default(0),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("two_factor_challenges_user_idx").on(t.userId)],
);
