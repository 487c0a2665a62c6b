// Verified state agencies: an agency asks to be verified, the operators of the server check it and verify or
// revoke. Until it is verified nothing an agency writes reaches a coalition; every decision is kept on record.
import { and, asc, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";

import { normalizeAgencyName, type VerificationRequestInput } from "~/lib/agency-verification";
import { db, newId, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { FieldConflictError } from "~/lib/field-conflict";

export type VerificationRequest = typeof schema.agencyVerificationRequests.$inferSelect;
export type VerificationEvent = typeof schema.agencyVerificationEvents.$inferSelect;
export type VerificationAction = VerificationEvent["action"];

/** Who verifies agencies on this server (the operator), for a page that words "verified by" itself. */
export const operatorName = () => env.OPERATOR_NAME;

/** A verification request as its pages show it (dates as ISO strings, the sender by name). */
export function requestForPage(sent: VerificationRequest | undefined | null) {
  if (!sent) return null;
  return {
    officialName: sent.officialName,
    requesterRole: sent.requesterRole,
    officialEmail: sent.officialEmail,
    phone: sent.phone,
    website: sent.website,
    by: sent.submittedByName,
    at: sent.updatedAt.toISOString(),
  };
}

export function getVerificationRequest(agencyId: string): VerificationRequest | undefined {
  return db
    .select()
    .from(schema.agencyVerificationRequests)
    .where(eq(schema.agencyVerificationRequests.agencyId, agencyId))
    .get();
}

/** Records (or replaces) the agency's request; the operators see the latest one. */
export function saveVerificationRequest(
  agencyId: string,
  input: VerificationRequestInput,
  by: { id: string; name: string },
  now = new Date(),
): void {
  const values = { ...input, submittedBy: by.id, submittedByName: by.name, updatedAt: now };
  db.insert(schema.agencyVerificationRequests)
    .values({ agencyId, ...values })
    .onConflictDoUpdate({ target: schema.agencyVerificationRequests.agencyId, set: values })
    .run();
}

export function verificationEvents(agencyId: string): VerificationEvent[] {
  return db
    .select()
    .from(schema.agencyVerificationEvents)
    .where(eq(schema.agencyVerificationEvents.agencyId, agencyId))
    .orderBy(desc(schema.agencyVerificationEvents.createdAt))
    .all();
}

/** Where the agency stands, for its own pages: never the operators' notes. */
export function verificationStatus(agency: { id: string; verifiedAt: Date | null }) {
  const request = getVerificationRequest(agency.id);
  const last = db
    .select({ action: schema.agencyVerificationEvents.action })
    .from(schema.agencyVerificationEvents)
    .where(
      and(
        eq(schema.agencyVerificationEvents.agencyId, agency.id),
        ne(schema.agencyVerificationEvents.action, "rename"),
      ),
    )
    .orderBy(desc(schema.agencyVerificationEvents.createdAt))
    .get();
  const state = agency.verifiedAt
    ? "verified"
    : last?.action === "revoke"
      ? "revoked"
      : request
        ? "requested"
        : "not-requested";
  return { state, request } as const;
}

/** A verified agency in the state whose name looks the same as this one, other than the agency itself. */
export function verifiedLookalike(state: string, name: string, exceptId?: string): { name: string } | undefined {
  const wanted = normalizeAgencyName(name);
  return db
    .select({ id: schema.organizations.id, name: schema.organizations.name })
    .from(schema.organizations)
    .where(
      and(
        eq(schema.organizations.kind, "state_agency"),
        eq(schema.organizations.state, state),
        isNotNull(schema.organizations.verifiedAt),
      ),
    )
    .all()
    .find((agency) => agency.id !== exceptId && normalizeAgencyName(agency.name) === wanted);
}

/** Refuses a state agency name that passes for a verified agency of the same state. */
export function assertNoVerifiedLookalike(state: string, name: string, exceptId?: string): void {
  const lookalike = verifiedLookalike(state, name, exceptId);
  if (lookalike) {
    throw new FieldConflictError("name", "common:access.verifiedLookalike", { name: lookalike.name, state });
  }
}

/** Every agency for the operators: those waiting for a decision first, with their request and record. */
export function listAgenciesForOperators() {
  const agencies = db
    .select({ agency: schema.organizations, request: schema.agencyVerificationRequests })
    .from(schema.organizations)
    .leftJoin(
      schema.agencyVerificationRequests,
      eq(schema.agencyVerificationRequests.agencyId, schema.organizations.id),
    )
    .where(eq(schema.organizations.kind, "state_agency"))
    .orderBy(asc(schema.organizations.name))
    .all();
  const ids = agencies.map(({ agency }) => agency.id);
  const events = ids.length
    ? db
        .select()
        .from(schema.agencyVerificationEvents)
        .where(inArray(schema.agencyVerificationEvents.agencyId, ids))
        .orderBy(desc(schema.agencyVerificationEvents.createdAt))
        .all()
    : [];
  // Pending: not verified and asked to be; then not verified and not asked yet; verified ones last.
  const rank = (row: (typeof agencies)[number]) => (row.agency.verifiedAt ? 2 : row.request ? 0 : 1);
  return agencies
    .map((row) => ({ ...row, events: events.filter((event) => event.agencyId === row.agency.id) }))
    .sort((a, b) => rank(a) - rank(b));
}

export function findAgencyBySlug(slug: string) {
  return db
    .select()
    .from(schema.organizations)
    .where(and(eq(schema.organizations.slug, slug), eq(schema.organizations.kind, "state_agency")))
    .get();
}

// Why a decision was refused, as a code: the operator pages say it in the reader's language, the CLI in English.
export type DecisionRefusal = "unknown-agency" | "already-verified" | "not-verified" | "lookalike";
export type DecisionResult = { ok: true; name: string } | { ok: false; reason: DecisionRefusal; name: string };

function record(agencyId: string, action: VerificationAction, operatorName: string, note: string, now: Date) {
  db.insert(schema.agencyVerificationEvents)
    .values({ id: newId(), agencyId, action, operatorName, note, createdAt: now })
    .run();
}

/** Verifies or revokes an agency, recording who did it, when and why. */
export function decideVerification(
  slug: string,
  action: "verify" | "revoke",
  operatorName: string,
  note: string,
  now = new Date(),
): DecisionResult {
  return db.transaction(() => {
    const agency = findAgencyBySlug(slug);
    if (!agency) return { ok: false, reason: "unknown-agency", name: slug };
    const { name } = agency;
    if (action === "verify" && agency.verifiedAt) return { ok: false, reason: "already-verified", name };
    if (action === "revoke" && !agency.verifiedAt) return { ok: false, reason: "not-verified", name };
    db.update(schema.organizations)
      .set({ verifiedAt: action === "verify" ? now : null })
      .where(eq(schema.organizations.id, agency.id))
      .run();
    record(agency.id, action, operatorName, note, now);
    return { ok: true, name: agency.name };
  });
}

/**
 * An operator changes an agency's name or state (locked for the agency itself once verified). Its guidance
 * moves with it: the audience of a piece of guidance is its agency's state.
 */
export function renameAgencyAsOperator(
  slug: string,
  input: { name: string; state: string },
  operatorName: string,
  note: string,
  now = new Date(),
): DecisionResult {
  return db.transaction(() => {
    const agency = findAgencyBySlug(slug);
    if (!agency) return { ok: false, reason: "unknown-agency", name: slug };
    const lookalike = verifiedLookalike(input.state, input.name, agency.id);
    if (lookalike) return { ok: false, reason: "lookalike", name: lookalike.name };
    db.update(schema.organizations).set(input).where(eq(schema.organizations.id, agency.id)).run();
    db.update(schema.guidance).set({ state: input.state }).where(eq(schema.guidance.agencyId, agency.id)).run();
    const change = `${agency.name} (${agency.state}) to ${input.name} (${input.state})`;
    record(agency.id, "rename", operatorName, `${change}: ${note}`, now);
    return { ok: true, name: input.name };
  });
}
