// State agency guidance: a working copy the agency edits, published versions that are kept, and what each
// coalition in the state did with it. Audience: every coalition in the state, or only those with a district
// currently declared one of the chosen types, among coalitions that share their types with the agency: guidance
// by type must not single out, or collect read receipts from, a coalition that chose not to share.
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";

import { db, newId, schema } from "~/lib/db.server";
import { FieldConflictError } from "~/lib/field-conflict";
import { fallbackLanguage, languages, type Language } from "~/lib/i18n";
import { systemTypes, type SystemType } from "~/lib/typology";

import { operatorName } from "./agency-verification.server";
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
  constructor(readonly reason: "missing" | "unverified" | "originalWithdrawn") {
    super(`Guidance not publishable: ${reason}`);
  }
}

export function createGuidance(agency: { id: string; state: string }, input: GuidanceInput, now = new Date()): string {
  const id = newId();
  db.insert(schema.guidance)
    .values({ id, agencyId: agency.id, state: agency.state, status: "draft", ...input, updatedAt: now })
    .run();
  return id;
}

/** The language a piece's other version is written in: the one of the two that it is not. */
export const otherLanguage = (language: Language): Language =>
  languages.find((candidate) => candidate !== language) ?? fallbackLanguage;

/**
 * Starts the other language's version of a piece (a Spanish one beside the English), as a draft of its own with the
 * original's audience. Only an original can have one, and only one: a translation of a translation, or a second
 * translation, is refused (null). The unique index on translation_of_id holds that against two requests at once.
 */
export function createTranslation(
  agencyId: string,
  originalId: string,
  input: Pick<GuidanceInput, "title" | "summary" | "body">,
  now = new Date(),
): string | null {
  return db.transaction((tx) => {
    const original = tx
      .select()
      .from(schema.guidance)
      .where(and(eq(schema.guidance.id, originalId), eq(schema.guidance.agencyId, agencyId)))
      .get();
    if (!original || original.translationOfId) return null;
    const id = newId();
    const inserted = tx
      .insert(schema.guidance)
      .values({
        id,
        agencyId,
        state: original.state,
        status: "draft",
        ...input,
        language: otherLanguage(original.language),
        audienceTypes: original.audienceTypes,
        translationOfId: original.id,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1 ? id : null;
  });
}

/** The two versions of a pair, either given: the original and its translation (null while there is none). */
export function guidancePair(guidance: Guidance): { original: Guidance; translation: Guidance | null } | null {
  if (guidance.translationOfId) {
    const original = db.select().from(schema.guidance).where(eq(schema.guidance.id, guidance.translationOfId)).get();
    return original ? { original, translation: guidance } : null;
  }
  const translation =
    db.select().from(schema.guidance).where(eq(schema.guidance.translationOfId, guidance.id)).get() ?? null;
  return { original: guidance, translation };
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

/**
 * Edits the working copy; coalitions keep seeing the published version until the agency publishes again.
 * In a pair the two languages differ and the audience is the original's: a translation keeps its language and
 * follows its original's audience, and an original may not take its translation's language.
 */
export function updateGuidance(agencyId: string, guidanceId: string, input: GuidanceInput, now = new Date()): void {
  db.transaction((tx) => {
    const current = tx
      .select()
      .from(schema.guidance)
      .where(and(eq(schema.guidance.id, guidanceId), eq(schema.guidance.agencyId, agencyId)))
      .get();
    if (!current) return;
    const pair = guidancePair(current);
    let set: GuidanceInput = input;
    if (pair?.translation && current.translationOfId) {
      set = { ...input, language: current.language, audienceTypes: pair.original.audienceTypes };
    } else if (pair?.translation) {
      if ((input.language ?? fallbackLanguage) === pair.translation.language)
        throw new FieldConflictError("language", "guidance-pairs:form.languageTaken");
      tx.update(schema.guidance)
        .set({ audienceTypes: input.audienceTypes })
        .where(eq(schema.guidance.id, pair.translation.id))
        .run();
    }
    tx.update(schema.guidance)
      .set({ ...set, updatedAt: now })
      .where(eq(schema.guidance.id, guidanceId))
      .run();
  });
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
    // Withdrawing the original took the pair out of coalitions' inboxes; its translation alone cannot bring it back.
    const original = current.translationOfId
      ? tx.select().from(schema.guidance).where(eq(schema.guidance.id, current.translationOfId)).get()
      : undefined;
    if (original?.status === "withdrawn") throw new NotPublishableError("originalWithdrawn");
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

/**
 * Takes guidance out of every coalition's inbox and playbook; its versions stay on record. Withdrawing an original
 * withdraws its translation too (the pair is one piece to coalitions); withdrawing a translation leaves the original.
 */
export function withdrawGuidance(agencyId: string, guidanceId: string, now = new Date()): boolean {
  return db.transaction((tx) => {
    const withdraw = (where: SQL | undefined) =>
      tx
        .update(schema.guidance)
        .set({ status: "withdrawn", updatedAt: now })
        .where(and(where, eq(schema.guidance.agencyId, agencyId), eq(schema.guidance.status, "published")))
        .run().changes;
    const withdrawn = withdraw(eq(schema.guidance.id, guidanceId)) === 1;
    if (withdrawn) withdraw(eq(schema.guidance.translationOfId, guidanceId));
    return withdrawn;
  });
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

type PairMember = { guidance: Pick<Guidance, "id" | "translationOfId" | "language">; audienceTypes: SystemType[] };

/**
 * Published pieces grouped into what coalitions see as one piece: an original and its translation, or either alone,
 * in the order of each pair's newest version. A pair's audience is its original's published one; while the original
 * is still a draft, its translation's (copied from the original when the translation was published).
 */
function publishedPairs<Row extends PairMember>(rows: Row[]): Array<{ rows: Row[]; audienceTypes: SystemType[] }> {
  const pairs = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row.guidance.translationOfId ?? row.guidance.id;
    pairs.set(key, [...(pairs.get(key) ?? []), row]);
  }
  return [...pairs.values()].map((members) => {
    const original = members.find((row) => !row.guidance.translationOfId);
    return { rows: members, audienceTypes: (original ?? members[0]!).audienceTypes };
  });
}

/** The version a reader sees of a pair: the one in their language if it is published, else the other. */
function versionFor<Row extends PairMember>(rows: Row[], language: Language): Row {
  return (
    rows.find((row) => row.guidance.language === language) ??
    rows.find((row) => !row.guidance.translationOfId) ??
    rows[0]!
  );
}

export type InboxState = "new" | "updated" | "read" | "acknowledged";
const inboxStateOrder: readonly InboxState[] = ["new", "updated", "read", "acknowledged"];

type Receipt = typeof schema.guidanceReceipts.$inferSelect;

function stateOf(receipt: Receipt | undefined, version: number): InboxState {
  if (receipt && receipt.acknowledgedVersion === version) return "acknowledged";
  if (receipt && receipt.readVersion === version) return "read";
  if (receipt && receipt.readVersion > 0) return "updated";
  return "new";
}

/**
 * The published guidance meant for a coalition, newest first, one entry per pair in the reader's language (see
 * versionFor), with where the coalition stands on it. Receipts stay per version, but a pair counts as one piece:
 * it shows the furthest step the coalition took on either version (a Spanish-speaking organizer's acknowledgement
 * is the coalition's), and its campaign link is the one set on either. `alternate` is the other published version.
 */
function inboxEntries(organization: { id: string; state: string }, language: Language) {
  const declared = audienceTypesOf(organization.id);
  const rows = publishedGuidanceInState(organization.state).map((row) => ({
    ...row,
    audienceTypes: row.version.audienceTypes,
  }));
  const pairs = publishedPairs(rows).filter((pair) => reachesCoalition(pair.audienceTypes, declared));
  const ids = pairs.flatMap((pair) => pair.rows.map((row) => row.guidance.id));
  const receipts = new Map(
    ids.length === 0
      ? []
      : db
          .select()
          .from(schema.guidanceReceipts)
          .where(
            and(
              eq(schema.guidanceReceipts.organizationId, organization.id),
              inArray(schema.guidanceReceipts.guidanceId, ids),
            ),
          )
          .all()
          .map((receipt) => [receipt.guidanceId, receipt]),
  );
  return pairs.flatMap((pair) =>
    pair.rows.map((shown) => {
      const { guidance, version, agencyName } = shown;
      const other = pair.rows.find((row) => row !== shown);
      const states = pair.rows.map((row) =>
        inboxStateOrder.indexOf(stateOf(receipts.get(row.guidance.id), row.version.version)),
      );
      const state = inboxStateOrder[Math.max(...states)] ?? "new";
      const campaignId =
        receipts.get(guidance.id)?.campaignId ?? (other && receipts.get(other.guidance.id)?.campaignId) ?? null;
      return {
        id: guidance.id,
        agencyName,
        verifiedBy: operatorName(),
        version,
        state,
        campaignId,
        language: guidance.language,
        alternate: other ? { id: other.guidance.id, language: other.guidance.language } : null,
        /** Whether this is the version the reader's inbox lists for the pair (the other is reached by its link). */
        listed: versionFor(pair.rows, language) === shown,
      };
    }),
  );
}

/** The inbox as a reader lists it: one entry per pair, in the reader's language where it can be. */
export function coalitionInbox(organization: { id: string; state: string }, language: Language) {
  return inboxEntries(organization, language).filter((entry) => entry.listed);
}

/** One version of a piece in the coalition's inbox (either of a pair), or undefined when it does not reach it. */
export function inboxGuidance(organization: { id: string; state: string }, guidanceId: string, language: Language) {
  return inboxEntries(organization, language).find((entry) => entry.id === guidanceId);
}

const publishedPiecesInState = db
  .select({
    guidance: {
      id: schema.guidance.id,
      translationOfId: schema.guidance.translationOfId,
      language: schema.guidance.language,
    },
    audienceTypes: schema.guidanceVersions.audienceTypes,
    read: sql<number>`coalesce(${schema.guidanceReceipts.readVersion}, 0) = ${schema.guidanceVersions.version}`,
  })
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
  .where(publishedInStateForCoalitions)
  .prepare();

/**
 * How many items of the coalition's inbox are new or updated since it last read them ("new" and "updated" in
 * coalitionInbox: a pair neither of whose versions was read as it stands), for the navigation on every page: one
 * indexed query, and the declared types only when some unread guidance is meant for certain types.
 */
export function unreadGuidanceCount(organization: { id: string; state: string }): number {
  const pieces = publishedPiecesInState.all({ state: organization.state, organizationId: organization.id });
  const unread = publishedPairs(pieces).filter((pair) => pair.rows.every((row) => !row.read));
  if (unread.every((pair) => pair.audienceTypes.length === 0)) return unread.length;
  const declared = audienceTypesOf(organization.id);
  return unread.filter((pair) => reachesCoalition(pair.audienceTypes, declared)).length;
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

/** Links a piece to a campaign; for a pair, on both versions' receipts, so either reader sees the same link. */
export function linkGuidanceToCampaign(
  guidanceId: string,
  organizationId: string,
  campaignId: string | null,
  alternateId: string | null = null,
): void {
  db.transaction(() => {
    touchReceipt(guidanceId, organizationId, { campaignId });
    if (alternateId)
      db.update(schema.guidanceReceipts)
        .set({ campaignId })
        .where(
          and(
            eq(schema.guidanceReceipts.guidanceId, alternateId),
            eq(schema.guidanceReceipts.organizationId, organizationId),
          ),
        )
        .run();
  });
}

/**
 * Published guidance of the coalition's state that speaks to a district of this type, for the playbook: title,
 * source, summary. Guidance by type only if the coalition shares, as in its inbox.
 */
export function guidanceForPlaybook(
  coalition: { state: string; shareDeclarations: boolean },
  systemType: SystemType,
  language: Language,
) {
  const types = new Set(coalition.shareDeclarations ? [systemType] : []);
  const rows = publishedGuidanceInState(coalition.state).map((row) => ({
    ...row,
    audienceTypes: row.version.audienceTypes,
  }));
  return publishedPairs(rows)
    .filter((pair) => reachesCoalition(pair.audienceTypes, types))
    .map((pair) => versionFor(pair.rows, language))
    .map(({ version, agencyName }) => ({
      title: version.title,
      source: agencyName,
      verifiedBy: operatorName(),
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
  return stateNotes.all({ state, systemType }).map((note) => ({ ...note, verifiedBy: operatorName() }));
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
  // Of a pair, the other version as coalitions see it now (published), for the audience and each reader's language.
  const pair = guidancePair(row.guidance);
  const other = pair && (pair.translation?.id === row.guidance.id ? pair.original : pair.translation);
  const otherPublished = other?.status === "published" ? other : null;
  const originalVersion =
    otherPublished && !otherPublished.translationOfId
      ? db
          .select({ audienceTypes: schema.guidanceVersions.audienceTypes })
          .from(schema.guidanceVersions)
          .where(
            and(
              eq(schema.guidanceVersions.guidanceId, otherPublished.id),
              eq(schema.guidanceVersions.version, otherPublished.publishedVersion),
            ),
          )
          .get()
      : undefined;
  const audienceTypes = originalVersion?.audienceTypes ?? row.version.audienceTypes;
  const inState = and(eq(schema.organizations.state, row.guidance.state), eq(schema.organizations.kind, "coalition"));
  const declared = audienceTypesWhere(inState);
  const coalitions = db
    .select()
    .from(schema.organizations)
    .where(inState)
    .all()
    .filter((organization) => reachesCoalition(audienceTypes, declared.get(organization.id) ?? new Set()));
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
      verifiedBy: operatorName(),
      language: row.guidance.language,
    },
    // Each reader is told of the version they would see: someone whose language is the other published version's
    // is not emailed about this one (that version did not change for them).
    recipients: recipients
      .filter((r) => !optedOut.has(r.user.id))
      .filter((r) => !otherPublished || otherPublished.language !== (r.user.language ?? fallbackLanguage))
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
