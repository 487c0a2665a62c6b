// State agency guidance: a working copy the agency edits, published versions that are kept, and what each
// coalition in the state did with it. Audience: every coalition in the state, or only those with a district
// currently declared one of the chosen types, among coalitions that share their types with the agency: guidance
// by type must not single out, or collect read receipts from, a coalition that chose not to share.
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import type { Language } from "~/lib/i18n";
import { systemTypes, type SystemType } from "~/lib/typology";

import { verifiedByText } from "./agency-verification.server";
import { agencyNotSuspended } from "./report.server";
import { currentDeclarations, type Declaration } from "./typology.server";

// Only a verified agency's words reach coalitions; revoking hides them again (and verifying shows them again),
// so every query that hands an agency's words to coalitions carries this condition on the joined agency.
const agencyIsVerified = isNotNull(schema.organizations.verifiedAt);

export type GuidanceInput = {
  title: string;
  summary: string;
  body: string;
  audienceTypes: SystemType[];
  /** The language it is written in; English when not said. */
  language?: Language;
};
export type Guidance = typeof schema.guidance.$inferSelect;
export type GuidanceVersion = typeof schema.guidanceVersions.$inferSelect;

/** Why a piece of guidance cannot be published; the page words it in the reader's language. */
export class NotPublishableError extends Error {
  constructor(readonly reason: "missing" | "unverified") {
    super(reason === "missing" ? "That guidance does not exist." : "The agency is not verified.");
  }
}

export function createGuidance(agency: { id: string; state: string }, input: GuidanceInput, now = new Date()): string {
  const id = newId();
  db.insert(schema.guidance)
    .values({ id, agencyId: agency.id, state: agency.state, status: "draft", ...input, updatedAt: now })
    .run();
  return id;
}

export function getGuidance(agencyId: string, guidanceId: string): Guidance | undefined {
  return db
    .select()
    .from(schema.guidance)
    .where(and(eq(schema.guidance.id, guidanceId), eq(schema.guidance.agencyId, agencyId)))
    .get();
}

export function listAgencyGuidance(agencyId: string): Guidance[] {
  return db
    .select()
    .from(schema.guidance)
    .where(eq(schema.guidance.agencyId, agencyId))
    .orderBy(desc(schema.guidance.updatedAt))
    .all();
}

/** Edits the working copy; coalitions keep seeing the published version until the agency publishes again. */
export function updateGuidance(agencyId: string, guidanceId: string, input: GuidanceInput, now = new Date()): void {
  db.update(schema.guidance)
    .set({ ...input, updatedAt: now })
    .where(and(eq(schema.guidance.id, guidanceId), eq(schema.guidance.agencyId, agencyId)))
    .run();
}

/** Publishes the working copy as the next version (the first, or a revision); every version is kept. */
export function publishGuidance(
  agencyId: string,
  guidanceId: string,
  changeNote: string,
  by: { name: string },
  now = new Date(),
): number {
  return db.transaction((tx) => {
    const current = tx
      .select()
      .from(schema.guidance)
      .where(and(eq(schema.guidance.id, guidanceId), eq(schema.guidance.agencyId, agencyId)))
      .get();
    if (!current) throw new NotPublishableError("missing");
    const agency = tx
      .select({ verifiedAt: schema.organizations.verifiedAt })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, agencyId))
      .get();
    if (!agency?.verifiedAt) {
      throw new NotPublishableError("unverified");
    }
    const version = current.publishedVersion + 1;
    tx.insert(schema.guidanceVersions)
      .values({
        guidanceId,
        version,
        title: current.title,
        summary: current.summary,
        body: current.body,
        audienceTypes: current.audienceTypes,
        changeNote,
        publishedByName: by.name,
        publishedAt: now,
      })
      .run();
    tx.update(schema.guidance)
      .set({ status: "published", publishedVersion: version, updatedAt: now })
      .where(eq(schema.guidance.id, guidanceId))
      .run();
    return version;
  });
}

/** Takes guidance out of every coalition's inbox and playbook; its versions stay on record. */
export function withdrawGuidance(agencyId: string, guidanceId: string, now = new Date()): boolean {
  return (
    db
      .update(schema.guidance)
      .set({ status: "withdrawn", updatedAt: now })
      .where(
        and(
          eq(schema.guidance.id, guidanceId),
          eq(schema.guidance.agencyId, agencyId),
          eq(schema.guidance.status, "published"),
        ),
      )
      .run().changes === 1
  );
}

export function guidanceVersions(guidanceId: string): GuidanceVersion[] {
  return db
    .select()
    .from(schema.guidanceVersions)
    .where(eq(schema.guidanceVersions.guidanceId, guidanceId))
    .orderBy(desc(schema.guidanceVersions.version))
    .all();
}

/**
 * Per sharing coalition matching the condition, the system types its districts are currently declared, in any
 * context. A coalition that does not share has none here, so guidance by type never reaches it.
 */
function audienceTypesWhere(condition: SQL | undefined): Map<string, Set<SystemType>> {
  const rows = db
    .select({ organizationId: schema.districts.organizationId, declaration: schema.declarations })
    .from(schema.declarations)
    .innerJoin(schema.districts, eq(schema.districts.id, schema.declarations.districtId))
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.districts.organizationId))
    .where(and(condition, eq(schema.organizations.shareDeclarations, true)))
    .orderBy(desc(schema.declarations.sequence))
    .all();
  const histories = new Map<string, Map<string, Declaration[]>>();
  for (const { organizationId, declaration } of rows) {
    const byDistrict = histories.get(organizationId) ?? new Map<string, Declaration[]>();
    byDistrict.set(declaration.districtId, [...(byDistrict.get(declaration.districtId) ?? []), declaration]);
    histories.set(organizationId, byDistrict);
  }
  return new Map(
    [...histories].map(([organizationId, byDistrict]) => [
      organizationId,
      new Set([...byDistrict.values()].flatMap((history) => currentDeclarations(history).map((d) => d.systemType))),
    ]),
  );
}

/** The system types guidance may reach a coalition by: its declared ones if it shares, otherwise none. */
export function audienceTypesOf(organizationId: string): Set<SystemType> {
  return audienceTypesWhere(eq(schema.districts.organizationId, organizationId)).get(organizationId) ?? new Set();
}

// The version a coalition reads: the one published last.
const publishedVersionOfGuidance = and(
  eq(schema.guidanceVersions.guidanceId, schema.guidance.id),
  eq(schema.guidanceVersions.version, schema.guidance.publishedVersion),
);

// Published in the state (a placeholder) by a verified agency; a suspended agency's guidance is hidden from
// coalitions until the suspension is lifted.
const publishedInStateForCoalitions = and(
  eq(schema.guidance.state, sql.placeholder("state")),
  eq(schema.guidance.status, "published"),
  agencyIsVerified,
  agencyNotSuspended,
);

const publishedInState = db
  .select({ guidance: schema.guidance, version: schema.guidanceVersions, agencyName: schema.organizations.name })
  .from(schema.guidance)
  .innerJoin(schema.guidanceVersions, publishedVersionOfGuidance)
  .innerJoin(schema.organizations, eq(schema.organizations.id, schema.guidance.agencyId))
  .where(publishedInStateForCoalitions)
  .orderBy(desc(schema.guidanceVersions.publishedAt))
  .prepare();

/** The current version of every piece of guidance published in the state, with its agency's name, newest first. */
function publishedGuidanceInState(state: string) {
  return publishedInState.all({ state });
}

export const reachesCoalition = (audienceTypes: readonly string[], declared: ReadonlySet<string>) =>
  audienceTypes.length === 0 || audienceTypes.some((type) => declared.has(type));

export type InboxState = "new" | "updated" | "read" | "acknowledged";

/** The published guidance meant for a coalition, newest first, with where the coalition stands on each. */
export function coalitionInbox(organization: { id: string; state: string }) {
  const declared = audienceTypesOf(organization.id);
  const published = publishedGuidanceInState(organization.state).filter((row) =>
    reachesCoalition(row.version.audienceTypes, declared),
  );
  const receipts = new Map(
    published.length === 0
      ? []
      : db
          .select()
          .from(schema.guidanceReceipts)
          .where(
            and(
              eq(schema.guidanceReceipts.organizationId, organization.id),
              inArray(
                schema.guidanceReceipts.guidanceId,
                published.map((row) => row.guidance.id),
              ),
            ),
          )
          .all()
          .map((receipt) => [receipt.guidanceId, receipt]),
  );
  return published.map(({ guidance, version, agencyName }) => {
    const receipt = receipts.get(guidance.id);
    const state: InboxState =
      receipt && receipt.acknowledgedVersion === version.version
        ? "acknowledged"
        : receipt && receipt.readVersion === version.version
          ? "read"
          : receipt && receipt.readVersion > 0
            ? "updated"
            : "new";
    const campaignId = receipt?.campaignId ?? null;
    const language = guidance.language;
    return { id: guidance.id, agencyName, verifiedBy: verifiedByText(), version, state, campaignId, language };
  });
}

const unreadInState = db
  .select({ audienceTypes: schema.guidanceVersions.audienceTypes })
  .from(schema.guidance)
  .innerJoin(schema.guidanceVersions, publishedVersionOfGuidance)
  .innerJoin(schema.organizations, eq(schema.organizations.id, schema.guidance.agencyId))
  .leftJoin(
    schema.guidanceReceipts,
    and(
      eq(schema.guidanceReceipts.guidanceId, schema.guidance.id),
      eq(schema.guidanceReceipts.organizationId, sql.placeholder("organizationId")),
    ),
  )
  .where(
    and(
      publishedInStateForCoalitions,
      sql`coalesce(${schema.guidanceReceipts.readVersion}, 0) <> ${schema.guidanceVersions.version}`,
    ),
  )
  .prepare();

/**
 * How many items of the coalition's inbox are new or updated since it last read them ("new" and "updated" in
 * coalitionInbox), for the navigation on every page: one indexed query, and the declared types only when some
 * unread guidance is meant for certain types.
 */
export function unreadGuidanceCount(organization: { id: string; state: string }): number {
  const unread = unreadInState.all({ state: organization.state, organizationId: organization.id });
  if (unread.every((row) => row.audienceTypes.length === 0)) return unread.length;
  const declared = audienceTypesOf(organization.id);
  return unread.filter((row) => reachesCoalition(row.audienceTypes, declared)).length;
}

function touchReceipt(
  guidanceId: string,
  organizationId: string,
  set: Partial<typeof schema.guidanceReceipts.$inferInsert>,
): void {
  db.insert(schema.guidanceReceipts)
    .values({ guidanceId, organizationId, ...set })
    .onConflictDoUpdate({ target: [schema.guidanceReceipts.guidanceId, schema.guidanceReceipts.organizationId], set })
    .run();
}

export function markGuidanceRead(guidanceId: string, organizationId: string, version: number, now = new Date()): void {
  touchReceipt(guidanceId, organizationId, { readVersion: version, readAt: now });
}

export function acknowledgeGuidance(
  guidanceId: string,
  organizationId: string,
  version: number,
  now = new Date(),
): void {
  touchReceipt(guidanceId, organizationId, {
    readVersion: version,
    readAt: now,
    acknowledgedVersion: version,
    acknowledgedAt: now,
  });
}

export function linkGuidanceToCampaign(guidanceId: string, organizationId: string, campaignId: string | null): void {
  touchReceipt(guidanceId, organizationId, { campaignId });
}

/**
 * Published guidance of the coalition's state that speaks to a district of this type, for the playbook: title,
 * source, summary. Guidance by type only if the coalition shares, as in its inbox.
 */
export function guidanceForPlaybook(coalition: { state: string; shareDeclarations: boolean }, systemType: SystemType) {
  const types = new Set(coalition.shareDeclarations ? [systemType] : []);
  return publishedGuidanceInState(coalition.state)
    .filter(({ version }) => reachesCoalition(version.audienceTypes, types))
    .map(({ version, agencyName }) => ({
      title: version.title,
      source: agencyName,
      verifiedBy: verifiedByText(),
      summary: version.summary || "See the full text in your guidance inbox.",
    }));
}

export function agencyPlaybookNotes(agencyId: string): Partial<Record<SystemType, string>> {
  const rows = db
    .select()
    .from(schema.agencyPlaybookNotes)
    .where(eq(schema.agencyPlaybookNotes.agencyId, agencyId))
    .all();
  return Object.fromEntries(rows.map((row) => [row.systemType, row.body]));
}

/** Saves the agency's notes for each type; an empty note removes that section from the playbooks. */
export function saveAgencyPlaybookNotes(
  agencyId: string,
  notes: Partial<Record<SystemType, string>>,
  now = new Date(),
): void {
  db.transaction((tx) => {
    for (const systemType of systemTypes) {
      const body = notes[systemType];
      if (body === undefined) continue;
      const where = and(
        eq(schema.agencyPlaybookNotes.agencyId, agencyId),
        eq(schema.agencyPlaybookNotes.systemType, systemType),
      );
      if (!body) tx.delete(schema.agencyPlaybookNotes).where(where).run();
      else
        tx.insert(schema.agencyPlaybookNotes)
          .values({ agencyId, systemType, body, updatedAt: now })
          .onConflictDoUpdate({
            target: [schema.agencyPlaybookNotes.agencyId, schema.agencyPlaybookNotes.systemType],
            set: { body, updatedAt: now },
          })
          .run();
    }
  });
}

const stateNotes = db
  .select({ body: schema.agencyPlaybookNotes.body, source: schema.organizations.name })
  .from(schema.agencyPlaybookNotes)
  .innerJoin(schema.organizations, eq(schema.organizations.id, schema.agencyPlaybookNotes.agencyId))
  .where(
    and(
      eq(schema.organizations.state, sql.placeholder("state")),
      eq(schema.organizations.kind, "state_agency"),
      eq(schema.agencyPlaybookNotes.systemType, sql.placeholder("systemType")),
      agencyIsVerified,
      agencyNotSuspended,
    ),
  )
  .prepare();

/** The notes agencies of this state wrote for a system type, for the playbook. */
export function stateNotesForPlaybook(state: string, systemType: SystemType) {
  return stateNotes.all({ state, systemType }).map((note) => ({ ...note, verifiedBy: verifiedByText() }));
}

/** Owners and organizers of the coalitions a published version reaches, minus those who turned these emails off. */
export function guidanceRecipients(guidanceId: string, version: number) {
  const row = db
    .select({ guidance: schema.guidance, version: schema.guidanceVersions, agencyName: schema.organizations.name })
    .from(schema.guidance)
    .innerJoin(
      schema.guidanceVersions,
      and(eq(schema.guidanceVersions.guidanceId, schema.guidance.id), eq(schema.guidanceVersions.version, version)),
    )
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.guidance.agencyId))
    .where(and(eq(schema.guidance.id, guidanceId), agencyIsVerified))
    .get();
  if (!row) return null;
  const inState = and(eq(schema.organizations.state, row.guidance.state), eq(schema.organizations.kind, "coalition"));
  const declared = audienceTypesWhere(inState);
  const coalitions = db
    .select()
    .from(schema.organizations)
    .where(inState)
    .all()
    .filter((organization) => reachesCoalition(row.version.audienceTypes, declared.get(organization.id) ?? new Set()));
  const recipients = coalitions.length
    ? db
        .select({
          organizationId: schema.memberships.organizationId,
          role: schema.memberships.role,
          user: {
            id: schema.users.id,
            name: schema.users.name,
            email: schema.users.email,
            emailVerifiedAt: schema.users.emailVerifiedAt,
            language: schema.users.language,
          },
        })
        .from(schema.memberships)
        .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
        .where(
          inArray(
            schema.memberships.organizationId,
            coalitions.map((c) => c.id),
          ),
        )
        .all()
        .filter((m) => m.role === "owner" || m.role === "organizer")
    : [];
  const optedOut = new Set(
    recipients.length
      ? db
          .select({ userId: schema.emailOptOuts.userId })
          .from(schema.emailOptOuts)
          .where(
            and(
              eq(schema.emailOptOuts.kind, "guidance-published"),
              inArray(
                schema.emailOptOuts.userId,
                recipients.map((r) => r.user.id),
              ),
            ),
          )
          .all()
          .map((r) => r.userId)
      : [],
  );
  const byId = new Map(coalitions.map((c) => [c.id, c]));
  return {
    guidance: {
      title: row.version.title,
      summary: row.version.summary,
      changeNote: row.version.changeNote,
      agencyName: row.agencyName,
      verifiedBy: verifiedByText(),
    },
    recipients: recipients
      .filter((r) => !optedOut.has(r.user.id))
      .map((r) => ({ organization: byId.get(r.organizationId)!, user: r.user })),
  };
}

/** Checked as each guidance email goes out: queued mail stops once the guidance is withdrawn or its agency revoked. */
export function guidanceStillReachesCoalitions(guidanceId: string): boolean {
  const row = db
    .select({ id: schema.guidance.id })
    .from(schema.guidance)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.guidance.agencyId))
    .where(and(eq(schema.guidance.id, guidanceId), eq(schema.guidance.status, "published"), agencyIsVerified))
    .get();
  return row !== undefined;
}
