import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db, newId, schema } from "~/lib/db.server";
import {
  acknowledgeGuidance,
  coalitionInbox,
  createGuidance,
  guidanceVersions,
  markGuidanceRead,
  publishGuidance,
  updateGuidance,
  withdrawGuidance,
} from "~/models/guidance.server";
import { stateOverview } from "~/models/state-overview.server";
import { decideVerification } from "~/models/agency-verification.server";
import { emptyDatabase, insertCoalition, insertUser } from "../support/fixtures";

beforeEach(() => emptyDatabase());

/** A state agency, verified by an operator unless asked otherwise (only verified agencies reach coalitions). */
function agencyIn(state: string, options: { verified?: boolean } = {}) {
  const id = newId();
  const slug = `agency-${id.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
  db.insert(schema.organizations).values({ id, kind: "state_agency", name: `${state} Department of Education`, slug, state, timeZone: "America/New_York" }).run();
  if (options.verified !== false) expect(decideVerification(slug, "verify", "Test operator", "Checked").ok).toBe(true);
  return { id, state, slug };
}

function declare(coalition: { id: string }, systemType: "managerial" | "networked" | "federated", context = "") {
  const district = db.select().from(schema.districts).where(eqOrg(coalition.id)).get()!;
  const sequence = db.select().from(schema.declarations).all().filter((d) => d.districtId === district.id).length + 1;
  db.insert(schema.declarations).values({ id: newId(), districtId: district.id, context, systemType, overrides: {}, declaredByName: "Olive", sequence }).run();
}
const eqOrg = (organizationId: string) => eq(schema.districts.organizationId, organizationId);

const draft = { title: "First steps with your district", summary: "Where to start", body: "## First steps\n\n- Map who decides.", audienceTypes: [] };
const by = { name: "Agency staff" };

describe("guidance audience", () => {
  it("reaches every coalition in the agency's state, and none elsewhere", () => {
    const ohio = agencyIn("OH");
    const owner = insertUser();
    const inOhio = insertCoalition(owner.id); // fixtures put coalitions in OH
    const elsewhere = insertCoalition(owner.id);
    db.update(schema.organizations).set({ state: "MI" }).where(eq(schema.organizations.id, elsewhere.id)).run();
    const id = createGuidance(ohio, draft);
    expect(coalitionInbox({ id: inOhio.id, state: "OH" })).toEqual([]); // a draft reaches nobody
    publishGuidance(ohio.id, id, "", by);
    expect(coalitionInbox({ id: inOhio.id, state: "OH" }).map((item) => item.id)).toEqual([id]);
    expect(coalitionInbox({ id: elsewhere.id, state: "MI" })).toEqual([]);
  });

  it("reaches only coalitions whose district is currently declared one of the chosen types", () => {
    const ohio = agencyIn("OH");
    const owner = insertUser();
    const networked = insertCoalition(owner.id);
    const managerial = insertCoalition(owner.id);
    const undeclared = insertCoalition(owner.id);
    declare(networked, "networked");
    declare(managerial, "networked");
    declare(managerial, "managerial"); // the newer declaration is the current one
    const id = createGuidance(ohio, { ...draft, audienceTypes: ["networked", "federated"] });
    publishGuidance(ohio.id, id, "", by);
    const reached = (co: { id: string }) => coalitionInbox({ id: co.id, state: "OH" }).length;
    expect([reached(networked), reached(managerial), reached(undeclared)]).toEqual([1, 0, 0]);
    declare(undeclared, "federated", "Special education");
    expect(reached(undeclared)).toBe(1);
  });
});

describe("guidance versions", () => {
  it("keeps every published version, shows coalitions the published one, and marks it updated after a revision", () => {
    const ohio = agencyIn("OH");
    const co = insertCoalition(insertUser().id);
    const id = createGuidance(ohio, draft);
    expect(publishGuidance(ohio.id, id, "", by)).toBe(1);
    const inbox = () => coalitionInbox({ id: co.id, state: "OH" })[0]!;
    expect(inbox().state).toBe("new");
    markGuidanceRead(id, co.id, 1);
    expect(inbox().state).toBe("read");

    updateGuidance(ohio.id, id, { ...draft, title: "First steps, revised" });
    expect(inbox().version.title).toBe(draft.title); // unpublished edits stay with the agency
    expect(publishGuidance(ohio.id, id, "Added a pitfall", by)).toBe(2);
    expect(inbox()).toMatchObject({ state: "updated", version: { version: 2, title: "First steps, revised", changeNote: "Added a pitfall" } });
    acknowledgeGuidance(id, co.id, 2);
    expect(inbox().state).toBe("acknowledged");
    expect(guidanceVersions(id).map((v) => [v.version, v.title])).toEqual([
      [2, "First steps, revised"],
      [1, draft.title],
    ]);

    expect(withdrawGuidance(ohio.id, id)).toBe(true);
    expect(coalitionInbox({ id: co.id, state: "OH" })).toEqual([]);
    expect(guidanceVersions(id)).toHaveLength(2);
  });

  it("lets an agency change only its own guidance", () => {
    const ohio = agencyIn("OH");
    const other = agencyIn("OH");
    const id = createGuidance(ohio, draft);
    expect(() => publishGuidance(other.id, id, "", by)).toThrow();
    publishGuidance(ohio.id, id, "", by);
    expect(withdrawGuidance(other.id, id)).toBe(false);
  });
});

describe("how the agency's guidance was received (state overview)", () => {
  it("counts the coalitions that read any version, read the latest and acknowledged, for published and withdrawn guidance only", () => {
    const ohio = agencyIn("OH");
    const owner = insertUser();
    const [first, second, third] = [insertCoalition(owner.id), insertCoalition(owner.id), insertCoalition(owner.id)];
    const revised = createGuidance(ohio, draft);
    publishGuidance(ohio.id, revised, "", by);
    markGuidanceRead(revised, first.id, 1);
    acknowledgeGuidance(revised, second.id, 1);
    publishGuidance(ohio.id, revised, "A second version", by);
    markGuidanceRead(revised, third.id, 2);
    const withdrawn = createGuidance(ohio, { ...draft, title: "Withdrawn advice" });
    publishGuidance(ohio.id, withdrawn, "", by);
    acknowledgeGuidance(withdrawn, first.id, 1);
    withdrawGuidance(ohio.id, withdrawn);
    createGuidance(ohio, { ...draft, title: "Still a draft" });
    const unread = createGuidance(ohio, { ...draft, title: "Nobody read this" });
    publishGuidance(ohio.id, unread, "", by);
    const other = agencyIn("OH");
    publishGuidance(other.id, createGuidance(other, { ...draft, title: "Another agency's" }), "", by);

    const byTitle = Object.fromEntries(stateOverview(ohio).guidance.map(({ title, read, readLatest, acknowledged }) => [title, { read, readLatest, acknowledged }]));
    expect(byTitle).toEqual({
      [draft.title]: { read: 3, readLatest: 1, acknowledged: 1 },
      "Withdrawn advice": { read: 1, readLatest: 1, acknowledged: 1 },
      "Nobody read this": { read: 0, readLatest: 0, acknowledged: 0 },
    });
  });
});
