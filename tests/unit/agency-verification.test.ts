import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";

import { normalizeAgencyName } from "~/lib/agency-verification";
import { db, schema } from "~/lib/db.server";
import { FieldConflictError } from "~/lib/field-conflict";
import {
  decideVerification,
  listAgenciesForOperators,
  renameAgencyAsOperator,
  saveVerificationRequest,
  verificationEvents,
} from "~/models/agency-verification.server";
import {
  coalitionInbox,
  createGuidance,
  guidanceForPlaybook,
  guidanceRecipients,
  guidanceVersions,
  NotPublishableError,
  publishGuidance,
  saveAgencyPlaybookNotes,
  stateNotesForPlaybook,
} from "~/models/guidance.server";
import { createOrganization, updateOrganization } from "~/models/organization.server";
import { verificationRequestSchema } from "~/routes/o.$slug+/__verification-form.server";

import {
  agencyDraft as draft,
  agencyAuthor as by,
  emptyDatabase,
  insertCoalition,
  insertUser,
  newAgency,
} from "../support/fixtures";

beforeEach(() => emptyDatabase());

const inboxOf = (coalition: { id: string }) => coalitionInbox({ id: coalition.id, state: "OH" }, "en");

describe("an agency nobody verified", () => {
  it("keeps drafts and notes but publishes nothing, reaches no playbook and emails nobody", () => {
    const agency = newAgency();
    const coalition = insertCoalition(insertUser().id);
    const id = createGuidance(agency, draft);
    expect(() => publishGuidance(agency.id, id, "", by)).toThrow(NotPublishableError);
    expect(guidanceVersions(id)).toEqual([]);
    saveAgencyPlaybookNotes(agency.id, { networked: "Call the state office." });
    expect(stateNotesForPlaybook("OH", "networked")).toEqual([]);
    expect(inboxOf(coalition)).toEqual([]);
  });

  it("reaches coalitions once verified, with the operators' mark, and disappears again when revoked", () => {
    const agency = newAgency();
    const coalition = insertCoalition(insertUser().id);
    saveAgencyPlaybookNotes(agency.id, { networked: "Call the state office." });
    expect(decideVerification("oh-doe", "verify", "Olive Operator", "Called the number on education.ohio.gov")).toEqual(
      {
        ok: true,
        name: "Ohio Department of Education",
      },
    );
    const id = createGuidance(agency, draft);
    expect(publishGuidance(agency.id, id, "", by)).toBe(1);
    expect(inboxOf(coalition)).toMatchObject([{ id, verifiedBy: "the operators of this Fulcrum server" }]);
    expect(guidanceForPlaybook({ state: "OH", shareDeclarations: true }, "networked", "en")).toHaveLength(1);
    expect(stateNotesForPlaybook("OH", "networked")).toMatchObject([
      { body: "Call the state office.", verifiedBy: "the operators of this Fulcrum server" },
    ]);

    expect(decideVerification("oh-doe", "revoke", "Olive Operator", "The agency asked us to")).toMatchObject({
      ok: true,
    });
    expect(inboxOf(coalition)).toEqual([]);
    expect(guidanceForPlaybook({ state: "OH", shareDeclarations: true }, "networked", "en")).toEqual([]);
    expect(stateNotesForPlaybook("OH", "networked")).toEqual([]);
    expect(guidanceRecipients(id, 1)).toBeNull();
    expect(guidanceVersions(id)).toHaveLength(1); // kept on record

    decideVerification("oh-doe", "verify", "Olive Operator", "Checked again");
    expect(inboxOf(coalition).map((item) => item.id)).toEqual([id]);
    expect(verificationEvents(agency.id).map((event) => [event.action, event.operatorName])).toEqual([
      ["verify", "Olive Operator"],
      ["revoke", "Olive Operator"],
      ["verify", "Olive Operator"],
    ]);
  });

  it("refuses a second verification, a revocation of an unverified agency and an unknown address", () => {
    newAgency();
    expect(decideVerification("oh-doe", "revoke", "Olive", "x")).toEqual({
      ok: false,
      reason: "not-verified",
      name: "Ohio Department of Education",
    });
    decideVerification("oh-doe", "verify", "Olive", "x");
    expect(decideVerification("oh-doe", "verify", "Olive", "x")).toMatchObject({
      ok: false,
      reason: "already-verified",
    });
    expect(decideVerification("nobody", "verify", "Olive", "x")).toEqual({
      ok: false,
      reason: "unknown-agency",
      name: "nobody",
    });
  });

  it("lists agencies for operators with those waiting on a request first, verified last", () => {
    const verified = newAgency("Alabama State Department of Education", "AL", "al-sde");
    const idle = newAgency("Bureau Without Request", "OH", "idle-agency");
    const waiting = newAgency("Zeta Education Agency", "OH", "zeta");
    decideVerification("al-sde", "verify", "Olive", "Checked");
    const request = verificationRequestSchema.parse({
      officialName: "Zeta Education Agency",
      requesterRole: "Director",
      officialEmail: "Director@Zeta.gov",
      phone: "(614) 555-0100",
      website: "https://zeta.gov",
    });
    saveVerificationRequest(waiting.id, request, { id: insertUser().id, name: "Zed" });
    expect(listAgenciesForOperators().map(({ agency }) => agency.id)).toEqual([waiting.id, idle.id, verified.id]);
    expect(listAgenciesForOperators()[0]!.request).toMatchObject({ officialEmail: "director@zeta.gov" });
  });
});

describe("names that pass for a verified agency", () => {
  it("treat compatibility forms, accents, case, spacing and punctuation as the same name", () => {
    const base = normalizeAgencyName("Ohio Department of Education");
    for (const lookalike of [
      "ohio department of education",
      "OHIO  Department  of  Education.",
      "Ｏｈｉｏ Department of Education",
      "Ohio Dep-artment of Éducation",
      "Ohio\u00a0Department of Education",
    ]) {
      expect(normalizeAgencyName(lookalike), lookalike).toBe(base);
    }
    expect(normalizeAgencyName("Ohio Department of Higher Education")).not.toBe(base);
  });

  it("are refused for a new agency or a rename in the same state, and allowed elsewhere or before verification", () => {
    newAgency();
    // Before the real one is verified, a lookalike is not refused (nothing is trusted yet).
    const early = newAgency("Ohio Dept of Education", "OH", "oh-early");
    decideVerification("oh-doe", "verify", "Olive", "Checked");
    expect(() => newAgency("OHIO department of education!", "OH", "oh-fake")).toThrow(FieldConflictError);
    // The refusal names the verified agency and its state, worded where it is read (common:access.verifiedLookalike).
    expect(() => newAgency("Ｏｈｉｏ Department of Education", "OH", "oh-fake")).toThrow(
      expect.objectContaining({
        message: "common:access.verifiedLookalike",
        values: { name: "Ohio Department of Education", state: "OH" },
      }),
    );
    expect(newAgency("Ohio Department of Education", "MI", "mi-same-name").state).toBe("MI");
    const coalition = createOrganization(
      {
        kind: "coalition",
        name: "Ohio Department of Education",
        slug: "co-same",
        state: "OH",
        timeZone: "America/New_York",
      },
      insertUser().id,
    );
    expect(coalition.kind).toBe("coalition");
    const other = newAgency("Ohio Family Office", "OH", "oh-family");
    const rename = () =>
      updateOrganization(other.id, {
        name: "ohio department of education",
        slug: "oh-family",
        state: "OH",
        timeZone: "America/New_York",
      });
    expect(rename).toThrow(expect.objectContaining({ field: "name" }));
    expect(early.name).toBe("Ohio Dept of Education");
  });
});

describe("a verified agency's name and state", () => {
  it("cannot be changed by the agency, only by an operator, whose change moves its guidance and is recorded", () => {
    const agency = newAgency();
    decideVerification("oh-doe", "verify", "Olive", "Checked");
    const id = createGuidance(agency, draft);
    const settings = { name: agency.name, slug: "oh-doe", state: "OH", timeZone: "America/New_York" };
    expect(() => updateOrganization(agency.id, { ...settings, name: "Ohio Department of Learning" })).toThrow(
      expect.objectContaining({ field: "name" }),
    );
    expect(() => updateOrganization(agency.id, { ...settings, state: "MI" })).toThrow(
      expect.objectContaining({ field: "state" }),
    );
    expect(updateOrganization(agency.id, { ...settings, slug: "ohio-doe" }).slug).toBe("ohio-doe");

    expect(
      renameAgencyAsOperator("ohio-doe", { name: "Ohio Department of Learning", state: "MI" }, "Olive", "It moved"),
    ).toMatchObject({ ok: true });
    const stored = db.select().from(schema.organizations).where(eq(schema.organizations.id, agency.id)).get()!;
    expect([stored.name, stored.state]).toEqual(["Ohio Department of Learning", "MI"]);
    expect(db.select().from(schema.guidance).where(eq(schema.guidance.id, id)).get()!.state).toBe("MI");
    expect(verificationEvents(agency.id)[0]).toMatchObject({ action: "rename", operatorName: "Olive" });
  });
});

describe("the verification request form", () => {
  it("accepts official contacts and refuses a bad email, phone or non-https website with a message per field", () => {
    const good = {
      officialName: "Ohio DOE",
      requesterRole: "Director",
      officialEmail: "a@ohio.gov",
      phone: "+1 614-555-0100 ext. 12",
      website: "https://education.ohio.gov/contact",
    };
    expect(verificationRequestSchema.safeParse(good).success).toBe(true);
    const bad = verificationRequestSchema.safeParse({
      officialName: "",
      requesterRole: "",
      officialEmail: "not-an-email",
      phone: "call me",
      website: "http://education.ohio.gov",
    });
    expect(bad.success).toBe(false);
    const fields = new Set(bad.error!.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(["officialName", "requesterRole", "officialEmail", "phone", "website"]));
    for (const website of ["javascript:alert(1)", "https://localhost", "ftp://ohio.gov"]) {
      expect(verificationRequestSchema.safeParse({ ...good, website }).success, website).toBe(false);
    }
    expect(verificationRequestSchema.safeParse({ ...good, phone: "555-0100" }).success).toBe(false); // no area code
  });
});
