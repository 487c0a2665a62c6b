// The rules of an English/Spanish pair of guidance in the model: one pair, two languages, one piece to coalitions.
import { beforeEach, describe, expect, it } from "vitest";

import { FieldConflictError } from "~/lib/field-conflict";
import { decideVerification } from "~/models/agency-verification.server";
import {
  coalitionInbox,
  createGuidance,
  createTranslation,
  guidanceForPlaybook,
  inboxGuidance,
  linkGuidanceToCampaign,
  markGuidanceRead,
  publishGuidance,
  unreadGuidanceCount,
  updateGuidance,
} from "~/models/guidance.server";

import { agencyAuthor as by, emptyDatabase, insertCoalition, insertUser, newAgency } from "../support/fixtures";

beforeEach(() => emptyDatabase());

const english = { title: "Budget hearings", summary: "", body: "Body", audienceTypes: [], language: "en" as const };
const spanish = { title: "Audiencias del presupuesto", summary: "", body: "Texto" };

function publishedPair() {
  const agency = newAgency();
  decideVerification("oh-doe", "verify", "Olive", "Checked");
  const originalId = createGuidance(agency, english);
  publishGuidance(agency.id, originalId, "", by);
  const translationId = createTranslation(agency.id, originalId, spanish)!;
  publishGuidance(agency.id, translationId, "", by);
  const co = insertCoalition(insertUser().id);
  return { agency, originalId, translationId, coalition: { id: co.id, state: "OH" }, campaignId: co.campaignId };
}

describe("a pair of guidance", () => {
  it("is one pair: no translation of a translation, no second one, none of another agency's piece", () => {
    const agency = newAgency();
    const originalId = createGuidance(agency, english);
    const translationId = createTranslation(agency.id, originalId, spanish);
    expect(translationId).toEqual(expect.any(String));
    expect(createTranslation(agency.id, originalId, spanish)).toBeNull();
    expect(createTranslation(agency.id, translationId!, spanish)).toBeNull();
    const other = newAgency("Ohio Family Office", "OH", "oh-family");
    expect(createTranslation(other.id, originalId, spanish)).toBeNull();
  });

  it("keeps its two languages apart, and the translation follows the original's audience", () => {
    const agency = newAgency();
    const originalId = createGuidance(agency, english);
    const translationId = createTranslation(agency.id, originalId, spanish)!;
    expect(() => updateGuidance(agency.id, originalId, { ...english, language: "es" })).toThrow(FieldConflictError);
    updateGuidance(agency.id, originalId, { ...english, audienceTypes: ["networked"] });
    updateGuidance(agency.id, translationId, { ...spanish, audienceTypes: [], language: "en" });
    decideVerification("oh-doe", "verify", "Olive", "Checked");
    publishGuidance(agency.id, translationId, "", by);
    // Meant for networked districts (the original's audience): a coalition with none declared sees nothing.
    const co = insertCoalition(insertUser().id);
    expect(coalitionInbox({ id: co.id, state: "OH" }, "es")).toEqual([]);
  });

  it("is listed once in each reader's language, and either version can be opened", () => {
    const { originalId, translationId, coalition } = publishedPair();
    expect(coalitionInbox(coalition, "en").map((entry) => [entry.id, entry.alternate?.id])).toEqual([
      [originalId, translationId],
    ]);
    expect(coalitionInbox(coalition, "es").map((entry) => [entry.id, entry.language])).toEqual([[translationId, "es"]]);
    expect(inboxGuidance(coalition, originalId, "es")?.language).toBe("en");
    expect(guidanceForPlaybook({ state: "OH", shareDeclarations: false }, "networked", "es")).toMatchObject([
      { title: "Audiencias del presupuesto" },
    ]);
    expect(guidanceForPlaybook({ state: "OH", shareDeclarations: false }, "networked", "en")).toMatchObject([
      { title: "Budget hearings" },
    ]);
  });

  it("is read, and linked to a campaign, once for both versions", () => {
    const { originalId, translationId, coalition, campaignId } = publishedPair();
    expect(unreadGuidanceCount(coalition)).toBe(1);
    markGuidanceRead(translationId, coalition.id, 1);
    expect(unreadGuidanceCount(coalition)).toBe(0);
    expect(coalitionInbox(coalition, "en")[0]).toMatchObject({ id: originalId, state: "read" });
    markGuidanceRead(originalId, coalition.id, 1);
    linkGuidanceToCampaign(originalId, coalition.id, campaignId, translationId);
    expect(coalitionInbox(coalition, "es")[0]).toMatchObject({ id: translationId, campaignId });
  });
});
